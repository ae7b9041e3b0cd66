/**
 * CI slice of the fuzz run (`npm run fuzz` runs the long one): about 2,000 hostile inputs over
 * restore(), restoreJson(), importYaml(), decodeShareLink() and readTemplateFile().
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  billionLaughs,
  jsonInputs,
  linkInputs,
  objectInputs,
  setHugeLength,
  templateInputs,
  yamlInputs,
} from './arbitraries';
import { checkInput, type TargetName } from './check';
import { buildSeeds } from './seeds';

const seeds = buildSeeds();
// Strings of 300,000 characters keep the slice fast; `npm run fuzz` inserts 1,000,000.
setHugeLength(300_000);

const SLICE: readonly [TargetName, fc.Arbitrary<unknown>, number][] = [
  ['restore', objectInputs(seeds), 600],
  ['restoreJson', jsonInputs(seeds), 600],
  ['importYaml', yamlInputs(seeds), 350],
  ['importYaml', billionLaughs(seeds), 50],
  ['decodeShareLink', linkInputs(seeds), 400],
  ['readTemplateFile', templateInputs(seeds), 400],
];

describe('hostile input', () => {
  it.each(SLICE)('%s answers hostile input safely (slice %#)', (target, arbitrary, numRuns) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(checkInput(target, input)).toBeUndefined();
      }),
      { numRuns, endOnFailure: true },
    );
  });

  it('refuses prototype keys without polluting Object.prototype', () => {
    const payload = '{"__proto__":{"podsmithPolluted":true},"schemaVersion":1}';
    for (const target of ['restoreJson', 'importYaml', 'decodeShareLink', 'readTemplateFile'] as const) {
      expect(checkInput(target, payload)).toBeUndefined();
    }
    expect(checkInput('restore', JSON.parse(payload))).toBeUndefined();
    expect('podsmithPolluted' in {}).toBe(false);
  });
});
