/**
 * CI slice of the fuzz run (`npm run fuzz` runs the long one): about 2,000 hostile inputs over
 * restore(), restoreJson(), importYaml(), decodeShareLink() and readTemplateFile().
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { restore, restoreJson, validate } from '../../src/core';
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
import { realPodDesign } from './kube-fields';
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

describe('hostile Kubernetes fields (schema 4)', () => {
  const design = () => JSON.parse(JSON.stringify(realPodDesign()));
  const ruleAt = (input: unknown) => {
    const r = restore(input);
    if (!r.ok) throw new Error(r.errors.join('\n'));
    return validate(r.design).map((d) => `${d.rule} ${d.target.field}`);
  };

  it('[PS231] restores a probe on port 0 and reports it on its field', () => {
    const d = design();
    d.workloads[0].containers[0].kube.readinessProbe = { httpGet: { path: '/', port: 0 } };
    expect(checkInput('restore', d)).toBeUndefined();
    expect(ruleAt(d)).toContain('PS231 kube.readinessProbe.httpGet.port');
  });

  it('[PS235] restores a mount path with ".." and reports it on its field', () => {
    const d = design();
    d.workloads[0].containers[0].kube.volumeMounts = [{ name: 'data', mountPath: '/var/lib/../../etc' }];
    expect(checkInput('restore', d)).toBeUndefined();
    expect(ruleAt(d)).toContain('PS235 kube.volumeMounts[0].mountPath');
  });

  it('refuses a config file of 10 MB in a design file with one error naming the path and the limit', () => {
    const d = design();
    d.workloads[0].containers[0].files[0].content = 'x'.repeat(10_000_000);
    const text = JSON.stringify(d);
    expect(checkInput('restoreJson', text)).toBeUndefined();
    expect(restoreJson(text)).toEqual({
      ok: false,
      errors: ['workloads[0].containers[0].files[0].content: too large (at most 1,000,000 characters)'],
    });
  });

  it.each([
    ['kube', '"kube":{'],
    ['pod', '"pod":{'],
    ['volumes', '"volumes":[{'],
  ])('refuses a prototype key inside %s without polluting Object.prototype', (_where, opening) => {
    const text = JSON.stringify(design()).replace(opening, `${opening}"__proto__":{"podsmithPolluted":true},`);
    expect(checkInput('restoreJson', text)).toBeUndefined();
    const r = restoreJson(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringMatching(/\.__proto__: "__proto__" is not allowed as a key$/)]);
    expect('podsmithPolluted' in {}).toBe(false);
  });

  it('refuses deeply nested Kubernetes fields quickly, with one error', () => {
    const d = design();
    d.workloads[0].containers[0].kube.other = { deep: JSON.parse(`${'['.repeat(5_000)}1${']'.repeat(5_000)}`) };
    expect(checkInput('restore', d)).toBeUndefined();
    const r = restore(d);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        expect.stringMatching(/^workloads\[0\]\.containers\[0\]\.kube\.other\.deep(\[0\])+: nested too deeply$/),
      ]);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('refuses %s in a Kubernetes field as no JSON number', (shown, value) => {
    const d = design();
    d.workloads[0].service.ports[0].port = value;
    expect(checkInput('restore', d)).toBeUndefined();
    expect(restore(d)).toEqual({
      ok: false,
      errors: [`workloads[0].service.ports[0].port: expected a finite number, got ${shown}`],
    });
  });
});
