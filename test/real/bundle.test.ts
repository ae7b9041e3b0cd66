/**
 * Every example's bundle, checked the way a cluster would: the Kubernetes schema, the API server's
 * own rules, and `kubectl kustomize` on the base and on every overlay.
 */
import { join } from 'node:path';
import { load, loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, generateBundle } from '../../src/core';
import { apiServerProblems, schemaProblem } from '../support/apiserver';
import { bundleWriter, byKey, itPassesClusterChecks, kustomize, overlayNames } from '../support/bundle';

const writeBundle = bundleWriter('podsmith-bundle-');

describe.each(EXAMPLES.map((e) => [e.name, e] as const))('example %s', (name, example) => {
  const bundle = generateBundle(example.design);
  const manifests = bundle.files.filter((f) => f.path.startsWith('manifests/'));
  const objects = manifests.map((f) => load(f.content) as any);

  itPassesClusterChecks(example.design, objects);

  it('all.yaml holds exactly the manifests, in order', () => {
    const all = bundle.files.find((f) => f.path === 'all.yaml');
    expect(loadAll(all?.content ?? '')).toEqual(objects);
  });

  it('builds with kubectl kustomize, base and every overlay', () => {
    const dir = writeBundle(name, bundle.files);
    expect(byKey(kustomize(dir))).toEqual(byKey(objects));
    for (const env of overlayNames(bundle.files)) {
      const built = kustomize(join(dir, 'overlays', env));
      expect(built.map(schemaProblem).filter(Boolean)).toEqual([]);
      expect(apiServerProblems(built)).toEqual([]);
      expect(Object.keys(byKey(built)).sort()).toEqual(Object.keys(byKey(objects)).sort());
    }
  });

  it('is deterministic: the same design gives the same bytes', () => {
    const again = generateBundle(structuredClone(example.design));
    expect(again).toEqual(bundle);
  });

  it('every file ends with exactly one newline', () => {
    for (const f of bundle.files) expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n'), f.path).toBe(true);
  });
});
