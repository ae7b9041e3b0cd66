/**
 * Kept objects (design.extras) in real bundles, checked the way a cluster would: the Kubernetes
 * schema, the API server's own rules, and `kubectl kustomize` on the base and on every overlay.
 */
import { join } from 'node:path';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type Design, generateBundle, validate, withLayout } from '../../src/core';
import { apiServerProblems, schemaProblem } from '../support/apiserver';
import { bundleWriter, byKey, itPassesClusterChecks, kustomize, overlayNames } from '../support/bundle';
import { exampleDesign } from '../support/design';
import { KEPT_PATHS, KEPT_YAML, withKept } from '../support/kept';

const writeBundle = bundleWriter('podsmith-kept-');

describe.each([
  ['sharded-redis', 'default'],
  ['sharded-redis', 'shop'],
  ['service-broker', 'default'],
])('%s with an Ingress, a claim, an autoscaler and a network policy kept, namespace %s', (name, namespace) => {
  const design = { ...withKept(exampleDesign(name)), namespace };
  const bundle = generateBundle(design);
  const manifests = bundle.files.filter((f) => f.path.startsWith('manifests/'));
  const objects = manifests.map((f) => load(f.content) as any);

  itPassesClusterChecks(design, objects);

  it('writes each kept object to manifests/ in the design namespace, after the generated ones', () => {
    expect(manifests.slice(-4).map((f) => f.path)).toEqual(KEPT_PATHS);
    expect(manifests.slice(-4).map((f) => f.content)).toEqual(
      KEPT_YAML.map((y) => y.replace('  namespace: default\n', `  namespace: ${namespace}\n`)),
    );
  });

  it('all.yaml holds exactly the manifests, in order, and kustomization.yaml lists them all', () => {
    const all = bundle.files.find((f) => f.path === 'all.yaml');
    expect(loadAll(all?.content ?? '')).toEqual(objects);
    const k = load(bundle.files.find((f) => f.path === 'kustomization.yaml')?.content ?? '') as any;
    expect(k.resources).toEqual(manifests.map((f) => f.path));
  });

  it('builds with kubectl kustomize, base, every overlay and the single-file layout', () => {
    const dir = writeBundle(`${name}-${namespace}`, bundle.files);
    expect(byKey(kustomize(dir))).toEqual(byKey(objects));
    const overlays = overlayNames(bundle.files);
    for (const env of overlays) {
      const built = kustomize(join(dir, 'overlays', env));
      expect(built.map(schemaProblem).filter(Boolean)).toEqual([]);
      expect(apiServerProblems(built)).toEqual([]);
      expect(Object.keys(byKey(built)).sort()).toEqual(Object.keys(byKey(objects)).sort());
      expect(byKey(built)['Ingress/web']).toEqual(byKey(objects)['Ingress/web']);
    }
    const single = writeBundle(`${name}-${namespace}-single`, withLayout(bundle.files, design, 'single'));
    expect(byKey(kustomize(single))).toEqual(byKey(objects));
  });
});

describe('kept objects outside the design namespace', () => {
  const base = withKept(exampleDesign('sharded-redis'));
  const design: Design = {
    ...base,
    extras: [
      ...base.extras,
      {
        id: 'k5',
        object: {
          apiVersion: 'scheduling.k8s.io/v1',
          kind: 'PriorityClass',
          metadata: { name: 'shop-high' },
          value: 1000,
        },
      },
      {
        id: 'k6',
        object: {
          apiVersion: 'v1',
          kind: 'PersistentVolumeClaim',
          metadata: { name: 'backups', namespace: 'ops' },
          spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
        },
      },
    ],
  };
  const bundle = generateBundle(design);
  const file = (path: string) => bundle.files.find((f) => f.path === path)?.content ?? '';

  it('a cluster-scoped kind gets no namespace, in all.yaml and through kustomize', () => {
    expect(file('manifests/priorityclass-shop-high.yaml')).toBe(
      'apiVersion: scheduling.k8s.io/v1\nkind: PriorityClass\nmetadata:\n  name: shop-high\nvalue: 1000\n',
    );
    const built = byKey(kustomize(writeBundle('cluster-scoped', bundle.files)));
    expect(built['PriorityClass/shop-high']?.metadata).toEqual({ name: 'shop-high' });
  });

  it('[PS162] an object of another namespace keeps it in all.yaml; kustomize moves it, and validation says so', () => {
    expect(file('manifests/persistentvolumeclaim-backups.yaml')).toContain('  name: backups\n  namespace: ops\n');
    const built = byKey(kustomize(writeBundle('other-namespace', bundle.files)));
    expect(built['PersistentVolumeClaim/backups']?.metadata.namespace).toBe('default');
    expect(validate(design).filter((d) => d.rule === 'PS162')).toEqual([
      {
        rule: 'PS162',
        severity: 'warning',
        target: { kind: 'design', field: 'extras.k6' },
        message:
          'Kept PersistentVolumeClaim/backups is in namespace ops: all.yaml and manifests/ keep it there, but kustomization.yaml puts every object into default.',
        fix: 'Set the design\'s namespace to ops, or remove it under "Other objects kept for export" in the design\'s inspector and apply it separately.',
      },
    ]);
  });
});
