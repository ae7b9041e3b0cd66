import { describe, expect, it } from 'vitest';
import { restore } from '../io/restore';
import { FIRST_DESIGN, FIRST_EXAMPLE } from './first';
import { getExample } from './index';

describe('the first example, written out for the first frame', () => {
  it('is the catalog’s example design, field for field', () => {
    expect(
      FIRST_DESIGN,
      `copy JSON.stringify(getExample('${FIRST_EXAMPLE}').design) into src/core/examples/first.ts`,
    ).toEqual(getExample(FIRST_EXAMPLE)?.design);
  });

  it('is a valid document', () => {
    expect(restore(JSON.parse(JSON.stringify(FIRST_DESIGN))).ok).toBe(true);
  });
});
