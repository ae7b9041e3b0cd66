/**
 * Pure edits of a container's Kubernetes fields (`container.kube`) and of the config files the user
 * writes for it (`container.files`). Each returns a new design, or the same object when nothing
 * changes. A field set to `undefined` is removed (the template's value applies again); `null`, where
 * a template may propose a value (a probe, the security context), means "none".
 *
 * The helpers below the edits (`withPath`, `envSourceOf`, ...) shape the JSON values the forms edit,
 * so the inspector never builds a Kubernetes object itself.
 */
import { type BuiltContainer, builtWorkload } from '../analyze';
import { probeObject } from '../generate/kubernetes/container';
import { configVolumeName } from '../generate/kubernetes/names';
import type { Container, Design, JsonMap, JsonValue } from '../model/design';
import type { ContainerFields, ProbeKind, PullPolicy, UserFile } from '../model/kube';
import { isMap } from '../validate/kube-read';
import { findContainer, uniqueName } from './ops';
import { readYamlField, yamlText } from './yaml-field';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function mapContainer(design: Design, containerId: string, fn: (c: Container) => Container): Design {
  const found = findContainer(design, containerId);
  if (!found) return design;
  const next = fn(found.container);
  if (next === found.container) return design;
  return {
    ...design,
    workloads: design.workloads.map((w) =>
      w === found.workload ? { ...w, containers: w.containers.map((c) => (c === found.container ? next : c)) } : w,
    ),
  };
}

/** Structural equality of JSON values (key order counts, as it does in the written manifest). */
function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

// ---------------------------------------------------------------- kube fields

/**
 * Sets one field of `container.kube`; `undefined` removes it, and `kube` goes when it is empty.
 *
 * @example setKubeField(design, 'c1', 'readinessProbe', null) // no readiness probe, whatever the template proposes
 */
export function setKubeField<K extends keyof ContainerFields>(
  design: Design,
  containerId: string,
  key: K,
  value: ContainerFields[K] | undefined,
): Design {
  return mapContainer(design, containerId, (c) => {
    const kube = c.kube ?? {};
    const has = Object.hasOwn(kube, key);
    if (value === undefined ? !has : has && same(kube[key], value)) return c;
    const next: Mutable<ContainerFields> = { ...kube };
    if (value === undefined) delete next[key];
    else next[key] = value;
    const { kube: _, ...rest } = c;
    return Object.keys(next).length === 0 ? rest : { ...rest, kube: next };
  });
}

/** Sets a probe (Kubernetes' shape), `null` for none, or `undefined` for the template's. */
export function setProbe(design: Design, containerId: string, kind: ProbeKind, probe: JsonMap | null | undefined) {
  return setKubeField(design, containerId, kind, probe);
}

/** Sets the security context, `null` for none, or `undefined` for the template's. */
export function setSecurityContext(design: Design, containerId: string, context: JsonMap | null | undefined) {
  return setKubeField(design, containerId, 'securityContext', context);
}

export function setImagePullPolicy(design: Design, containerId: string, policy: PullPolicy | undefined) {
  return setKubeField(design, containerId, 'imagePullPolicy', policy);
}

/** Sets the working directory; an empty one is removed (the image's applies). */
export function setWorkingDir(design: Design, containerId: string, dir: string) {
  return setKubeField(design, containerId, 'workingDir', dir === '' ? undefined : dir);
}

/** Sets the lifecycle hooks; an empty object is removed. */
export function setLifecycle(design: Design, containerId: string, lifecycle: JsonMap | undefined) {
  return setKubeField(design, containerId, 'lifecycle', lifecycle && isEmptyMap(lifecycle) ? undefined : lifecycle);
}

/** Sets the other container fields kept verbatim; an empty object is removed. */
export function setOtherFields(design: Design, containerId: string, other: JsonMap | undefined) {
  return setKubeField(design, containerId, 'other', other && isEmptyMap(other) ? undefined : other);
}

/** The row lists of `kube`: extra env vars, envFrom sources, mounts of the workload's volumes. */
export type KubeList = 'env' | 'envFrom' | 'volumeMounts';

function listOf(design: Design, containerId: string, list: KubeList): readonly JsonMap[] {
  return findContainer(design, containerId)?.container.kube?.[list] ?? [];
}

function setList(design: Design, containerId: string, list: KubeList, rows: readonly JsonMap[]): Design {
  return setKubeField(design, containerId, list, rows.length ? rows : undefined);
}

