import { describe, expect, it } from 'vitest';
import { getExample } from '../examples';
import type { Design, KeptBody } from '../model/design';
import { generateBundle } from './bundle';
import { keptManifest } from './kept';

const sharded = getExample('sharded-redis')?.design as Design;
const keep = (design: Design, ...objects: KeptBody[]): Design => ({
  ...design,
  extras: objects.map((object, i) => ({ id: `k${i + 1}`, object })),
});

describe('keptManifest', () => {
  it('puts the design namespace after the name and the top-level keys in the usual order', () => {
    const object = {
      spec: { x: 1 },
      metadata: { labels: { a: 'b' }, name: 'web' },
      kind: 'Ingress',
      apiVersion: 'networking.k8s.io/v1',
    } as unknown as KeptBody;
    const out = keptManifest({ ...sharded, namespace: 'shop' }, { id: 'k1', object });
    expect(JSON.stringify(out)).toBe(
      '{"apiVersion":"networking.k8s.io/v1","kind":"Ingress","metadata":{"name":"web","namespace":"shop","labels":{"a":"b"}},"spec":{"x":1}}',
    );
  });

  it("keeps an object's own namespace, and gives a cluster-scoped kind none", () => {
    const own: KeptBody = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'ops' } };
    expect(keptManifest(sharded, { id: 'k1', object: own }).metadata).toEqual({ name: 'x', namespace: 'ops' });
    const cluster: KeptBody = {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'ClusterRole',
      metadata: { name: 'r' },
    };
    expect(keptManifest(sharded, { id: 'k1', object: cluster }).metadata).toEqual({ name: 'r' });
  });
});

describe('the bundle with kept objects', () => {
  const design = keep(
    sharded,
    { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' } },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } },
  );
  const files = generateBundle(design).files;
  const paths = files.filter((f) => f.path.startsWith('manifests/')).map((f) => f.path);

  it('writes a Namespace first, the rest after the generated objects, and names a clash -2', () => {
    expect(paths[0]).toBe('manifests/namespace-default.yaml');
    expect(paths.slice(-2)).toEqual(['manifests/ingress-web.yaml', 'manifests/service-web-2.yaml']);
  });

  it('puts them into all.yaml in the same order', () => {
    const all = files.find((f) => f.path === 'all.yaml')?.content ?? '';
    const manifests = files.filter((f) => f.path.startsWith('manifests/')).map((f) => f.content);
    expect(all).toBe(manifests.join('---\n'));
  });

  it('writes the same bytes again, and follows a change of namespace', () => {
    expect(generateBundle(structuredClone(design)).files).toEqual(files);
    const moved = generateBundle({ ...design, namespace: 'shop' }).files;
    expect(moved.find((f) => f.path === 'manifests/ingress-web.yaml')?.content).toBe(
      'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  namespace: shop\n',
    );
  });
});
