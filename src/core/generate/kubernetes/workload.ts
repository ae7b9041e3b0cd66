/** The objects of one workload: its ConfigMaps, its Service, the workload itself, and template extras. */
import type { BuiltContainer, BuiltWorkload } from '../../analyze';
import type { KubeObject, Probe } from '../../catalog/types';
import { ContentHasher } from '../../format/hash';
import type { Design, JsonMap, Workload } from '../../model/design';
import type { PodFields, ServiceFields } from '../../model/kube';
import { CLIENTS_ANNOTATION, clientsAnnotation } from './clients';
import {
  containerObject,
  type Json,
  type JsonObject,
  type MountPlan,
  ownMounts,
  put,
  scratchDirsOf,
} from './container';
import { CONFIG_HASH_ANNOTATION, configMapName, configVolumeName, podLabels, serviceName } from './names';

// A workload's kept fields when it has none: one object each, not an empty one per workload.
const NO_POD: PodFields = Object.freeze({});
const NO_SERVICE: ServiceFields = Object.freeze({});
const NO_FIELDS: JsonMap = Object.freeze({});

/** A generated object and the containers it comes from (for the preview's "files of this container"). */
export interface OwnedObject {
  readonly object: KubeObject;
  readonly owners: readonly string[];
}

function meta(
  design: Design,
  name: string,
  labels?: Record<string, string>,
  annotations?: Record<string, string>,
): JsonObject {
  const out: Record<string, Json> = {};
  put(out, 'name', name);
  put(out, 'namespace', design.namespace);
  put(out, 'labels', labels);
  put(out, 'annotations', annotations);
  return out;
}

/** Puts `namespace` right after `name` in a template-made object unless it sets one. */
function withNamespace(design: Design, o: KubeObject): KubeObject {
  if (o.metadata.namespace !== undefined) return o;
  const { name, ...rest } = o.metadata;
  return { ...o, metadata: { name, namespace: design.namespace, ...rest } };
}

/** The index of the volume named `name` in `volumes`, or -1. */
function volumeAt(volumes: readonly JsonObject[], name: string): number {
  for (let i = 0; i < volumes.length; i++) if ((volumes[i] as JsonObject).name === name) return i;
  return -1;
}

/**
 * The pod's volumes, each name once, in the order its containers first name them (a config
 * volume replaces an earlier one of its name in place). A pod has a few volumes: a list searched
 * by name costs less than a map and the list copied out of it.
 */
export function volumesOf(w: BuiltWorkload): JsonObject[] {
  const volumes: JsonObject[] = [];
  for (const b of w.containers) {
    const c = b.contribution;
    if (c.files?.length) {
      const name = configVolumeName(b.container);
      const volume = { name, configMap: { name: configMapName(w.workload, b.container) } };
      const at = volumeAt(volumes, name);
      if (at < 0) volumes.push(volume);
      else volumes[at] = volume;
    }
    // Other volumes: the first of a name wins.
    if (c.sharedDirs)
      for (const d of c.sharedDirs) if (volumeAt(volumes, d.name) < 0) volumes.push({ name: d.name, emptyDir: {} });
    if (c.secrets)
      for (const s of c.secrets)
        if (volumeAt(volumes, s.volume) < 0) volumes.push({ name: s.volume, secret: { secretName: s.secretName } });
    for (const d of scratchDirsOf(b)) if (volumeAt(volumes, d.name) < 0) volumes.push({ name: d.name, emptyDir: {} });
  }
  return volumes;
}

/** Mounts for a container: its own, plus (for apps) every directory the pod's helpers share with apps. */
export function mountsFor(w: BuiltWorkload, b: BuiltContainer): MountPlan[] {
  const mounts = ownMounts(b);
  if (b.container.role !== 'app') return mounts;
  let seen: Set<string> | undefined;
  for (const other of w.containers) {
    for (const d of other.contribution.sharedDirs ?? []) {
      seen ??= new Set(mounts.map((m) => m.name));
      if (seen.has(d.name)) continue;
      seen.add(d.name);
      mounts.push(
        d.appReadOnly
          ? { name: d.name, mountPath: d.appMountPath, readOnly: true }
          : { name: d.name, mountPath: d.appMountPath },
      );
    }
  }
  return mounts;
}

