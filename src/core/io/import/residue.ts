/**
 * What an input workload holds beyond what its recognised templates write, kept in the design's
 * Kubernetes fields (`model/kube.ts`) so that the export says what the input said: each container's
 * probes, security context, extra env and mounts, hooks and any other field; the pod's settings,
 * own volumes and plain init containers; the workload's other spec fields and annotations; and its
 * Service's type, port mapping and other fields. Values the API server fills in by default are left
 * out first (`defaults.ts`); a field the template writes and the input lacks is kept as `null`
 * where the design can say "none" (probes, security context, pod fields).
 *
 * @example keepResidue(design, pods, services) // the design whose export holds every field of the input
 */
import { analyze, type BuiltWorkload } from '../../analyze';
import { CLIENTS_ANNOTATION } from '../../generate/kubernetes/clients';
import { CONFIG_HASH_ANNOTATION, serviceName } from '../../generate/kubernetes/names';
import { workloadObjects } from '../../generate/kubernetes/workload';
import type { Container, Design, JsonMap, JsonValue, Workload } from '../../model/design';
import type { ContainerFields, ServiceFields, ServiceType } from '../../model/kube';
import { deepEqual } from '../../read/diff';
import { at, type InputObject, isObj, list, type Obj, obj, str, strMap } from '../../read/objects';
import type { ContainerSource } from '../../read/pod';
import type { ImportedPod } from './assemble';
import { withoutKeys } from './compare-pod';
import {
  CONTAINER_DEFAULTS,
  type Defaults,
  defaultPullPolicy,
  POD_SPEC_DEFAULTS,
  prune,
  SERVER_ANNOTATIONS,
  SERVICE_SPEC_DEFAULTS,
  WORKLOAD_SPEC_DEFAULTS,
} from './defaults';

/** Container fields the template or the design's own fields write (`name`, `image`, the command line, ports, resources). */
const CONTAINER_OWN = new Set(['name', 'image', 'command', 'args', 'ports', 'resources', 'restartPolicy']);
/** Container fields kept one by one in `ContainerFields`; any other goes to `other`. */
const CONTAINER_FIELDS = [
  'imagePullPolicy',
  'workingDir',
  'envFrom',
  'lifecycle',
  'readinessProbe',
  'livenessProbe',
  'startupProbe',
  'securityContext',
] as const;
/** Fields a template may write that the design can turn off with `null`. */
const NULLABLE: ReadonlySet<string> = new Set(['readinessProbe', 'livenessProbe', 'startupProbe', 'securityContext']);
const POD_OWN = ['containers', 'initContainers', 'volumes'];
const WORKLOAD_OWN = ['serviceName', 'replicas', 'selector', 'template'];
const IGNORED_ANNOTATIONS: ReadonlySet<string> = new Set([
  CONFIG_HASH_ANNOTATION,
  CLIENTS_ANNOTATION,
  ...SERVER_ANNOTATIONS,
]);

const json = (v: unknown): JsonValue => v as JsonValue;

