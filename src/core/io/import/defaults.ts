/**
 * Values the Kubernetes API server fills in when a manifest leaves them out, and fields only a
 * cluster writes. `kubectl get -o yaml` prints all of them; they mean nothing a design must keep,
 * so they are taken out of the input before it is compared with what Podsmith generates.
 */
import { deepEqual } from '../../read/diff';
import { isObj, type Obj } from '../../read/objects';

export type Defaults = { readonly [key: string]: unknown };

const PROBE: Defaults = {
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
  periodSeconds: 10,
  initialDelaySeconds: 0,
  httpGet: { scheme: 'HTTP' },
};

export const CONTAINER_DEFAULTS: Defaults = {
  terminationMessagePath: '/dev/termination-log',
  terminationMessagePolicy: 'File',
  resources: {},
  stdin: false,
  stdinOnce: false,
  tty: false,
  readinessProbe: PROBE,
  livenessProbe: PROBE,
  startupProbe: PROBE,
};

export const POD_SPEC_DEFAULTS: Defaults = {
  dnsPolicy: 'ClusterFirst',
  restartPolicy: 'Always',
  schedulerName: 'default-scheduler',
  securityContext: {},
  terminationGracePeriodSeconds: 30,
  enableServiceLinks: true,
};

export const WORKLOAD_SPEC_DEFAULTS: Readonly<Record<string, Defaults>> = {
  Deployment: {
    revisionHistoryLimit: 10,
    progressDeadlineSeconds: 600,
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' } },
  },
  StatefulSet: {
    podManagementPolicy: 'OrderedReady',
    revisionHistoryLimit: 10,
    updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
    persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Retain' },
  },
};

export const SERVICE_SPEC_DEFAULTS: Defaults = {
  type: 'ClusterIP',
  sessionAffinity: 'None',
  ipFamilyPolicy: 'SingleStack',
  internalTrafficPolicy: 'Cluster',
};

/** Metadata only a cluster writes. */
export const SERVER_METADATA = [
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
] as const;

/** Annotations only tools and controllers write. */
export const SERVER_ANNOTATIONS = [
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
];

/**
 * `value` without the keys whose values equal the defaults (recursively; an object left empty goes
 * too). Lists of objects are pruned item by item with the same defaults.
 */
export function prune(value: unknown, defaults: Defaults): unknown {
  if (Array.isArray(value)) return value.map((v) => prune(v, defaults));
  if (!isObj(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const d = Object.hasOwn(defaults, k) ? defaults[k] : undefined;
    if (d !== undefined && deepEqual(v, d)) continue;
    if (d !== undefined && isObj(d) && isObj(v) && !deepEqual(d, {})) {
      const inner = prune(v, d as Defaults);
      if (isObj(inner) && Object.keys(inner).length === 0) continue;
      out[k] = inner;
    } else out[k] = v;
  }
  return out;
}

/** A container's ports keyed by number, `protocol: TCP` left out (for comparing two containers). */
export function portsByNumber(ports: unknown): Obj | undefined {
  if (!Array.isArray(ports)) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of ports) {
    if (!isObj(p)) continue;
    const { protocol, ...rest } = p;
    out[String(p.containerPort ?? p.port)] = protocol === 'TCP' || protocol === undefined ? rest : p;
  }
  return out;
}

/** The default `imagePullPolicy` of an image: Always for `:latest` or no tag, IfNotPresent otherwise. */
export function defaultPullPolicy(image: string): string {
  const name = image.split('@')[0] ?? '';
  const tag = name.lastIndexOf(':') > name.lastIndexOf('/') ? name.slice(name.lastIndexOf(':') + 1) : '';
  return image.includes('@') ? 'IfNotPresent' : tag === '' || tag === 'latest' ? 'Always' : 'IfNotPresent';
}
