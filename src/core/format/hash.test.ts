import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHash, contentHashOf } from './hash';

describe('contentHashOf', () => {
  it('hashes the pieces as the text they join to', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (pieces) => {
        expect(contentHashOf(pieces)).toBe(contentHash(pieces.join('')));
      }),
    );
  });
});