/**
 * Appends a row to one of the container's lists.
 *
 * @example addKubeRow(design, 'c1', 'env', { name: 'LOG_LEVEL', value: 'info' })
 */
export function addKubeRow(design: Design, containerId: string, list: KubeList, row: JsonMap): Design {
  if (!findContainer(design, containerId)) return design;
  return setList(design, containerId, list, [...listOf(design, containerId, list), row]);
}

/** Replaces the row at `index`; the same design when there is none. */
export function setKubeRow(design: Design, containerId: string, list: KubeList, index: number, row: JsonMap): Design {
  const rows = listOf(design, containerId, list);
  if (index < 0 || index >= rows.length) return design;
  return setList(
    design,
    containerId,
    list,
    rows.map((r, i) => (i === index ? row : r)),
  );
}

export function removeKubeRow(design: Design, containerId: string, list: KubeList, index: number): Design {
  const rows = listOf(design, containerId, list);
  if (index < 0 || index >= rows.length) return design;
  return setList(
    design,
    containerId,
    list,
    rows.filter((_, i) => i !== index),
  );
}

// ---------------------------------------------------------------- config files

function setFiles(design: Design, containerId: string, files: readonly UserFile[]): Design {
  return mapContainer(design, containerId, (c) => {
    const { files: _, ...rest } = c;
    return files.length ? { ...rest, files } : rest;
  });
}

/**
 * Adds a config file for the user to write: a free name (`config.yaml`, `config-2.yaml`, ...)
 * unless one is given, mounted under `/etc/<container>/`.
 */
export function addUserFile(design: Design, containerId: string, file?: Partial<UserFile>): Design {
  const found = findContainer(design, containerId);
  if (!found) return design;
  const files = found.container.files ?? [];
  const name =
    file?.name ??
    `${uniqueName(
      files.map((f) => f.name.replace(/\.yaml$/, '')),
      'config',
    )}.yaml`;
  const added: UserFile = {
    name,
    mountPath: file?.mountPath ?? `/etc/${found.container.name}/${name}`,
    content: file?.content ?? '',
  };
  return setFiles(design, containerId, [...files, added]);
}

/** Changes the name, mount path or text of the file at `index`. */
export function setUserFile(design: Design, containerId: string, index: number, patch: Partial<UserFile>): Design {
  const files = findContainer(design, containerId)?.container.files ?? [];
  const file = files[index];
  if (!file) return design;
  const next = { ...file, ...patch };
  if (next.name === file.name && next.mountPath === file.mountPath && next.content === file.content) return design;
  return setFiles(
    design,
    containerId,
    files.map((f, i) => (i === index ? next : f)),
  );
}

/**
 * Renames the file at `index`; a mount path that ended with the old name follows it.
 *
 * @example renameUserFile(design, 'c1', 0, 'envoy.yaml') // /etc/web/config.yaml becomes /etc/web/envoy.yaml
 */
export function renameUserFile(design: Design, containerId: string, index: number, name: string): Design {
  const file = findContainer(design, containerId)?.container.files?.[index];
  if (!file) return design;
  const dir = file.mountPath.slice(0, file.mountPath.length - file.name.length);
  const follows = file.name !== '' && file.mountPath.endsWith(`/${file.name}`);
  return setUserFile(design, containerId, index, { name, ...(follows ? { mountPath: `${dir}${name}` } : {}) });
}

export function removeUserFile(design: Design, containerId: string, index: number): Design {
  const files = findContainer(design, containerId)?.container.files ?? [];
  if (index < 0 || index >= files.length) return design;
  return setFiles(
    design,
    containerId,
    files.filter((_, i) => i !== index),
  );
}

// ---------------------------------------------------------------- what the template proposes

/**
 * The Pod Security Standards' restricted profile for one container: not root, no privilege
 * escalation, every capability dropped, the runtime's default seccomp profile, and a read-only root
 * filesystem; keys in the order `kubectl get -o yaml` prints them, as the templates propose theirs.
 */
