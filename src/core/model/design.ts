/**
 * The design document: the one source of truth. Everything Podsmith shows or exports is a pure
 * function of a `Design`. Documents are plain JSON (no classes, no Dates) so they survive
 * localStorage, share links and files unchanged.
 */
import type { ContainerFields, PodFields, ServiceFields, UserFile } from './kube';
import type { UserTemplate } from './user-template';

/** The version written by this build. Older versions are migrated by `io/migrations.ts`. */
export const SCHEMA_VERSION = 4;

export const ROLES = ['app', 'sidecar', 'ambassador', 'adapter'] as const;
export type Role = (typeof ROLES)[number];

export const WORKLOAD_KINDS = ['Pod', 'Deployment', 'StatefulSet'] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export const LINK_KINDS = ['traffic', 'metrics', 'logs', 'files'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const EXTERNAL_KINDS = ['service', 'database', 'prometheus', 'logs', 'client', 'other'] as const;
export type ExternalKind = (typeof EXTERNAL_KINDS)[number];

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box extends Point {
  readonly width: number;
  readonly height: number;
}

/** One row of a table parameter (e.g. a twemproxy server, an nginx upstream). */
export type Row = Readonly<Record<string, string | number | boolean>>;

/** The value of one template parameter; its exact type is given by the template's `ParamSpec`. */
export type ParamValue = string | number | boolean | readonly string[] | readonly Row[];

export type Params = Readonly<Record<string, ParamValue>>;

export interface ResourceList {
  readonly cpu?: string;
  readonly memory?: string;
  /** Other resources (`ephemeral-storage`, `nvidia.com/gpu`, `hugepages-2Mi`), kept as written. */
  readonly [resource: string]: string | undefined;
}

export interface Resources {
  readonly requests?: ResourceList;
  readonly limits?: ResourceList;
}

export interface Container {
  readonly id: string;
  /** Container name: a DNS-1123 label, unique within its workload. */
  readonly name: string;
  readonly role: Role;
  /** Template id from the catalog, e.g. `twemproxy`. */
  readonly template: string;
  readonly image: string;
  /** Parameters typed by the template; missing keys take the template's defaults. */
  readonly params: Params;
  readonly resources: Resources;
  /** Kubernetes fields beyond what the template writes: probes, security context, env, mounts, hooks (`model/kube.ts`). */
  readonly kube?: ContainerFields;
  /** Config files the user writes for this container, mounted where the user says. */
  readonly files?: readonly UserFile[];
  /** Position relative to the workload's top-left corner. */
  readonly layout: Point;
}

export interface Workload {
  readonly id: string;
  /** Object name: a DNS-1123 label, unique within the design. */
  readonly name: string;
  readonly kind: WorkloadKind;
  readonly replicas: number;
  readonly labels: Readonly<Record<string, string>>;
  /** Run sidecars, ambassadors and adapters as native sidecars (init containers, restartPolicy Always; Kubernetes 1.29+). */
  readonly nativeSidecars: boolean;
  readonly containers: readonly Container[];
  /** Pod spec fields: service account, security context, scheduling, and any other field verbatim. */
  readonly pod?: PodFields;
  /** The workload's own volumes (emptyDir, configMap, secret, persistentVolumeClaim, projected, ...), in Kubernetes' shape. */
  readonly volumes?: readonly JsonMap[];
  /** Init containers that run to completion before the pod's containers start, in Kubernetes' shape. */
  readonly initContainers?: readonly JsonMap[];
  /** How the workload's Service is published, where it differs from the default. */
  readonly service?: ServiceFields;
  /** Labels of the workload object beside its pods' labels (a chart's `helm.sh/chart`, say). */
  readonly objectLabels?: Readonly<Record<string, string>>;
  /** The workload object's own annotations. */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Annotations of the pod (template), beside the config hash Podsmith writes. */
  readonly podAnnotations?: Readonly<Record<string, string>>;
  /** Other fields of a Deployment's or StatefulSet's spec, verbatim (strategy, minReadySeconds, volumeClaimTemplates, ...). */
  readonly spec?: JsonMap;
  readonly layout: Box;
}

/** An endpoint outside the design's pods: another team's Service, a database, Prometheus. */
export interface External {
  readonly id: string;
  readonly name: string;
  readonly kind: ExternalKind;
  /** `host:port` or a URL; free text shown on the canvas and in the README. */
  readonly address: string;
  readonly layout: Point;
}

/** Who talks to whom. `from` and `to` are ids of containers, workloads or externals. */
export interface Link {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly kind: LinkKind;
  /** Share of traffic where traffic is split; at least 1 when present. */
  readonly weight?: number;
}

/** A JSON value, as a kept object holds it (no `undefined`, numbers are finite). */
export type JsonValue = null | boolean | number | string | readonly JsonValue[] | JsonMap;

export interface JsonMap {
  readonly [key: string]: JsonValue;
}

/** The body of a kept Kubernetes object: any JSON object with these three fields. */
export interface KeptBody extends JsonMap {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: JsonMap & { readonly name: string };
}

/**
 * A Kubernetes object the design does not model (an Ingress, a PersistentVolumeClaim, ...), kept
 * as it was and written back into the bundle. `metadata.namespace` is absent when the object lives
 * in the design's namespace; the bundle then gives it the design's namespace as it does every
 * generated object.
 */
export interface KeptObject {
  readonly id: string;
  readonly object: KeptBody;
}

export interface Design {
  readonly schemaVersion: typeof SCHEMA_VERSION;
  /** A DNS-1123 label; used for the bundle's part-of label. */
  readonly name: string;
  readonly namespace: string;
  readonly workloads: readonly Workload[];
  readonly externals: readonly External[];
  readonly links: readonly Link[];
  /** Objects of other kinds, kept verbatim for export (most often from an import). */
  readonly extras: readonly KeptObject[];
  /** User templates the design carries (`user.NAME`), so a file, link or bundle opens anywhere. */
  readonly templates: readonly UserTemplate[];
}

/** Where something in a design is: the UI highlights it, the CLI prints it. */
export type ElementRef =
  | { readonly kind: 'design'; readonly field?: string }
  | { readonly kind: 'workload'; readonly workloadId: string; readonly field?: string }
  | {
      readonly kind: 'container';
      readonly workloadId: string;
      readonly containerId: string;
      /** A parameter key (`listenPort`), a table cell (`servers[1].port`), or `name` / `image` / `resources`. */
      readonly field?: string;
    }
  | { readonly kind: 'external'; readonly externalId: string; readonly field?: string }
  | { readonly kind: 'link'; readonly linkId: string; readonly field?: string };
