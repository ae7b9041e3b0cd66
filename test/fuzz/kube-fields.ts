/**
 * Hostile input for the Kubernetes fields of schema 4 (`kube`, `files`, `pod`, `volumes`,
 * `initContainers`, `service`, `annotations`, `podAnnotations`, `spec`): a design that fills every
 * one of them (a seed the mutations start from), and arbitraries that put odd JSON of the shape
 * restore() lets through, or anything at all, into each of them.
 */
import fc from 'fast-check';
import type { Design } from '../../src/core';
import { sketchDesign } from '../../src/core/edit/sketch';

/** A design whose pod holds every Kubernetes field a design can carry, each with a real value. */
export function realPodDesign(): Design {
  const d = sketchDesign({
    name: 'real-pod',
    workloads: [
      {
        name: 'web',
        containers: [
          { template: 'app-node', params: { connectsTo: [] } },
          { template: 'git-sync' },
          { template: 'https-terminator', params: { legacyPort: 3000 } },
        ],
      },
    ],
  });
  const [w] = d.workloads;
  if (!w) throw new Error('no workload');
  const [app, sync, tls] = w.containers;
  if (!app || !sync || !tls) throw new Error('no containers');
  const securityContext = {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
  };
  return {
    ...d,
    workloads: [
      {
        ...w,
        containers: [
          {
            ...app,
            kube: {
              imagePullPolicy: 'IfNotPresent',
              workingDir: '/srv',
              envFrom: [{ configMapRef: { name: 'web-settings' } }],
              env: [
                { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
                { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
              ],
              volumeMounts: [{ name: 'data', mountPath: '/var/lib/web' }],
              readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 5 },
              livenessProbe: { tcpSocket: { port: 3000 }, initialDelaySeconds: 10, failureThreshold: 3 },
              startupProbe: null,
              lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } },
              securityContext,
              other: { terminationMessagePolicy: 'FallbackToLogsOnError' },
            },
            files: [{ name: 'app.yaml', mountPath: '/etc/web/app.yaml', content: 'level: info\n' }],
          },
          { ...sync, kube: { securityContext } },
          { ...tls, kube: { securityContext: null, readinessProbe: { tcpSocket: { port: 'https' } } } },
        ],
        pod: {
          serviceAccountName: 'web',
          securityContext: { seccompProfile: { type: 'RuntimeDefault' }, fsGroup: 2000 },
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'web', effect: 'NoSchedule' }],
          terminationGracePeriodSeconds: 30,
          imagePullSecrets: [{ name: 'registry' }],
          shareProcessNamespace: null,
        },
        volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'web-data' } }],
        initContainers: [{ name: 'migrate', image: 'busybox:1.36', command: ['sh', '-c', 'true'] }],
        service: {
          type: 'NodePort',
          ports: [{ name: 'https', port: 443, targetPort: 'https', nodePort: 30443 }],
          spec: { sessionAffinity: 'ClientIP' },
          annotations: { 'service.beta.kubernetes.io/aws-load-balancer-type': 'nlb' },
        },
        annotations: { 'team.example.com/owner': 'web' },
        podAnnotations: { 'prometheus.io/scrape': 'true' },
        spec: { strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1 } }, minReadySeconds: 5 },
      },
    ],
  };
}

/** Keys Kubernetes objects use, so that random objects often look like a probe, a mount or a port. */
const KEYS = [
  'name',
  'value',
  'valueFrom',
  'secretKeyRef',
  'configMapKeyRef',
  'key',
  'port',
  'targetPort',
  'nodePort',
  'protocol',
  'mountPath',
  'subPath',
  'readOnly',
  'httpGet',
  'tcpSocket',
  'exec',
  'grpc',
  'command',
  'path',
  'periodSeconds',
  'successThreshold',
  'securityContext',
  'capabilities',
  'drop',
  'add',
  'runAsNonRoot',
  'seccompProfile',
  'type',
  'emptyDir',
  'configMap',
  'secret',
  'hostPath',
  'image',
  'hostNetwork',
  'containers',
  'volumes',
  'template',
  'replicas',
] as const;

const leaf = fc.oneof(
  fc.integer({ min: -70_000, max: 70_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom('', '/', '..', '../etc', '/a/../b', 'http', 'ALL', 'RuntimeDefault', 'Unconfined', 'a'.repeat(300)),
  fc.string({ maxLength: 20 }),
  fc.boolean(),
  fc.constant(null),
);

/** Any JSON, biased toward Kubernetes' keys and the values rules look at. */
export const kubeJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown; object: Record<string, unknown> }>(
  (tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      tie('object'),
      fc.array(tie('value'), { maxLength: 4 }),
    ),
    object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), tie('value'), {
      maxKeys: 6,
      noNullPrototype: true,
    }),
  }),
).value;