/** Pod fields in the order a careful operator writes them; any other field follows in the order it was set. */
const POD_FIELD_ORDER = [
  'serviceAccountName',
  'automountServiceAccountToken',
  'priorityClassName',
  'terminationGracePeriodSeconds',
  'securityContext',
  'imagePullSecrets',
  'hostAliases',
] as const;
const POD_FIELDS_AFTER = ['nodeSelector', 'tolerations', 'affinity', 'topologySpreadConstraints'] as const;
const POD_OWN_KEYS: ReadonlySet<string> = new Set(['initContainers', 'containers', 'volumes']);
/** The keys written in their places (set or not): the pod's other fields follow them. */
const POD_KEYS: ReadonlySet<string> = new Set([
  'shareProcessNamespace',
  ...POD_FIELD_ORDER,
  ...POD_OWN_KEYS,
  ...POD_FIELDS_AFTER,
]);

/** A container object of the pod, with its mounts (and the pod's app probe for an app). */
function podContainer(w: BuiltWorkload, b: BuiltContainer, nativeSidecar: boolean, appProbe: Probe | undefined): Json {
  const mounts = mountsFor(w, b);
  return containerObject(
    b,
    b.container.role === 'app' && appProbe
      ? { mounts, nativeSidecar, livenessProbe: appProbe }
      : { mounts, nativeSidecar },
  );
}

function podSpec(w: BuiltWorkload): JsonObject {
  const wl = w.workload;
  const native = wl.nativeSidecars;
  const appProbe = w.containers.find((b) => b.contribution.appLivenessProbe)?.contribution.appLivenessProbe;
  // Apps first, then the helpers: as native sidecars among the init containers, or after the apps.
  const init: Json[] = wl.initContainers ? [...wl.initContainers] : [];
  const main: Json[] = [];
  for (const b of w.containers) if (b.container.role === 'app') main.push(podContainer(w, b, false, appProbe));
  for (const b of w.containers)
    if (b.container.role !== 'app') (native ? init : main).push(podContainer(w, b, native, appProbe));
  const share = w.containers.some((b) => b.contribution.pod?.shareProcessNamespace);
  const pod = wl.pod ?? NO_POD;
  const spec: Record<string, Json> = {};
  if (share && pod.shareProcessNamespace !== null) spec.shareProcessNamespace = true;
  for (const key of POD_FIELD_ORDER) put(spec, key, field(pod, key));
  put(spec, 'initContainers', init);
  put(spec, 'containers', main);
  const volumes = volumesOf(w);
  if (wl.volumes) for (const v of wl.volumes) volumes.push(v);
  put(spec, 'volumes', volumes);
  for (const key of POD_FIELDS_AFTER) put(spec, key, field(pod, key));
  for (const key in pod)
    if (Object.hasOwn(pod, key) && !POD_KEYS.has(key) && !(key in spec)) put(spec, key, field(pod, key));
  return spec;
}

/** A kept field's value, or undefined for a missing one or a `null` (which only removes). */
function field(fields: JsonMap, key: string): Json | undefined {
  const v = Object.hasOwn(fields, key) ? fields[key] : undefined;
  return v === null ? undefined : v;
}

function podAnnotations(w: BuiltWorkload, configHash: string | undefined): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  if (configHash) out[CONFIG_HASH_ANNOTATION] = configHash;
  for (const b of w.containers) if (b.contribution.podAnnotations) Object.assign(out, b.contribution.podAnnotations);
  if (w.workload.podAnnotations) Object.assign(out, w.workload.podAnnotations);
  for (const key in out) if (Object.hasOwn(out, key)) return out;
  return undefined;
}

/** The Service's ports: the user's mapping where set, else one per exposed container port under its own number. */
function servicePorts(w: BuiltWorkload): readonly Json[] {
  const own = w.workload.service?.ports;
  if (own) return own;
  const ports: JsonObject[] = [];
  for (const b of w.containers)
    for (const p of b.contribution.ports)
      if (p.expose && p.scope === 'pod')
        ports.push(
          p.protocol === 'UDP'
            ? { name: p.name, port: p.containerPort, targetPort: p.name, protocol: 'UDP' }
            : { name: p.name, port: p.containerPort, targetPort: p.name },
        );
  return ports;
}

/** The Service spec's keys Podsmith writes (set or not): its other fields follow them. */
const SERVICE_KEYS: ReadonlySet<string> = new Set(['type', 'clusterIP', 'selector', 'ports']);

