/** Rules PS160-PS162 on kept objects, cited by id: a design that breaks each, and the same design fixed. */
import { describe, expect, it } from 'vitest';
import { removeKeptObject } from '../edit/ops';
import { getExample } from '../examples';
import type { Design, KeptBody } from '../model/design';
import { validate } from '.';
import { describeTarget } from './locate';

const sharded = getExample('sharded-redis')?.design as Design;
const keep = (design: Design, ...objects: KeptBody[]): Design => ({
  ...design,
  extras: objects.map((object, i) => ({ id: `k${i + 1}`, object })),
});
const kept = (design: Design) => validate(design).filter((d) => /^PS16[0-9]$/.test(d.rule));

const ingress: KeptBody = { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' } };

describe('kept objects', () => {
  it('a design with kept objects of their own names and namespace is clean', () => {
    expect(
      kept(keep(sharded, ingress, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'web' } })),
    ).toEqual([]);
  });

  it('[PS160] a kept object with the kind and name of a generated one is an error, fixed by removing it', () => {
    const service: KeptBody = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web-shards' } };
    const d = keep(sharded, ingress, service);
    expect(kept(d)).toEqual([
      {
        rule: 'PS160',
        severity: 'error',
        target: { kind: 'design', field: 'extras.k2' },
        message:
          'Kept Service/web-shards has the kind and name of an object the design generates; the bundle would hold two Service/web-shards.',
        fix: 'Remove it under "Other objects kept for export" in the design\'s inspector, or rename the workload whose Service is named web-shards.',
      },
    ]);
    expect(kept(removeKeptObject(d, 'k2'))).toEqual([]);
  });

  it('[PS160] two kept objects of one group, kind and name', () => {
    const d = keep(sharded, ingress, { ...ingress, apiVersion: 'networking.k8s.io/v1beta1' });
    expect(kept(d).map((x) => [x.rule, x.target, x.message])).toEqual([
      [
        'PS160',
        { kind: 'design', field: 'extras.k2' },
        'Two kept objects are Ingress/web; the bundle would hold both.',
      ],
    ]);
  });

  it('[PS160] the same kind and name in another API group is another object', () => {
    const knative: KeptBody = { apiVersion: 'serving.knative.dev/v1', kind: 'Service', metadata: { name: 'web' } };
    expect(kept(keep(sharded, knative))).toEqual([]);
  });

  it('[PS161] a kept Secret with data is a warning; one without data is not', () => {
    const secret: KeptBody = {
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'tls' },
      data: { 'tls.key': 'c2VjcmV0' },
    };
    expect(kept(keep(sharded, secret)).map((x) => [x.rule, x.severity, x.message])).toEqual([
      [
        'PS161',
        'warning',
        'Kept Secret/tls holds its data, which goes in clear text (base64 is no encryption) into manifests/, all.yaml, design.json, saved designs and share links.',
      ],
    ]);
    const { data: _, ...empty } = secret;
    expect(kept(keep(sharded, empty as KeptBody))).toEqual([]);
  });

  it('[PS162] a kept object of another namespace is a warning, fixed by taking that namespace', () => {
    const d = keep(sharded, { ...ingress, metadata: { name: 'web', namespace: 'edge' } });
    expect(kept(d).map((x) => x.rule)).toEqual(['PS162']);
    expect(kept({ ...d, namespace: 'edge' })).toEqual([]);
  });

  it('[PS162] a cluster-scoped kind has no namespace to move', () => {
    const d = keep(sharded, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'edge' } });
    expect(kept(d)).toEqual([]);
  });
});

describe('where a kept-object diagnostic points, for the CLI', () => {
  it('names the kept object by kind and name', () => {
    const d = keep(sharded, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } });
    const [first] = kept(d);
    expect(first && describeTarget(d, first.target)).toBe('kept Service/web');
  });
});
