import { describe, expect, it } from 'vitest';
import { type Design, getExample } from '../../core';
import { describeTarget } from './describe';

const base = getExample('sharded-redis')?.design as Design;
const design: Design = {
  ...base,
  extras: [{ id: 'k1', object: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' } } }],
};

describe('describeTarget', () => {
  it('names a kept object by kind and name', () => {
    expect(describeTarget(design, { kind: 'design', field: 'extras.k1' })).toBe('kept Ingress/web');
  });

  it('names other design fields as fields', () => {
    expect(describeTarget(design, { kind: 'design', field: 'extras.k9' })).toBe('design · extras.k9');
    expect(describeTarget(design, { kind: 'design', field: 'namespace' })).toBe('design · namespace');
  });

  it('names a container by workload and container', () => {
    const w = design.workloads[0];
    const c = w?.containers[1];
    if (!w || !c) throw new Error('no container');
    expect(
      describeTarget(design, { kind: 'container', workloadId: w.id, containerId: c.id, field: 'listenPort' }),
    ).toBe(`${w.name} / ${c.name} · listenPort`);
  });
});
