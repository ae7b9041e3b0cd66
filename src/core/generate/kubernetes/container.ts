/** One Kubernetes container object from a container and its template's contribution. */
import type { BuiltContainer } from '../../analyze';
import type { EnvVar, Probe, ScratchDir } from '../../catalog/types';
import type { JsonMap, ResourceList, Resources } from '../../model/design';
import { configVolumeName } from './names';

export type Json = string | number | boolean | null | readonly Json[] | { readonly [key: string]: Json | undefined };
export type JsonObject = { readonly [key: string]: Json | undefined };

/** True when the object has no own key. */
function isEmpty(v: object): boolean {
  for (const k in v) if (Object.hasOwn(v, k)) return false;
  return true;
}

/** Drops undefined values and empty lists/objects, keeping key order. */
export function compact(obj: Record<string, Json | undefined>): JsonObject {
  const out: Record<string, Json> = {};
  for (const k in obj) {
    if (!Object.hasOwn(obj, k)) continue;
    const v = obj[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (typeof v === 'object' && v !== null && !Array.isArray(v) && isEmpty(v)) continue;
    out[k] = v;
  }
  return out;
}

export function probeObject(p: Probe): JsonObject {
  const action: Record<string, Json> =
    p.kind === 'http'
      ? { httpGet: { path: p.path ?? '/', port: p.port ?? 80 } }
      : p.kind === 'tcp'
        ? { tcpSocket: { port: p.port ?? 80 } }
        : p.kind === 'grpc'
          ? { grpc: compact({ port: p.port ?? 80, service: p.service }) }
          : { exec: { command: [...(p.command ?? [])] } };
  return compact({
    ...action,
    initialDelaySeconds: p.initialDelaySeconds,
    timeoutSeconds: p.timeoutSeconds,
    periodSeconds: p.periodSeconds,
    successThreshold: p.successThreshold,
    failureThreshold: p.failureThreshold,
  });
}

function envObject(e: EnvVar): JsonObject {
  return 'secret' in e
    ? { name: e.name, valueFrom: { secretKeyRef: { name: e.secret.name, key: e.secret.key } } }
    : { name: e.name, value: e.value };
}

/** A resource list: cpu and memory first, then any other resource in the order it was written. */
function resourceList(l: ResourceList | undefined): JsonObject | undefined {
  if (!l) return undefined;
  const out: Record<string, Json | undefined> = { cpu: l.cpu || undefined, memory: l.memory || undefined };
  for (const key in l) if (Object.hasOwn(l, key) && key !== 'cpu' && key !== 'memory') out[key] = l[key] || undefined;
  return compact(out);
}

function resourcesObject(r: Resources): JsonObject {
  return compact({ requests: resourceList(r.requests), limits: resourceList(r.limits) });
}

export interface MountPlan {
  readonly name: string;
  readonly mountPath: string;
  readonly subPath?: string;
  readonly readOnly?: boolean;
}

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
  return [
    ...(c.files ?? []).map((f) => ({
      name: configVolumeName(b.container),
      mountPath: f.mountPath,
      subPath: f.name,
      readOnly: true,
    })),
    ...(c.sharedDirs ?? []).map((d) => ({ name: d.name, mountPath: d.mountPath })),
    ...(c.secrets ?? []).map((s) => ({ name: s.volume, mountPath: s.mountPath, readOnly: true })),
    ...scratchDirsOf(b).map((d) => ({ name: d.name, mountPath: d.mountPath })),
  ];
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

/** The container object, keys in the order `kubectl get -o yaml` users expect; the user's own fields (`kube`) beside the template's. */
export function containerObject(b: BuiltContainer, extras: ContainerExtras): JsonObject {
  const c = b.contribution;
  const k = b.container.kube ?? {};
  const liveness = c.livenessProbe ?? extras.livenessProbe;
  const object: Record<string, Json | undefined> = {
    name: b.container.name,
    image: b.container.image,
    imagePullPolicy: k.imagePullPolicy,
    command: c.command ? [...c.command] : undefined,
    args: c.args ? [...c.args] : undefined,
    workingDir: k.workingDir,
    ports: c.ports
      .filter((p) => p.scope === 'pod')
      .map((p) =>
        compact({ name: p.name, containerPort: p.containerPort, protocol: p.protocol === 'UDP' ? 'UDP' : undefined }),
      ),
    envFrom: k.envFrom,
    env: k.env?.length ? [...(c.env ?? []).map(envObject), ...k.env] : (c.env ?? []).map(envObject),
    resources: resourcesObject(b.container.resources),
    volumeMounts: [
      ...extras.mounts.map((m) =>
        compact({ name: m.name, mountPath: m.mountPath, subPath: m.subPath, readOnly: m.readOnly }),
      ),
      ...(k.volumeMounts ?? []),
    ],
    readinessProbe: chosen(k.readinessProbe, c.readinessProbe ? probeObject(c.readinessProbe) : undefined),
    livenessProbe: chosen(k.livenessProbe, liveness ? probeObject(liveness) : undefined),
    startupProbe: chosen(
      k.startupProbe,
      extras.nativeSidecar && c.startupProbe ? probeObject(c.startupProbe) : undefined,
    ),
    lifecycle: k.lifecycle,
    securityContext: chosen(k.securityContext, c.securityContext),
    restartPolicy: extras.nativeSidecar ? 'Always' : undefined,
  };
  if (k.other)
    for (const key in k.other) if (Object.hasOwn(k.other, key) && !CONTAINER_KEYS.has(key)) object[key] = k.other[key];
  return compact(object);
}
