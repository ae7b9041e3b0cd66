/** Objects of kinds a design does not model: kept for export, left to their owner, or refused with a reason. */
import { describe, expect, it } from 'vitest';
import { importYaml } from '.';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;

function imported(...docs: string[]) {
  const r = importYaml([deployment, ...docs].join('---\n'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

const noticeOf = (r: ReturnType<typeof imported>, path: string) => r.notices.filter((n) => n.path === path);

describe('import of objects of other kinds', () => {
  it('keeps an Ingress as it was, less the fields a cluster writes and the design namespace, and says so', () => {
    const r = imported(`apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: "{}"
    team: edge
  creationTimestamp: "2024-05-02T09:14:11Z"
  generation: 3
  managedFields:
    - manager: kubectl
  name: web
  namespace: shop
  resourceVersion: "48213"
  selfLink: /apis/networking.k8s.io/v1/namespaces/shop/ingresses/web
  uid: 6a1d3c52-2f0e-4d8e-9b1a-3f6f0c1e2b7d
spec:
  rules:
    - host: shop.example.com
status:
  loadBalancer: {}
`);
    expect(r.design.namespace).toBe('shop');
    expect(r.design.extras).toEqual([
      {
        id: 'k1',
        object: {
          apiVersion: 'networking.k8s.io/v1',
          kind: 'Ingress',
          metadata: { annotations: { team: 'edge' }, name: 'web' },
          spec: { rules: [{ host: 'shop.example.com' }] },
        },
      },
    ]);
    expect(noticeOf(r, 'Ingress/web')).toEqual([
      {
        severity: 'info',
        message:
          'Ingress/web: kept as it was and written back on export (Podsmith designs no Ingress itself). Left out, as a cluster or kubectl writes them: status, the annotation kubectl.kubernetes.io/last-applied-configuration, metadata.creationTimestamp, metadata.generation, metadata.managedFields, metadata.resourceVersion, metadata.selfLink, metadata.uid.',
        path: 'Ingress/web',
      },
    ]);
  });

  it('keeps every item of a List, in order, and an object of another namespace with it', () => {
    const r = imported(`apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: PersistentVolumeClaim
    metadata:
      name: data
      namespace: shop
  - apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata:
      name: deny
      namespace: ops
`);
    expect(r.design.extras.map((k) => [k.id, k.object.kind, k.object.metadata])).toEqual([
      ['k1', 'PersistentVolumeClaim', { name: 'data' }],
      ['k2', 'NetworkPolicy', { name: 'deny', namespace: 'ops' }],
    ]);
    expect(noticeOf(r, 'NetworkPolicy/deny')[0]?.message).toBe(
      "NetworkPolicy/deny: kept as it was and written back on export (Podsmith designs no NetworkPolicy itself). It stays in namespace ops (the design's is shop).",
    );
    expect(noticeOf(r, 'NetworkPolicy/deny metadata.namespace')).toEqual([]);
  });

  it('leaves out what a controller makes, with a notice', () => {
    const r = imported(`apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: web-5d8f
  namespace: shop
  ownerReferences:
    - apiVersion: apps/v1
      kind: Deployment
      name: web
`);
    expect(r.design.extras).toEqual([]);
    expect(noticeOf(r, 'ReplicaSet/web-5d8f metadata.ownerReferences')).toEqual([
      {
        severity: 'info',
        message:
          'ReplicaSet/web-5d8f: made by Deployment/web (ownerReferences), which makes it again in a cluster; left out.',
        path: 'ReplicaSet/web-5d8f metadata.ownerReferences',
      },
    ]);
  });

  it('refuses to keep an object it cannot write back, and keeps its text in the notice', () => {
    const r = imported(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: system:web-reader
rules: []
`);
    expect(r.design.extras).toEqual([]);
    const [n] = noticeOf(r, 'ClusterRole/system:web-reader');
    expect(n?.severity).toBe('warning');
    expect(n?.message).toBe(
      'ClusterRole/system:web-reader: Podsmith designs no ClusterRole itself and cannot keep this one for export (metadata.name: expected a DNS name (lowercase letters, digits, "-" and ".", at most 253), got "system:web-reader"); it is not kept, apply it separately.',
    );
    expect(n?.verbatim).toContain('name: system:web-reader\n');
  });

  it('does not keep a Secret: a design refers to Secrets by name and never holds their data', () => {
    const r = imported(`apiVersion: v1
kind: Secret
metadata:
  name: tls
data:
  tls.key: c2VjcmV0
`);
    expect(r.design.extras).toEqual([]);
    expect(JSON.stringify(r)).not.toContain('c2VjcmV0');
  });

  it('gives kept objects ids no other element uses', () => {
    const r = imported(
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: a\n',
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: b\n',
    );
    expect(r.design.extras.map((k) => k.id)).toEqual(['k1', 'k2']);
  });
});