/** Annotations the input sets that Podsmith does not write itself, nor its templates with the same value. */
function ownAnnotations(v: unknown, generated: unknown): Record<string, string> | undefined {
  const written = strMap(generated);
  const entries = Object.entries(strMap(v)).filter(([k, x]) => !IGNORED_ANNOTATIONS.has(k) && written[k] !== x);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

/** Labels of `input` that the generated metadata does not carry with the same value. */
function extraLabels(input: unknown, generated: unknown): Record<string, string> | undefined {
  const written = strMap(generated);
  const entries = Object.entries(strMap(input)).filter(([k, v]) => written[k] !== v);
  return entries.length ? Object.fromEntries(entries) : undefined;
}

const sameMount = (a: unknown, b: unknown) =>
  at(a, 'name') === at(b, 'name') && at(a, 'mountPath') === at(b, 'mountPath') && at(a, 'subPath') === at(b, 'subPath');

/** The fields of one input container that its generated counterpart `g` does not write the same. */
function containerFields(
  c: ContainerSource,
  generated: Obj,
  readEnv: readonly string[],
  usedVolumes: ReadonlySet<string>,
): ContainerFields | undefined {
  const input = prune(c.value, CONTAINER_DEFAULTS) as Obj;
  const g = prune(generated, CONTAINER_DEFAULTS) as Obj;
  const out: Record<string, JsonValue> = {};
  const other: Record<string, JsonValue> = {};
  for (const key of CONTAINER_FIELDS) {
    let v = input[key];
    if (key === 'imagePullPolicy' && v === defaultPullPolicy(c.image) && g[key] === undefined) v = undefined;
    if (deepEqual(v, g[key])) continue;
    // Kept as the input wrote it, defaults and all; compared without them.
    if (v !== undefined) out[key] = json(c.value[key]);
    else if (NULLABLE.has(key)) out[key] = null;
  }
  const generatedEnv = list(g.env);
  const env = list(input.env).filter(
    (e) => !readEnv.includes(str(at(e, 'name')) ?? '') && !generatedEnv.some((x) => deepEqual(x, e)),
  );
  if (env.length) out.env = json(env);
  const generatedMounts = list(g.volumeMounts);
  const mounts = list(input.volumeMounts).filter(
    (m) => !usedVolumes.has(str(at(m, 'name')) ?? '') && !generatedMounts.some((x) => sameMount(x, m)),
  );
  if (mounts.length) out.volumeMounts = json(mounts);
  for (const [key, v] of Object.entries(input))
    if (!CONTAINER_OWN.has(key) && !(CONTAINER_FIELDS as readonly string[]).includes(key) && key !== 'env')
      if (key !== 'volumeMounts') other[key] = json(v);
  if (Object.keys(other).length) out.other = other;
  return Object.keys(out).length ? (out as ContainerFields) : undefined;
}

/**
 * The keys of `input` whose values differ from `generated`'s, both compared without the values
 * the API server fills in (`defaults`), each kept as the input wrote it; keys only `generated` has
 * become `null`.
 */
function differing(input: Obj, generated: Obj, defaults: Defaults = {}): Record<string, JsonValue> {
  const a = prune(input, defaults) as Obj;
  const b = prune(generated, defaults) as Obj;
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(input)) if (k in a && !deepEqual(a[k], b[k])) out[k] = json(v);
  for (const k of Object.keys(b)) if (!(k in a)) out[k] = null;
  return out;
}

const nonEmpty = <T extends object>(o: T): T | undefined => (Object.keys(o).length ? o : undefined);

function serviceType(spec: Obj): ServiceType {
  if (spec.clusterIP === 'None') return 'Headless';
  const t = spec.type;
  return t === 'NodePort' || t === 'LoadBalancer' ? t : 'ClusterIP';
}

/** How the input Service differs from the generated one: type, ports, other spec fields, annotations. */
function serviceFields(input: InputObject, generated: Obj | undefined, w: Workload): ServiceFields | undefined {
  const spec = obj(at(input.value, 'spec')) ?? {};
  const gSpec = obj(at(generated, 'spec')) ?? {};
  const type = serviceType(spec);
  const defaultType: ServiceType = w.kind === 'StatefulSet' ? 'Headless' : 'ClusterIP';
  const ports = list(spec.ports);
  const rest = prune(
    withoutKeys(spec, ['selector', 'ports', 'type', 'clusterIP', 'clusterIPs', 'ipFamilies']),
    SERVICE_SPEC_DEFAULTS,
  ) as Obj;
  const gRest = withoutKeys(gSpec, ['selector', 'ports', 'type', 'clusterIP']);
  const annotations = ownAnnotations(
    at(input.value, 'metadata', 'annotations'),
    at(generated, 'metadata', 'annotations'),
  );
  const labels = extraLabels(at(input.value, 'metadata', 'labels'), at(generated, 'metadata', 'labels'));
  const out: Record<string, unknown> = {};
  if (labels) out.labels = labels;
  if (input.name !== w.name) out.name = input.name;
  if (type !== defaultType) out.type = type;
  if (!deepEqual(ports, list(gSpec.ports))) out.ports = ports;
  const other = Object.fromEntries(Object.entries(rest).filter(([k, v]) => !deepEqual(v, gRest[k])));
  if (Object.keys(other).length) out.spec = other;
  if (annotations) out.annotations = annotations;
  return nonEmpty(out) as ServiceFields | undefined;
}

interface Generated {
  readonly workload: Obj | undefined;
  readonly service: Obj | undefined;
}

/** The generated workload object and Service of a built workload; each object's `Kind/name` is added to `names`. */
function generatedOf(design: Design, built: BuiltWorkload, names: Set<string>): Generated {
  const objects = workloadObjects(design, built).map((o) => o.object as unknown as Obj);
  for (const o of objects) names.add(`${String(o.kind)}/${String(at(o, 'metadata', 'name'))}`);
  const w = built.workload;
  return {
    workload: objects.find((o) => o.kind === w.kind && at(o, 'metadata', 'name') === w.name),
    service: objects.find((o) => o.kind === 'Service' && at(o, 'metadata', 'name') === serviceName(w)),
  };
}

