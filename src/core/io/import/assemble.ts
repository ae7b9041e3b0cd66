/**
 * The design from the recognised pods: workloads and containers with ids and a layout in the same
 * scheme as the example designs (`w1`, `w1c1`, one column of containers per workload, workloads
 * side by side, external endpoints to their right), parameters left out where they equal the
 * template's default, then the links and externals the manifests imply.
 */
import { getTemplate } from '../../catalog';
import { CLIENTS_ANNOTATION } from '../../generate/kubernetes/clients';
import {
  type Container,
  type Design,
  type Params,
  type ResourceList,
  type Resources,
  type Role,
  SCHEMA_VERSION,
  type Workload,
} from '../../model/design';
import { layoutContainers, WORKLOAD_GAP } from '../../model/layout';
import { deepEqual } from '../../read/diff';
import { at, int, isObj, strMap } from '../../read/objects';
import type { ContainerSource, PodSource } from '../../read/pod';
import type { Recognition, RewrittenFile } from '../../read/recognise';
import { imageName } from '../../read/words';
import { addLocalPorts } from './app-ports';
import { inferLinks, withClients } from './links';

export interface ImportedContainer {
  readonly source: ContainerSource;
  readonly recognition: Recognition;
}

export interface ImportedPod {
  readonly source: PodSource;
  /** Environment variables a template read its parameters from, by container name. */
  readonly readEnv: ReadonlyMap<string, readonly string[]>;
  /** The containers that become the design's, apps first. */
  readonly containers: readonly ImportedContainer[];
  /** Volumes the templates' output stands for. */
  readonly usedVolumes: ReadonlySet<string>;
  readonly files: readonly { readonly container: string; readonly file: RewrittenFile }[];
}

/** The template's parameters without those that equal its defaults. */
export function minimalParams(templateId: string, params: Params): Params {
  const template = getTemplate(templateId);
  if (!template) return params;
  return Object.fromEntries(
    Object.entries(params).filter(([k, v]) => {
      const spec = Object.hasOwn(template.params, k) ? template.params[k] : undefined;
      return spec !== undefined && !deepEqual(v, spec.default);
    }),
  );
}

function resourceList(v: unknown): ResourceList | undefined {
  if (!isObj(v)) return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : typeof x === 'number' ? String(x) : undefined);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    const t = text(x);
    if (t !== undefined) out[k] = t;
  }
  return Object.keys(out).length ? out : undefined;
}

function resourcesOf(c: ContainerSource): Resources {
  const requests = resourceList(at(c.value, 'resources', 'requests'));
  const limits = resourceList(at(c.value, 'resources', 'limits'));
  return { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) };
}

/**
 * Helpers teams run beside their apps, known by image name, and the role each plays in the book's
 * terms: a proxy in front of the app is a sidecar, one that brokers the app's own connections an
 * ambassador, a log or telemetry shipper an adapter.
 */
const KNOWN_HELPERS: readonly (readonly [RegExp, Role])[] = [
  [/^(envoy|envoy-distroless|proxyv2|linkerd2?-proxy|oauth2-proxy|vault)$/, 'sidecar'],
  [/^(cloud-sql-proxy|cloudsql-proxy|gce-proxy)$/, 'ambassador'],
  [/^(fluent-bit|promtail|filebeat|opentelemetry-collector(-contrib|-k8s)?|otel-collector)$/, 'adapter'],
];

function helperRole(image: string): Role | undefined {
  const name = imageName(image);
  return KNOWN_HELPERS.find(([pattern]) => pattern.test(name))?.[1];
}

/**
 * The role of each imported container: its template's; a generic container that ran as a native
 * sidecar is a sidecar, and one whose image is a well-known helper takes that helper's role, as long
 * as the pod keeps an app and runs no native sidecar (where helpers run natively, a regular one must
 * stay a regular container).
 */
function rolesOf(pod: ImportedPod): Role[] {
  const native = pod.containers.some((c) => c.source.native);
  const roles = pod.containers.map(({ source: c, recognition: r }): Role => {
    const template = getTemplate(r.template);
    if (!template?.anyRole) return template?.role ?? 'app';
    if (c.native) return 'sidecar';
    return (native ? undefined : helperRole(c.image)) ?? 'app';
  });
  if (roles.includes('app')) return roles;
  return pod.containers.map(({ source: c, recognition: r }) => {
    const template = getTemplate(r.template);
    return template?.anyRole ? (c.native ? 'sidecar' : 'app') : (template?.role ?? 'app');
  });
}

function workloadOf(pod: ImportedPod, index: number, designName: string, x: number): Workload {
  const { source } = pod;
  const id = `w${index + 1}`;
  const roles = rolesOf(pod);
  // Apps first, as the pod writes them: an export imports back in the same order.
  const ordered = pod.containers
    .map((imported, ci) => ({ imported, role: roles[ci] ?? 'app' }))
    .sort((a, b) => Number(a.role !== 'app') - Number(b.role !== 'app'));
  const containers: Container[] = ordered.map(({ imported: { source: c, recognition: r }, role }, ci) => {
    return {
      id: `${id}c${ci + 1}`,
      name: c.name,
      role,
      template: r.template,
      image: c.image,
      params: minimalParams(r.template, r.params),
      resources: resourcesOf(c),
      layout: { x: 0, y: 0 },
    };
  });
  const helpers = pod.containers.filter((c) => c.source.native || getTemplate(c.recognition.template)?.role !== 'app');
  const labels = Object.fromEntries(
    Object.entries(source.labels).filter(
      ([k, v]) =>
        !(k === 'app.kubernetes.io/name' && v === source.object.name) &&
        !(k === 'app.kubernetes.io/part-of' && v === designName),
    ),
  );
  const laid = layoutContainers(containers);
  return {
    id,
    name: source.object.name,
    kind: source.kind,
    replicas: source.kind === 'Pod' ? 1 : (int(at(source.object.value, 'spec', 'replicas')) ?? 1),
    labels,
    nativeSidecars: helpers.some((h) => h.source.native),
    containers: laid.containers,
    layout: { x, y: 0, width: laid.width, height: laid.height },
  };
}

/** The whole design (before `restore()`). */
export function assembleDesign(name: string, namespace: string, pods: readonly ImportedPod[]): Design {
  let x = 0;
  const workloads = pods.map((pod, i) => {
    const w = workloadOf(pod, i, name, x);
    x += w.layout.width + WORKLOAD_GAP;
    return w;
  });
  const inferred = withClients(
    inferLinks(addLocalPorts(workloads)),
    pods.map((p) => strMap(at(p.source.object.value, 'metadata', 'annotations'))[CLIENTS_ANNOTATION]),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    name,
    namespace,
    workloads: inferred.workloads,
    externals: inferred.externals.map((e, i) => ({ ...e, layout: { x, y: i * 120 } })),
    links: inferred.links,
    extras: [],
    templates: [],
  };
}

/** The part-of label the input's pods agree on, if any. */
export function partOf(pods: readonly PodSource[]): string | undefined {
  for (const p of pods) {
    const v =
      p.labels['app.kubernetes.io/part-of'] ??
      strMap(at(p.object.value, 'metadata', 'labels'))['app.kubernetes.io/part-of'];
    if (v) return v;
  }
  return undefined;
}
