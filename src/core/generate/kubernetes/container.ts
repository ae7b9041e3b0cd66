/** One Kubernetes container object from a container and its template's contribution. */
import type { BuiltContainer } from '../../analyze';
import type { EnvVar, Probe, ScratchDir } from '../../catalog/types';
import type { JsonMap, ResourceList, Resources } from '../../model/design';
import type { ContainerFields } from '../../model/kube';
import { configVolumeName } from './names';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };
export type JsonObject = { readonly [key: string]: Json | undefined };

/** True when the object has no own key. */
function isEmpty(v: object): boolean {
  for (const k in v) if (Object.hasOwn(v, k)) return false;
  return true;
}

/**
 * Sets `key` on `out` unless the value is undefined, an empty list or an empty object, which a
 * manifest leaves out: objects are built key by key in their final order, instead of as a literal
 * copied without its empty fields.
 */
export function put(out: Record<string, Json>, key: string, v: Json | undefined): void {
  if (v === undefined) return;
  if (typeof v === 'object' && v !== null && (Array.isArray(v) ? v.length === 0 : isEmpty(v))) return;
  out[key] = v;
}

export function probeObject(p: Probe): JsonObject {
  const out: Record<string, Json> = {};
  if (p.kind === 'http') out.httpGet = { path: p.path ?? '/', port: p.port ?? 80 };
  else if (p.kind === 'tcp') out.tcpSocket = { port: p.port ?? 80 };
  else if (p.kind === 'grpc')
    out.grpc = p.service === undefined ? { port: p.port ?? 80 } : { port: p.port ?? 80, service: p.service };
  else out.exec = { command: p.command ? [...p.command] : [] };
  put(out, 'initialDelaySeconds', p.initialDelaySeconds);
  put(out, 'timeoutSeconds', p.timeoutSeconds);
  put(out, 'periodSeconds', p.periodSeconds);
  put(out, 'successThreshold', p.successThreshold);
  put(out, 'failureThreshold', p.failureThreshold);
  return out;
}

function envObject(e: EnvVar): JsonObject {
  return 'secret' in e
    ? { name: e.name, valueFrom: { secretKeyRef: { name: e.secret.name, key: e.secret.key } } }
    : { name: e.name, value: e.value };
}

/**
 * True when the list already reads as `resourceList` writes it: cpu, then memory, then any other
 * resource, each set. Nearly every list is written so, and is then written as it is.
 */
function inResourceOrder(l: ResourceList): boolean {
  // 0: nothing yet, 1: after cpu, 2: after memory or another resource.
  let at = 0;
  for (const key in l) {
    if (!Object.hasOwn(l, key)) continue;
    if (!l[key]) return false;
    if (key === 'cpu') {
      if (at !== 0) return false;
      at = 1;
    } else if (key === 'memory') {
      if (at === 2) return false;
      at = 2;
    } else at = 2;
  }
  return true;
}

/** A resource list: cpu and memory first, then any other resource in the order it was written. */
function resourceList(l: ResourceList | undefined): JsonObject | undefined {
  if (!l) return undefined;
  if (inResourceOrder(l)) return l;
  const out: Record<string, Json> = {};
  if (l.cpu) out.cpu = l.cpu;
  if (l.memory) out.memory = l.memory;
  for (const key in l) if (Object.hasOwn(l, key) && key !== 'cpu' && key !== 'memory' && l[key]) out[key] = l[key];
  return out;
}

function resourcesObject(r: Resources): JsonObject {
  const out: Record<string, Json> = {};
  put(out, 'requests', resourceList(r.requests));
  put(out, 'limits', resourceList(r.limits));
  return out;
}

/** A volume mount, written as it is (a type, not an interface, so it is a `JsonObject`). */
export type MountPlan = {
  readonly name: string;
  readonly mountPath: string;
  readonly subPath?: string;
  readonly readOnly?: boolean;
};

/**
 * The template's private emptyDirs that this container mounts: all but those whose path the user
 * mounts a volume of their own at (a PersistentVolumeClaim for /var/lib/mysql replaces the emptyDir).
 */
export function scratchDirsOf(b: BuiltContainer): readonly ScratchDir[] {
  const dirs = b.contribution.scratchDirs ?? [];
  const own = b.container.kube?.volumeMounts;
  if (!dirs.length || !own?.length) return dirs;
  const taken = new Set(own.map((m) => m.mountPath));
  return dirs.filter((d) => !taken.has(d.mountPath));
}

/** The volume mounts a container gets from its own contribution (config files, shared dirs, secrets, scratch dirs). */
export function ownMounts(b: BuiltContainer): MountPlan[] {
  const c = b.contribution;
  const out: MountPlan[] = [];
  if (c.files?.length) {
    const name = configVolumeName(b.container);
    for (const f of c.files) out.push({ name, mountPath: f.mountPath, subPath: f.name, readOnly: true });
  }
  for (const d of c.sharedDirs ?? []) out.push({ name: d.name, mountPath: d.mountPath });
  for (const s of c.secrets ?? []) out.push({ name: s.volume, mountPath: s.mountPath, readOnly: true });
  for (const d of scratchDirsOf(b)) out.push({ name: d.name, mountPath: d.mountPath });
  return out;
}