function serviceObject(design: Design, w: BuiltWorkload, labels: Record<string, string>): KubeObject | undefined {
  const s = w.workload.service ?? NO_SERVICE;
  const ports = servicePorts(w);
  const type = s.type ?? (w.workload.kind === 'StatefulSet' ? 'Headless' : 'ClusterIP');
  const headless = type === 'Headless';
  if (!ports.length && !headless) return undefined;
  const spec: Record<string, Json> = {};
  if (type === 'NodePort' || type === 'LoadBalancer') spec.type = type;
  if (headless) spec.clusterIP = 'None';
  put(spec, 'selector', labels);
  put(spec, 'ports', ports);
  for (const key in s.spec ?? NO_FIELDS)
    if (s.spec && Object.hasOwn(s.spec, key) && !SERVICE_KEYS.has(key) && !(key in spec))
      put(spec, key, field(s.spec, key));
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta(
      design,
      serviceName(w.workload),
      s.labels ? { ...labels, ...s.labels } : labels,
      s.annotations,
    ) as KubeObject['metadata'],
    spec,
  };
}

const WORKLOAD_OWN_KEYS: ReadonlySet<string> = new Set(['serviceName', 'replicas', 'selector', 'template']);

/** A Deployment's or StatefulSet's spec: what Podsmith writes, then the workload's other spec fields as kept. */
function workloadSpec(wl: Workload, labels: Record<string, string>, template: JsonObject): JsonObject {
  const spec: Record<string, Json> = {};
  if (wl.kind === 'StatefulSet') put(spec, 'serviceName', serviceName(wl));
  put(spec, 'replicas', wl.replicas);
  const own = wl.spec ?? NO_FIELDS;
  // A selector cannot change once the workload exists: an imported one is kept as it was.
  put(spec, 'selector', field(own, 'selector') ?? { matchLabels: labels });
  put(spec, 'template', template);
  for (const key in own) if (Object.hasOwn(own, key) && !WORKLOAD_OWN_KEYS.has(key)) put(spec, key, field(own, key));
  return spec;
}

/** Every object of one workload, in apply order (config first, then Service, then the workload). */
export function workloadObjects(design: Design, w: BuiltWorkload): OwnedObject[] {
  const wl = w.workload;
  const labels = podLabels(design, wl);
  const out: OwnedObject[] = [];
  // The pod's config hash is of `CONTAINER/FILE`, a line break and the content of each file, with
  // line breaks between them: fed to the hash piece by piece, not joined into a copy of every file.
  let hash: ContentHasher | undefined;
  for (const b of w.containers) {
    const files = b.contribution.files ?? [];
    if (!files.length) continue;
    const data: Record<string, Json> = {};
    for (const f of files) {
      data[f.name] = f.content;
      if (hash) hash.add('\n');
      else hash = new ContentHasher();
      hash.add(b.container.name).add('/').add(f.name).add('\n').add(f.content);
    }
    out.push({
      object: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: meta(design, configMapName(wl, b.container), labels) as KubeObject['metadata'],
        data,
      },
      owners: [b.container.id],
    });
  }
  const all = w.containers.map((b) => b.container.id);
  const clients = clientsAnnotation(design, wl);
  const own =
    clients === undefined && !wl.annotations
      ? undefined
      : { ...wl.annotations, ...(clients === undefined ? {} : { [CLIENTS_ANNOTATION]: clients }) };
  const service = serviceObject(design, w, labels);
  if (service) out.push({ object: service, owners: all });
  const templateMeta: Record<string, Json> = {};
  put(templateMeta, 'labels', labels);
  put(templateMeta, 'annotations', podAnnotations(w, hash?.digest()));
  const template = { metadata: templateMeta, spec: podSpec(w) };
  if (wl.kind === 'Pod') {
    out.push({
      object: {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: meta(design, wl.name, labels, {
          ...(template.metadata.annotations as Record<string, string> | undefined),
          ...own,
        }) as KubeObject['metadata'],
        spec: template.spec,
      },
      owners: all,
    });
  } else {
    out.push({
      object: {
        apiVersion: 'apps/v1',
        kind: wl.kind,
        metadata: meta(
          design,
          wl.name,
          wl.objectLabels ? { ...labels, ...wl.objectLabels } : labels,
          own,
        ) as KubeObject['metadata'],
        spec: workloadSpec(wl, labels, template),
      },
      owners: all,
    });
  }
  for (const b of w.containers)
    for (const o of b.contribution.objects ?? [])
      out.push({ object: withNamespace(design, o), owners: [b.container.id] });
  return out;
}
