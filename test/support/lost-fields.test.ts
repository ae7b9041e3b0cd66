/** The round-trip comparison itself: it finds each kind of loss, and lets through only what it allows. */
import { describe, expect, it } from 'vitest';
import { lostInExport } from './lost-fields';

type Obj = Record<string, unknown>;

function deployment(pod: Obj, spec: Obj = {}, meta: Obj = {}): Obj {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', ...meta },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      ...spec,
      template: { metadata: { labels: { app: 'web' } }, spec: pod },
    },
  };
}

const app: Obj = {
  name: 'app',
  image: 'ghcr.io/acme/web:1.0.0',
  ports: [
    { name: 'http', containerPort: 8080 },
    { name: 'admin', containerPort: 8081 },
  ],
  env: [
    { name: 'A', value: '1' },
    { name: 'B', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
  ],
  readinessProbe: { httpGet: { path: '/ready', port: 'http' }, periodSeconds: 5 },
  volumeMounts: [{ name: 'cache', mountPath: '/cache' }],
};
const pod: Obj = { containers: [app], volumes: [{ name: 'cache', emptyDir: { medium: 'Memory' } }] };
const input = [
  deployment(pod, { strategy: { type: 'Recreate' } }, { namespace: 'shop' }),
  {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web', namespace: 'shop' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  },
  { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'web-settings' }, data: { MODE: 'fast' } },
];

/** `input` with one change made to a deep copy. */
function changed(edit: (objects: any[]) => void): Obj[] {
  const copy = structuredClone(input) as any[];
  edit(copy);
  return copy;
}

describe('lostInExport', () => {
  it('finds nothing lost in an identical export', () => {
    expect(lostInExport(input, structuredClone(input))).toEqual([]);
  });

  it("allows Podsmith's additions, key order, list order of ports, env and mounts, and API defaults", () => {
    const exported = changed(([d, s]) => {
      d.metadata.labels = { 'app.kubernetes.io/name': 'web' };
      d.spec.selector.matchLabels['app.kubernetes.io/part-of'] = 'shop';
      d.spec.template.metadata.annotations = { 'podsmith.io/config-hash': 'abc' };
      const c = d.spec.template.spec.containers[0];
      c.ports.reverse();
      c.ports[0].protocol = 'TCP';
      c.env.reverse();
      c.imagePullPolicy = 'IfNotPresent';
      c.readinessProbe = {
        periodSeconds: 5,
        timeoutSeconds: 1,
        httpGet: { port: 'http', path: '/ready', scheme: 'HTTP' },
      };
      d.spec.template.spec.terminationGracePeriodSeconds = 30;
      s.spec.ports[0].protocol = 'TCP';
      s.spec.selector = { 'app.kubernetes.io/name': 'web' };
    });
    expect(lostInExport(input, exported)).toEqual([]);
  });

  it.each([
    [
      'a dropped probe',
      (o: any[]) => delete o[0].spec.template.spec.containers[0].readinessProbe,
      'Deployment/web spec.template.spec.containers[app].readinessProbe: {"failureThreshold":3,"httpGet":{"path":"/ready","port":"http","scheme":"HTTP"},"initialDelaySeconds":0,"periodSeconds":5,"successThreshold":1,"timeoutSeconds":1} became missing',
    ],
    [
      'an env var that changed',
      (o: any[]) => (o[0].spec.template.spec.containers[0].env[1] = { name: 'B', value: 'web' }),
      'Deployment/web spec.template.spec.containers[app].env: {"name":"B","valueFrom":{"fieldRef":{"fieldPath":"metadata.name"}}} is not in the export',
    ],
    [
      'a volume of another medium',
      (o: any[]) => (o[0].spec.template.spec.volumes[0].emptyDir = {}),
      'Deployment/web spec.template.spec.volumes[cache]: {"emptyDir":{"medium":"Memory"},"name":"cache"} became {"emptyDir":{},"name":"cache"}',
    ],
    [
      'a missing container',
      (o: any[]) => (o[0].spec.template.spec.containers[0].name = 'web'),
      'Deployment/web spec.template.spec.containers[app]: not in the export',
    ],
    [
      'a workload spec field',
      (o: any[]) => delete o[0].spec.strategy,
      'Deployment/web spec.strategy: {"type":"Recreate"} became {"rollingUpdate":{"maxSurge":"25%","maxUnavailable":"25%"},"type":"RollingUpdate"}',
    ],
    [
      'a selector label that is not Podsmith’s',
      (o: any[]) => (o[0].spec.selector.matchLabels.tier = 'front'),
      'Deployment/web spec.selector.matchLabels.tier: added, and it is not a Podsmith label',
    ],
    [
      'another namespace',
      (o: any[]) => (o[1].metadata.namespace = 'default'),
      'Service/web metadata.namespace: "shop" became "default"',
    ],
    [
      'a Service port under another number',
      (o: any[]) => (o[1].spec.ports[0].port = 8080),
      'Service/web spec.ports: {"name":"http","port":80,"protocol":"TCP","targetPort":"http"} is not in the export',
    ],
    [
      'a Service type',
      (o: any[]) => (o[1].spec.type = 'NodePort'),
      'Service/web spec.type: "ClusterIP" became "NodePort"',
    ],
    [
      'ConfigMap data',
      (o: any[]) => (o[2].data.MODE = 'slow'),
      'ConfigMap/web-settings data: {"MODE":"fast"} became {"MODE":"slow"}',
    ],
    ['a missing object', (o: any[]) => o.pop(), 'ConfigMap/web-settings: not in the export'],
  ])('reports %s with its path (values as JSON with sorted keys)', (_, edit, message) => {
    expect(lostInExport(input, changed(edit))).toContain(message);
  });
});
