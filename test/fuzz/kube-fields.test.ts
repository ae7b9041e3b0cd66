/**
 * The Kubernetes fields of schema 4 against odd and hostile values: whatever restore() lets through
 * validates and generates without throwing, and the cases the rules exist for end where they should
 * (restore refuses, or a rule reports the field).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateBundle, restore, validate } from '../../src/core';
import { checkInput } from './check';
import { kubeSlotInputs, oddKubeDesigns, realPodDesign } from './kube-fields';

describe('Kubernetes fields of any shape restore() lets through', () => {
  it('validate and generate without throwing, on restored designs with odd JSON in every field', () => {
    let accepted = 0;
    fc.assert(
      fc.property(oddKubeDesigns, (input) => {
        const r = restore(input);
        if (!r.ok) return;
        accepted++;
        expect(() => validate(r.design)).not.toThrow();
        expect(() => generateBundle(r.design)).not.toThrow();
      }),
      { numRuns: 120, endOnFailure: true },
    );
    // Most of them are restored: the property is about designs that reach the generators.
    expect(accepted).toBeGreaterThan(90);
  });

  it('keep every hostile-input property when any value at all takes the place of one of them', () => {
    fc.assert(
      fc.property(kubeSlotInputs, (input) => {
        expect(checkInput('restore', input)).toBeUndefined();
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('are filled, every one, in the seed design, which restores unchanged and generates', () => {
    const d = realPodDesign();
    const w = d.workloads[0];
    expect(Object.keys(w ?? {})).toEqual(
      expect.arrayContaining(['pod', 'volumes', 'initContainers', 'service', 'annotations', 'podAnnotations', 'spec']),
    );
    expect(w?.containers.every((c) => c.kube)).toBe(true);
    expect(w?.containers.some((c) => c.files?.length)).toBe(true);
    expect(restore(JSON.parse(JSON.stringify(d)))).toEqual({ ok: true, design: d });
    expect(validate(d).filter((x) => x.severity === 'error')).toEqual([]);
    expect(generateBundle(d).files.length).toBeGreaterThan(0);
  });
});