const kubeObject = fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), kubeJson, {
  maxKeys: 6,
  noNullPrototype: true,
});
const objects = fc.array(kubeObject, { maxLength: 4 });
const strings = fc.dictionary(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), {
  maxKeys: 3,
  noNullPrototype: true,
});
const path = fc.oneof(
  leaf.filter((v): v is string => typeof v === 'string'),
  fc.constantFrom('/etc/app.yaml', '/srv/app/x'),
);

/** Container fields of the shape restore() takes, with any JSON inside. */
const containerFields = fc.record(
  {
    kube: fc.record(
      {
        imagePullPolicy: fc.constantFrom('Always', 'IfNotPresent', 'Never'),
        workingDir: path,
        envFrom: objects,
        env: objects,
        volumeMounts: objects,
        readinessProbe: fc.option(kubeObject),
        livenessProbe: fc.option(kubeObject),
        startupProbe: fc.option(kubeObject),
        lifecycle: kubeObject,
        securityContext: fc.option(kubeObject),
        other: kubeObject,
      },
      { requiredKeys: [] },
    ),
    files: fc.array(
      fc.record({
        name: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('nginx.conf', 'app.yaml', '..', '')),
        mountPath: path,
        content: fc.oneof(
          { weight: 19, arbitrary: fc.string({ maxLength: 40 }) },
          { weight: 1, arbitrary: fc.constant('é'.repeat(600_000)) },
        ),
      }),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: [] },
);

/** Workload fields of the shape restore() takes, with any JSON inside. */
const workloadFields = fc.record(
  {
    pod: kubeObject,
    volumes: objects,
    initContainers: objects,
    service: fc.record(
      {
        type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'Headless'),
        ports: objects,
        spec: kubeObject,
        annotations: strings,
      },
      { requiredKeys: [] },
    ),
    annotations: strings,
    podAnnotations: strings,
    spec: kubeObject,
  },
  { requiredKeys: [] },
);

/**
 * Designs whose containers and workload carry Kubernetes fields of the shape restore() accepts with
 * odd JSON inside (env entries without names, probes with any keys, ports of any type): restore()
 * takes most of them, and what it takes must validate and generate.
 */
export const oddKubeDesigns: fc.Arbitrary<unknown> = fc
  .tuple(fc.array(containerFields, { minLength: 3, maxLength: 3 }), workloadFields)
  .map(([containers, fields]) => {
    const d = JSON.parse(JSON.stringify(realPodDesign())) as { workloads: Record<string, unknown>[] };
    const [w] = d.workloads;
    if (!w) return d;
    const base = w.containers as Record<string, unknown>[];
    return {
      ...d,
      workloads: [
        {
          ...w,
          ...fields,
          containers: base.map((c, i) => {
            const { kube: _k, files: _f, ...rest } = c;
            return { ...rest, ...containers[i] };
          }),
        },
      ],
    };
  });

/** The new fields' slots of the real-pod design, each replaced by anything at all (hostile values included). */
export const kubeSlotInputs: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom(
      ['containers', 0, 'kube'],
      ['containers', 0, 'kube', 'env'],
      ['containers', 0, 'kube', 'env', 0],
      ['containers', 0, 'kube', 'readinessProbe'],
      ['containers', 0, 'kube', 'readinessProbe', 'httpGet', 'port'],
      ['containers', 0, 'kube', 'volumeMounts', 0, 'mountPath'],
      ['containers', 0, 'kube', 'securityContext'],
      ['containers', 0, 'kube', 'other'],
      ['containers', 0, 'files'],
      ['containers', 0, 'files', 0, 'content'],
      ['containers', 2, 'kube'],
      ['pod'],
      ['pod', 'securityContext'],
      ['volumes'],
      ['volumes', 0],
      ['initContainers'],
      ['initContainers', 0, 'name'],
      ['service'],
      ['service', 'ports', 0, 'targetPort'],
      ['annotations'],
      ['podAnnotations'],
      ['spec'],
    ),
    fc.oneof(kubeJson, fc.anything(), fc.jsonValue()),
  )
  .map(([slot, value]) => {
    const d = JSON.parse(JSON.stringify(realPodDesign())) as { workloads: unknown[] };
    let node: unknown = d.workloads[0];
    for (const key of slot.slice(0, -1)) node = (node as Record<string | number, unknown>)[key];
    (node as Record<string | number, unknown>)[slot.at(-1) as string | number] = value;
    return d;
  });