export function restrictedSecurityContext(): JsonMap {
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/** Sets the container's security context to the restricted profile (one edit). */
export function applyRestrictedProfile(design: Design, containerId: string): Design {
  return setSecurityContext(design, containerId, restrictedSecurityContext());
}

/** What a container's template proposes for the fields a user may override. */
export interface Proposed {
  readonly readinessProbe?: JsonMap;
  readonly livenessProbe?: JsonMap;
  readonly startupProbe?: JsonMap;
  readonly securityContext?: JsonMap;
  /** Why the template proposes no restricted security context. */
  readonly securityNote?: string;
}

const NOTHING: Proposed = {};

/**
 * The probes and security context the generator writes for a container when its `kube` says
 * nothing: the template's own, the liveness probe a helper of the pod offers its apps, and the
 * startup probe a native sidecar gets. Read from the core's analysis (no build of its own).
 *
 * @example proposedFields(design, 'w1', 'w1c1').readinessProbe // { httpGet: { path: '/', port: 80 } }
 */
export function proposedFields(design: Design, workloadId: string, containerId: string): Proposed {
  const workload = design.workloads.find((w) => w.id === workloadId);
  if (!workload) return NOTHING;
  const built = builtWorkload(design, workload);
  const b: BuiltContainer | undefined = built.containers.find((x) => x.container.id === containerId);
  if (!b) return NOTHING;
  const c = b.contribution;
  const app = b.template.role === 'app';
  const offered = app ? built.containers.find((x) => x.contribution.appLivenessProbe)?.contribution : undefined;
  const liveness = c.livenessProbe ?? offered?.appLivenessProbe;
  const startup = workload.nativeSidecars && !app ? c.startupProbe : undefined;
  return {
    ...(c.readinessProbe ? { readinessProbe: probeObject(c.readinessProbe) as JsonMap } : {}),
    ...(liveness ? { livenessProbe: probeObject(liveness) as JsonMap } : {}),
    ...(startup ? { startupProbe: probeObject(startup) as JsonMap } : {}),
    ...(c.securityContext ? { securityContext: c.securityContext } : {}),
    ...(c.securityNote ? { securityNote: c.securityNote } : {}),
  };
}

// ---------------------------------------------------------------- shaping JSON values

function isEmptyMap(m: JsonMap): boolean {
  return Object.keys(m).length === 0;
}

/**
 * `map` with the value at `path` set, or removed when `value` is undefined; objects emptied by a
 * removal go too. Keys keep their order; a new key goes last.
 *
 * @example withPath({ httpGet: { port: 80 } }, ['httpGet', 'path'], '/healthz') // { httpGet: { port: 80, path: '/healthz' } }
 */
export function withPath(map: JsonMap, path: readonly string[], value: JsonValue | undefined): JsonMap {
  const [key, ...rest] = path;
  if (key === undefined) return map;
  const current = Object.hasOwn(map, key) ? map[key] : undefined;
  const next = rest.length === 0 ? value : withPath(isMap(current) ? current : {}, rest, value);
  const out: Record<string, JsonValue> = { ...map };
  if (next === undefined || (rest.length > 0 && isMap(next) && isEmptyMap(next))) delete out[key];
  else out[key] = next;
  return out;
}

/** The value at `path`, or undefined. */
export function valueAt(map: JsonMap | null | undefined, path: readonly string[]): JsonValue | undefined {
  let v: JsonValue | undefined = map ?? undefined;
  for (const key of path) {
    if (!isMap(v) || !Object.hasOwn(v, key)) return undefined;
    v = v[key];
  }
  return v;
}

export const PROBE_HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'] as const;
export type ProbeHandler = (typeof PROBE_HANDLERS)[number];

export const PROBE_TIMINGS = [
  'initialDelaySeconds',
  'periodSeconds',
  'timeoutSeconds',
  'successThreshold',
  'failureThreshold',
] as const;

/** How a probe (or a lifecycle hook) checks: the first handler it holds. */
export function handlerOf(probe: JsonMap | null | undefined): ProbeHandler | undefined {
  return PROBE_HANDLERS.find((h) => probe && Object.hasOwn(probe, h));
}

/**
 * The probe checking by another handler, its timing fields kept: an httpGet gets `path: /` and the
 * port, a tcpSocket or grpc the port, an exec an empty command.
 *
 * @example withHandler({ tcpSocket: { port: 80 }, periodSeconds: 5 }, 'httpGet', 80) // { httpGet: { path: '/', port: 80 }, periodSeconds: 5 }
 */
export function withHandler(probe: JsonMap, handler: ProbeHandler, port: number | string): JsonMap {
  const body: JsonMap = handler === 'httpGet' ? { path: '/', port } : handler === 'exec' ? { command: [] } : { port };
  const out: Record<string, JsonValue> = { [handler]: body };
  for (const [key, value] of Object.entries(probe))
    if (!(PROBE_HANDLERS as readonly string[]).includes(key)) out[key] = value;
  return out;
}

/** A port as typed: a whole number becomes a number, anything else a port name. */
export function portValue(text: string): number | string {
  const t = text.trim();
  return /^\d+$/.test(t) ? Number(t) : t;
}

/** Where an env var takes its value from. */
export type EnvSource = 'value' | 'secret' | 'configMap' | 'other';

/** The source of an env row: a plain value, a Secret key, a ConfigMap key, or another `valueFrom`. */
export function envSourceOf(row: JsonMap): EnvSource {
  const from = row.valueFrom;
  if (!isMap(from)) return 'value';
  if (isMap(from.secretKeyRef)) return 'secret';
  if (isMap(from.configMapKeyRef)) return 'configMap';
  return 'other';
}

/**
 * An env row with its source changed; the name is kept, and the Secret or ConfigMap name and key
 * carry over between those two.
 */
export function withEnvSource(row: JsonMap, source: EnvSource): JsonMap {
  if (source === envSourceOf(row) || source === 'other') return row;
  const name = row.name ?? '';
  const ref = valueAt(row, ['valueFrom', 'secretKeyRef']) ?? valueAt(row, ['valueFrom', 'configMapKeyRef']);
  const keep = isMap(ref) ? { name: ref.name ?? '', key: ref.key ?? '' } : { name: '', key: '' };
  if (source === 'value') return { name, value: '' };
  return { name, valueFrom: { [source === 'secret' ? 'secretKeyRef' : 'configMapKeyRef']: keep } };
}

// ---------------------------------------------------------------- volumes and other fields

/**
 * The names of the volumes a container of the workload may mount: those Podsmith writes (config
 * files, shared directories, secrets of the templates) and the workload's own (`workload.volumes`),
 * each once, in that order.
 */
export function volumeNamesOf(design: Design, workloadId: string): string[] {
  const workload = design.workloads.find((w) => w.id === workloadId);
  if (!workload) return [];
  const names = new Set<string>();
  for (const b of builtWorkload(design, workload).containers) {
    const c = b.contribution;
    if (c.files?.length) names.add(configVolumeName(b.container));
    for (const d of c.sharedDirs ?? []) names.add(d.name);
    for (const s of c.secrets ?? []) names.add(s.volume);
  }
  for (const v of workload.volumes ?? []) if (typeof v.name === 'string') names.add(v.name);
  return [...names];
}

/** Container fields Podsmith writes or a section of the form edits, which "other fields" may not set: where each belongs. */
export const OWNED_CONTAINER_FIELDS: Readonly<Record<string, string>> = {
  name: 'set it in the Container section',
  image: 'set it in the Container section',
  command: 'the template writes it from its parameters',
  args: 'the template writes it from its parameters',
  ports: 'the template writes it from its parameters',
  resources: 'set it in the Resources section',
  env: 'add variables in the Environment section',
  envFrom: 'add sources in the Environment section',
  volumeMounts: 'add mounts in the Mounts section',
  readinessProbe: 'set it in the Probes section',
  livenessProbe: 'set it in the Probes section',
  startupProbe: 'set it in the Probes section',
  securityContext: 'set it in the Security section',
  imagePullPolicy: 'set it with Image pull policy above',
  workingDir: 'set it with Working directory above',
  lifecycle: 'set the hooks above',
  restartPolicy: 'it is written for native sidecars (a workload setting)',
};

/** YAML text of a map of fields (empty text for none), as the "other fields" box shows it. */
export function fieldsYaml(fields: JsonMap | undefined): string {
  return fields && !isEmptyMap(fields) ? yamlText(fields) : '';
}

/**
 * The map of other container fields a YAML text holds, read as the inspector's YAML fields read
 * (the import loader's limits, no prototype keys, finite numbers), or why it cannot be used: a
 * field Podsmith writes or another section edits is refused with where to set it. Empty text is
 * an empty map.
 *
 * @example parseFieldsYaml('tty: true\n') // { ok: true, value: { tty: true } }
 */
export function parseFieldsYaml(
  text: string,
): { readonly ok: true; readonly value: JsonMap } | { readonly ok: false; readonly error: string } {
  const r = readYamlField(text, 'object', OWNED_CONTAINER_FIELDS);
  if (!r.ok) return r;
  return { ok: true, value: isMap(r.value as JsonValue | undefined) ? (r.value as JsonMap) : {} };
}
