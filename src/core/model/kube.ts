/**
 * The Kubernetes fields a design holds beside what its templates write: a container's probes,
 * security context, extra env, mounts and hooks; a workload's pod settings, own volumes, plain init
 * containers, Service mapping and the rest of its spec. Each is kept in Kubernetes' own JSON shape,
 * so what a user's manifest says is what the design keeps and writes back; forms edit the fields
 * they know, and any other field is carried verbatim.
 *
 * `null` where a template proposes a value (a probe, a security context, a pod field) means "none":
 * the user removed what the template would write.
 */
import type { JsonMap, JsonValue } from './design';

export const PROBE_KINDS = ['readinessProbe', 'livenessProbe', 'startupProbe'] as const;
export type ProbeKind = (typeof PROBE_KINDS)[number];

export const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
export type PullPolicy = (typeof PULL_POLICIES)[number];

/** A Kubernetes probe: one of httpGet, tcpSocket, exec, grpc, with its timing fields. */
export type ProbeFields = JsonMap;

/** Kubernetes fields of one container beyond what its template writes. */
export interface ContainerFields {
  readonly imagePullPolicy?: PullPolicy;
  readonly workingDir?: string;
  /** `envFrom` sources (a ConfigMap or Secret whose keys all become variables). */
  readonly envFrom?: readonly JsonMap[];
  /** Env vars after the template's own: plain values, or `valueFrom` a Secret or ConfigMap key, a field, a resource. */
  readonly env?: readonly JsonMap[];
  /** Mounts of the workload's own volumes (`workload.volumes`), after the template's. */
  readonly volumeMounts?: readonly JsonMap[];
  readonly readinessProbe?: ProbeFields | null;
  readonly livenessProbe?: ProbeFields | null;
  readonly startupProbe?: ProbeFields | null;
  readonly lifecycle?: JsonMap;
  readonly securityContext?: JsonMap | null;
  /** Any other container field, kept verbatim (stdin, tty, terminationMessagePolicy, resizePolicy, ...). */
  readonly other?: JsonMap;
}

/** A config file the user writes for a container: it goes in the container's ConfigMap and is mounted at `mountPath`. */
export interface UserFile {
  /** The key in the ConfigMap and the file's name under `configs/`, e.g. `envoy.yaml`. */
  readonly name: string;
  /** Absolute path of the file in the container (mounted with subPath). */
  readonly mountPath: string;
  readonly content: string;
}

export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'Headless'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** How a workload's Service is published, where it differs from what Podsmith writes by default. */
export interface ServiceFields {
  /** The Service's name where it is not the workload's (kept from an import: clients use it). */
  readonly name?: string;
  /** ClusterIP (the default; a StatefulSet's Service is headless), NodePort, LoadBalancer, or Headless (`clusterIP: None`). */
  readonly type?: ServiceType;
  /**
   * The Service's ports in place of the generated ones (one per exposed container port under its
   * own number): `{name, port, targetPort, protocol, nodePort, appProtocol}`, `targetPort` a
   * container port's number or name.
   */
  readonly ports?: readonly JsonMap[];
  /** Other Service spec fields, verbatim (sessionAffinity, externalTrafficPolicy, loadBalancerSourceRanges, ...). */
  readonly spec?: JsonMap;
  readonly annotations?: Readonly<Record<string, string>>;
  /** Labels of the Service beside the pods' labels. */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * Pod spec fields a design holds, in Kubernetes' shape: serviceAccountName, securityContext,
 * nodeSelector, tolerations, affinity, topologySpreadConstraints, priorityClassName,
 * terminationGracePeriodSeconds, imagePullSecrets, hostAliases, and any other field verbatim. A
 * `null` removes a field Podsmith would write (shareProcessNamespace).
 */
export type PodFields = Readonly<Record<string, JsonValue>>;

/** The pod fields the workload form edits, in the order it shows them. */
export const POD_FORM_FIELDS = [
  'serviceAccountName',
  'securityContext',
  'nodeSelector',
  'tolerations',
  'affinity',
  'topologySpreadConstraints',
  'priorityClassName',
  'terminationGracePeriodSeconds',
  'imagePullSecrets',
  'hostAliases',
] as const;