/** Workload `w` with the fields of `pod` its generated objects do not reproduce. */
function workloadWithResidue(
  { workload: generated, service: generatedService }: Generated,
  w: Workload,
  pod: ImportedPod,
  services: ReadonlyMap<ImportedPod, InputObject>,
): Workload {
  if (!generated) return w;
  const isPod = w.kind === 'Pod';
  const gSpec = obj(generated.spec) ?? {};
  const gPod = obj(isPod ? gSpec : at(gSpec, 'template', 'spec')) ?? {};
  const gContainers = [...list(gPod.initContainers), ...list(gPod.containers)].filter(isObj);
  const containers = w.containers.map((c): Container => {
    const source = pod.source.containers.find((s) => s.name === c.name && (!s.init || s.native));
    const g = gContainers.find((x) => x.name === c.name);
    if (!source || !g) return c;
    const kube = containerFields(source, g, pod.readEnv.get(c.name) ?? [], pod.usedVolumes);
    return kube ? { ...c, kube } : c;
  });
  const podFields = differing(withoutKeys(pod.source.spec, POD_OWN), withoutKeys(gPod, POD_OWN), POD_SPEC_DEFAULTS);
  const generatedVolumes = new Set(list(gPod.volumes).map((v) => str(at(v, 'name'))));
  const volumes = [...pod.source.volumes.entries()]
    .filter(([name]) => !pod.usedVolumes.has(name) && !generatedVolumes.has(name))
    .map(([, v]) => v as JsonMap);
  const initContainers = pod.source.containers
    .filter((s) => s.init && !s.native)
    .map((s) => prune(s.value, CONTAINER_DEFAULTS) as JsonMap);
  const meta = at(pod.source.object.value, 'metadata', 'annotations');
  const podMeta = isPod ? undefined : at(pod.source.object.value, 'spec', 'template', 'metadata', 'annotations');
  const inputSpec = isPod ? {} : withoutKeys(obj(at(pod.source.object.value, 'spec')) ?? {}, WORKLOAD_OWN);
  const spec = Object.fromEntries(
    Object.entries(differing(inputSpec, withoutKeys(gSpec, WORKLOAD_OWN), WORKLOAD_SPEC_DEFAULTS[w.kind] ?? {})).filter(
      ([, v]) => v !== null,
    ),
  );
  const selector = at(pod.source.object.value, 'spec', 'selector');
  if (!isPod && selector !== undefined && !deepEqual(selector, gSpec.selector)) spec.selector = json(selector);
  const inputService = services.get(pod);
  const governing = str(at(pod.source.object.value, 'spec', 'serviceName'));
  const service = inputService
    ? serviceFields(inputService, generatedService, w)
    : w.kind === 'StatefulSet' && governing && governing !== w.name
      ? { name: governing }
      : undefined;
  const annotations = ownAnnotations(meta, at(generated, 'metadata', 'annotations'));
  const unchanged = containers.every((c, i) => c === w.containers[i]);
  const podAnnotations = ownAnnotations(podMeta, at(gSpec, 'template', 'metadata', 'annotations'));
  const objectLabels = isPod
    ? undefined
    : extraLabels(at(pod.source.object.value, 'metadata', 'labels'), at(generated, 'metadata', 'labels'));
  if (
    unchanged &&
    !nonEmpty(podFields) &&
    !volumes.length &&
    !initContainers.length &&
    !service &&
    !objectLabels &&
    !annotations &&
    !podAnnotations &&
    !nonEmpty(spec)
  )
    return w;
  return {
    ...w,
    containers,
    ...(nonEmpty(podFields) ? { pod: podFields } : {}),
    ...(volumes.length ? { volumes } : {}),
    ...(initContainers.length ? { initContainers } : {}),
    ...(service ? { service } : {}),
    ...(objectLabels ? { objectLabels } : {}),
    ...(annotations ? { annotations } : {}),
    ...(podAnnotations ? { podAnnotations } : {}),
    ...(nonEmpty(spec) ? { spec: spec as JsonMap } : {}),
  };
}

/** The design with every workload's residue kept; workloads are in the order of `pods`. */
export function keepResidue(
  design: Design,
  pods: readonly ImportedPod[],
  services: ReadonlyMap<ImportedPod, InputObject>,
): { design: Design; generatedNames: ReadonlySet<string> } {
  const built = analyze(design).workloads;
  const generatedNames = new Set<string>();
  const workloads = design.workloads.map((w, i) => {
    const pod = pods[i];
    const b = built[i];
    return pod && b ? workloadWithResidue(generatedOf(design, b, generatedNames), w, pod, services) : w;
  });
  return { design: { ...design, workloads }, generatedNames };
}