export interface ContainerExtras {
  readonly mounts: readonly MountPlan[];
  readonly livenessProbe?: Probe;
  readonly nativeSidecar: boolean;
}

/** The user's value of a field a template may propose: `null` means none, undefined the template's. */
function chosen(user: JsonMap | null | undefined, template: Json | undefined): Json | undefined {
  if (user === null) return undefined;
  return user ?? template;
}

/** Keys of a container object that Podsmith writes itself or the user sets through `kube`. */
const CONTAINER_KEYS: ReadonlySet<string> = new Set([
  'name',
  'image',
  'imagePullPolicy',
  'command',
  'args',
  'workingDir',
  'ports',
  'envFrom',
  'env',
  'resources',
  'volumeMounts',
  'readinessProbe',
  'livenessProbe',
  'startupProbe',
  'lifecycle',
  'securityContext',
  'restartPolicy',
]);

/** A volume mount: the plan's fields that are set, in the API's order (the plan itself when it has no unset field). */
function mountObject(m: MountPlan): JsonObject {
  if ((m.subPath !== undefined || !('subPath' in m)) && (m.readOnly !== undefined || !('readOnly' in m))) return m;
  const out: Record<string, Json> = { name: m.name, mountPath: m.mountPath };
  if (m.subPath !== undefined) out.subPath = m.subPath;
  if (m.readOnly !== undefined) out.readOnly = m.readOnly;
  return out;
}

/** True when every plan is written as it is (`mountObject` gives the plan itself). */
function plansAsWritten(plans: readonly MountPlan[]): boolean {
  for (const m of plans) if (mountObject(m) !== m) return false;
  return true;
}

/**
 * The container's volume mounts: its plans, then the user's own. The plans' list itself when the
 * user adds none and no plan has an unset field (nearly always): a copy would be written and dropped.
 */
function mountsObject(plans: readonly MountPlan[], own: readonly JsonMap[] | undefined): readonly Json[] {
  if (!own?.length && plansAsWritten(plans)) return plans;
  const mounts: Json[] = [];
  for (const m of plans) mounts.push(mountObject(m));
  if (own) for (const m of own) mounts.push(m);
  return mounts;
}

/** A container's Kubernetes fields when it has none: one object, not an empty one per container. */
const NO_KUBE: ContainerFields = Object.freeze({});

/**
 * The container object, keys in the order `kubectl get -o yaml` users expect; the user's own fields
 * (`kube`) beside the template's. Built key by key, leaving out what is unset or empty.
 */
export function containerObject(b: BuiltContainer, extras: ContainerExtras): JsonObject {
  const c = b.contribution;
  const k = b.container.kube ?? NO_KUBE;
  const liveness = c.livenessProbe ?? extras.livenessProbe;
  const object: Record<string, Json> = { name: b.container.name, image: b.container.image };
  put(object, 'imagePullPolicy', k.imagePullPolicy);
  put(object, 'command', c.command);
  put(object, 'args', c.args);
  put(object, 'workingDir', k.workingDir);
  const ports: JsonObject[] = [];
  for (const p of c.ports)
    if (p.scope === 'pod')
      ports.push(
        p.protocol === 'UDP'
          ? { name: p.name, containerPort: p.containerPort, protocol: 'UDP' }
          : { name: p.name, containerPort: p.containerPort },
      );
  put(object, 'ports', ports);
  put(object, 'envFrom', k.envFrom);
  const env: Json[] = [];
  for (const e of c.env ?? []) env.push(envObject(e));
  if (k.env) for (const e of k.env) env.push(e);
  put(object, 'env', env);
  put(object, 'resources', resourcesObject(b.container.resources));
  put(object, 'volumeMounts', mountsObject(extras.mounts, k.volumeMounts));
  put(object, 'readinessProbe', chosen(k.readinessProbe, c.readinessProbe ? probeObject(c.readinessProbe) : undefined));
  put(object, 'livenessProbe', chosen(k.livenessProbe, liveness ? probeObject(liveness) : undefined));
  put(
    object,
    'startupProbe',
    chosen(k.startupProbe, extras.nativeSidecar && c.startupProbe ? probeObject(c.startupProbe) : undefined),
  );
  put(object, 'lifecycle', k.lifecycle);
  put(object, 'securityContext', chosen(k.securityContext, c.securityContext));
  if (extras.nativeSidecar) object.restartPolicy = 'Always';
  if (k.other)
    for (const key in k.other)
      if (Object.hasOwn(k.other, key) && !CONTAINER_KEYS.has(key)) put(object, key, k.other[key]);
  return object;
}
