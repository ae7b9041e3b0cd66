/**
 * Rules PS230-PS249: the Kubernetes fields of containers and workloads (`model/kube.ts`), read as
 * the generators write them (the user's fields beside what the templates propose).
 *
 * - PS230-PS233 probes: the effective readiness, liveness and startup probe of each container (the
 *   user's `kube.*Probe`, else the template's; `null` is none) has exactly one handler, an exec
 *   command, a port in 1-65535 that is a number some container of the pod listens on (PS232 warns
 *   otherwise: the kubelet probes the pod's IP) or the name of one of the container's own ports, and
 *   whole-number timing fields in Kubernetes' ranges.
 * - PS234-PS237 mounts: a user mount names a volume of its workload (its `volumes` or one Podsmith
 *   generates); mount paths are absolute and subPaths relative, neither with a `..` segment; no two
 *   mounts of a container share a path. PS237 is defined thus: mount A lies inside mount B when A's
 *   path is below B's directory. That stops the container from starting when (1) B is a config file
 *   (a file holds no directory), (2) A is a config file and B a configMap, secret, downwardAPI or
 *   projected volume (the kubelet makes the mount points inside those volumes as directories, and a
 *   file cannot be mounted on a directory), or (3) B is mounted readOnly and is none of those (the
 *   runtime cannot make A's mount point in a read-only file system). A config file inside a writable
 *   emptyDir's directory is fine.
 * - PS238-PS239 the user's config files: a valid ConfigMap key, unique with the template's files, an
 *   absolute mount path; the container's ConfigMap within Kubernetes' 1 MiB.
 * - PS240 the restricted Pod Security profile (`kube-security.ts`).
 * - PS241-PS243 the user's Service ports: a named targetPort a container port has, a numbered one
 *   some container listens on (warning), ports, names and node ports valid and distinct.
 * - PS244 the workload's own volumes; PS245-PS246 env and envFrom; PS247 imagePullPolicy and
 *   workingDir; PS248 fields Podsmith writes itself (ignored where the user sets them) and a kept
 *   selector that must select the pod's labels; PS249 init
 *   containers.
 *
 * Results are remembered per built workload (immutable: an edit of another workload reuses them).
 */
import type { BuiltContainer, BuiltWorkload } from '../analyze';
import type { Probe } from '../catalog/types';
import type { Diagnostic } from '../contracts/diagnostic';
import { Remembered } from '../contracts/remembered';
import { probeObject } from '../generate/kubernetes/container';
import { configMapName, podLabels } from '../generate/kubernetes/names';
import { mountsFor, volumesOf } from '../generate/kubernetes/workload';
import type { Design, ElementRef, JsonMap } from '../model/design';
import { PROBE_KINDS, type ProbeKind, PULL_POLICIES } from '../model/kube';
import { cleanPath, diag, isBelow, isMap, isWhole, mapAt, own, pathProblem, show, utf8Length } from './kube-read';
import { securityRules } from './kube-security';
import { isDnsLabel } from './names';

const INT32_MAX = 2_147_483_647;
/** Kubernetes' limit on a ConfigMap's keys and values together (`MaxSecretSize`, 1 MiB). */
export const CONFIGMAP_MAX_BYTES = 1_048_576;
/** Volumes the kubelet writes itself and mounts read-only; it makes mount points inside them as directories. */
const ATOMIC_VOLUMES: ReadonlySet<string> = new Set(['configMap', 'secret', 'downwardAPI', 'projected']);
const HANDLERS = ['httpGet', 'tcpSocket', 'exec', 'grpc'] as const;
const PROBE_LABEL: Record<ProbeKind, string> = {
  readinessProbe: 'readiness',
  livenessProbe: 'liveness',
  startupProbe: 'startup',
};
const TIMING: readonly (readonly [string, number])[] = [
  ['initialDelaySeconds', 0],
  ['periodSeconds', 1],
  ['timeoutSeconds', 1],
  ['successThreshold', 1],
  ['failureThreshold', 1],
  ['terminationGracePeriodSeconds', 1],
];
/** Kubernetes' env var name (`IsEnvVarName`). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const CONFIGMAP_KEY = /^[-._a-zA-Z0-9]+$/;
const ENV_SOURCES = ['configMapRef', 'secretRef'] as const;

/** Container fields Podsmith writes (or takes from `kube`'s own fields) and `kube.other` cannot set: where each belongs. */
const CONTAINER_OWN: Readonly<Record<string, string>> = {
  name: "the container's name",
  image: "the container's image",
  command: "the template's parameters",
  args: "the template's parameters",
  ports: "the template's parameters",
  resources: "the container's resources",
  restartPolicy: "the workload's native sidecars switch",
  imagePullPolicy: 'kube.imagePullPolicy',
  workingDir: 'kube.workingDir',
  env: 'kube.env',
  envFrom: 'kube.envFrom',
  volumeMounts: 'kube.volumeMounts',
  readinessProbe: 'kube.readinessProbe',
  livenessProbe: 'kube.livenessProbe',
  startupProbe: 'kube.startupProbe',
  lifecycle: 'kube.lifecycle',
  securityContext: 'kube.securityContext',
};
const POD_OWN: Readonly<Record<string, string>> = {
  containers: "the workload's containers",
  initContainers: "the workload's init containers (initContainers)",
  volumes: "the workload's volumes (volumes)",
};
const SPEC_OWN: Readonly<Record<string, string>> = {
  serviceName: "the workload's name",
  replicas: "the workload's replicas",
  template: "the workload's containers and pod fields",
};

/**
 * What the rules need to know about a pod, each part made on first use: a pod whose containers have
 * no Kubernetes fields of their own and whose templates' probes hold reads none of it.
 */
class Pod {
  #ports?: {
    /** Ports on the pod's address, by number: the container that declares each. */
    readonly onPod: Map<number, string>;
    /** Ports on 127.0.0.1 only, by number. */
    readonly local: Map<number, string>;
    /** Names of the pod-address ports of every container. */
    readonly names: Set<string>;
  };
  #volumes?: Map<string, string>;
  #appProbe?: { readonly probe: Probe | undefined };

  constructor(readonly w: BuiltWorkload) {}

  get ports() {
    if (this.#ports) return this.#ports;
    const onPod = new Map<number, string>();
    const local = new Map<number, string>();
    const names = new Set<string>();
    for (const b of this.w.containers)
      for (const p of b.contribution.ports) {
        if (p.scope === 'pod') {
          if (!onPod.has(p.containerPort)) onPod.set(p.containerPort, b.container.name);
          names.add(p.name);
        } else if (!local.has(p.containerPort)) local.set(p.containerPort, b.container.name);
      }
    this.#ports = { onPod, local, names };
    return this.#ports;
  }

  /** The pod's volumes (generated ones, then the workload's own) by name: each one's source kind. */
  get volumes(): Map<string, string> {
    if (this.#volumes) return this.#volumes;
    const volumes = new Map<string, string>();
    for (const v of volumesOf(this.w)) volumes.set(String(v.name), sourceOf(v as JsonMap) ?? '');
    for (const v of this.w.workload.volumes ?? [])
      if (isMap(v) && typeof v.name === 'string' && !volumes.has(v.name)) volumes.set(v.name, sourceOf(v) ?? '');
    // A StatefulSet gives each pod a claim of each of its volumeClaimTemplates, mounted by the template's name.
    const claims = this.w.workload.kind === 'StatefulSet' ? this.w.workload.spec?.volumeClaimTemplates : undefined;
    if (Array.isArray(claims))
      for (const c of claims) {
        const name = isMap(c) ? mapAt(c, 'metadata')?.name : undefined;
        if (typeof name === 'string' && !volumes.has(name)) volumes.set(name, 'persistentVolumeClaim');
      }
    this.#volumes = volumes;
    return volumes;
  }

  /** The probe a container of the pod offers its apps (the health adapter's). */
  get appProbe(): Probe | undefined {
    if (!this.#appProbe) {
      let probe: Probe | undefined;
      for (const b of this.w.containers) probe ??= b.contribution.appLivenessProbe;
      this.#appProbe = { probe };
    }
    return this.#appProbe.probe;
  }
}

/*
 * Where a diagnostic points, made when one is reported: a function per container or workload that
 * made the reference would be made for every container checked, and nearly none reports.
 */
function containerAt(pod: Pod, b: BuiltContainer, field?: string): ElementRef {
  return {
    kind: 'container',
    workloadId: pod.w.workload.id,
    containerId: b.container.id,
    ...(field === undefined ? {} : { field }),
  };
}

function workloadAt(pod: Pod, field: string): ElementRef {
  return { kind: 'workload', workloadId: pod.w.workload.id, field };
}

/** The source kind of a volume object: its one key other than `name`. */
function sourceOf(v: JsonMap): string | undefined {
  for (const k in v) if (Object.hasOwn(v, k) && k !== 'name') return k;
  return undefined;
}

const listOf = (values: Iterable<number | string>): string => [...values].join(', ') || 'none';

// ---------------------------------------------------------------------------------------------
// Probes (PS230-PS233)

function templateProbe(pod: Pod, b: BuiltContainer, kind: ProbeKind): Probe | undefined {
  const c = b.contribution;
  if (kind === 'readinessProbe') return c.readinessProbe;
  if (kind === 'livenessProbe') return c.livenessProbe ?? (b.template.role === 'app' ? pod.appProbe : undefined);
  return pod.w.workload.nativeSidecars && b.template.role !== 'app' ? c.startupProbe : undefined;
}

function probePort(
  pod: Pod,
  b: BuiltContainer,
  port: unknown,
  allowName: boolean,
  label: string,
  at: ElementRef,
  out: Diagnostic[],
): void {
  const name = b.container.name;
  const own = b.contribution.ports.filter((p) => p.scope === 'pod');
  if (typeof port === 'string' && allowName) {
    if (!own.some((p) => p.name === port))
      out.push(
        diag(
          'PS231',
          at,
          `${label} uses the port name "${port}", which none of ${name}'s ports has.`,
          own.length
            ? `Use one of its port names (${listOf(own.map((p) => p.name))}) or a port number.`
            : `${name} declares no port: use a port number.`,
        ),
      );
    return;
  }
  if (!isWhole(port, 1, 65535)) {
    out.push(
      diag(
        'PS231',
        at,
        port === undefined || port === null
          ? `${label} has no port.`
          : `${label} uses port ${show(port)}, which is not a port number from 1 to 65535.`,
        allowName
          ? `Use the number (1-65535) or the name of a port ${name} listens on.`
          : 'A gRPC probe takes a port number from 1 to 65535.',
      ),
    );
    return;
  }
  if (pod.ports.onPod.has(port)) return;
  const local = pod.ports.local.get(port);
  out.push(
    diag(
      'PS232',
      at,
      local === undefined
        ? `${label} uses port ${port}, where no container of ${pod.w.workload.name} listens.`
        : `${label} uses port ${port}, where ${local} listens on 127.0.0.1 only; the kubelet probes the pod's address.`,
      `Probe a port the pod listens on (${listOf(pod.ports.onPod.keys())}), or make the container listen on ${port}.`,
    ),
  );
}

function checkProbe(
  pod: Pod,
  b: BuiltContainer,
  kind: ProbeKind,
  p: JsonMap,
  fromTemplate: boolean,
  out: Diagnostic[],
): void {
  const field = `kube.${kind}`;
  const label = `${fromTemplate ? "The template's" : 'The'} ${PROBE_LABEL[kind]} probe of ${b.container.name}`;
  const handlers = HANDLERS.filter((h) => {
    const v = own(p, h);
    return v !== undefined && v !== null;
  });
  const [handler] = handlers;
  if (handler === undefined || handlers.length > 1)
    out.push(
      diag(
        'PS230',
        containerAt(pod, b, field),
        handler === undefined
          ? `${label} has no handler.`
          : `${label} has ${handlers.length} handlers (${handlers.join(', ')}); a probe has exactly one.`,
        'Keep exactly one of httpGet, tcpSocket, exec and grpc.',
      ),
    );
  else {
    const body = own(p, handler);
    if (!isMap(body))
      out.push(
        diag(
          'PS230',
          containerAt(pod, b, `${field}.${handler}`),
          `${label}: ${handler} is ${show(body)}, not an object.`,
          `Write ${handler} as an object, e.g. ${handler === 'exec' ? '{command: [cat, /tmp/ready]}' : '{port: 8080}'}.`,
        ),
      );
    else if (handler === 'exec') {
      const command = own(body, 'command');
      if (!Array.isArray(command) || command.length === 0 || command.some((x) => typeof x !== 'string') || !command[0])
        out.push(
          diag(
            'PS230',
            containerAt(pod, b, `${field}.exec.command`),
            `${label} runs no command (exec.command is ${Array.isArray(command) && command.length === 0 ? 'empty' : show(command)}).`,
            'Give the command as a list of strings, e.g. [cat, /tmp/ready]; the probe passes when it exits 0.',
          ),
        );
    } else
      probePort(
        pod,
        b,
        own(body, 'port'),
        handler !== 'grpc',
        label,
        containerAt(pod, b, `${field}.${handler}.port`),
        out,
      );
  }
  for (const [key, min] of TIMING) {
    const v = own(p, key);
    if (v === undefined || v === null) continue;
    if (!isWhole(v, min, INT32_MAX))
      out.push(
        diag(
          'PS233',
          containerAt(pod, b, `${field}.${key}`),
          `${label}: ${key} ${show(v)} is not a whole number of at least ${min}.`,
          `Set ${key} to a whole number from ${min}.`,
        ),
      );
    else if (key === 'successThreshold' && v !== 1 && kind !== 'readinessProbe')
      out.push(
        diag(
          'PS233',
          containerAt(pod, b, `${field}.${key}`),
          `${label}: successThreshold is ${v}; a ${PROBE_LABEL[kind]} probe takes 1.`,
          'Set successThreshold to 1 or remove it.',
        ),
      );
    else if (key === 'terminationGracePeriodSeconds' && kind === 'readinessProbe')
      out.push(
        diag(
          'PS233',
          containerAt(pod, b, `${field}.${key}`),
          `${label}: a readiness probe has no terminationGracePeriodSeconds.`,
          'Remove it (it belongs to liveness and startup probes).',
        ),
      );
  }
}

/** A container's probe of one kind as the generator writes it: the user's, else the template's; `null` is none. */
function effectiveProbe(
  pod: Pod,
  b: BuiltContainer,
  kind: ProbeKind,
): { readonly probe: JsonMap; readonly fromTemplate: boolean } | undefined {
  const user = b.container.kube?.[kind];
  if (user === null) return undefined;
  if (user !== undefined) return isMap(user) ? { probe: user, fromTemplate: false } : undefined;
  const t = templateProbe(pod, b, kind);
  return t ? { probe: probeObject(t) as JsonMap, fromTemplate: true } : undefined;
}

/** The probes of a container by kind, as the rules read them (for tests that hold them against the generator). */
export function effectiveProbes(w: BuiltWorkload, b: BuiltContainer): Partial<Record<ProbeKind, JsonMap>> {
  const pod = new Pod(w);
  const out: Partial<Record<ProbeKind, JsonMap>> = {};
  for (const kind of PROBE_KINDS) {
    const p = effectiveProbe(pod, b, kind);
    if (p) out[kind] = p.probe;
  }
  return out;
}

/** True when a template's probe passes every probe rule (checked on its typed form: most do, and cost no JSON). */
function templateProbeHolds(pod: Pod, p: Probe): boolean {
  if (p.kind === 'exec') {
    if (!p.command?.length || !p.command[0]) return false;
  } else {
    const port = p.port ?? 80;
    if (!isWhole(port, 1, 65535) || !pod.ports.onPod.has(port)) return false;
  }
  return (
    (p.initialDelaySeconds === undefined || isWhole(p.initialDelaySeconds, 0, INT32_MAX)) &&
    (p.periodSeconds === undefined || isWhole(p.periodSeconds, 1, INT32_MAX)) &&
    (p.failureThreshold === undefined || isWhole(p.failureThreshold, 1, INT32_MAX))
  );
}

function probeRules(pod: Pod, b: BuiltContainer, out: Diagnostic[]): void {
  for (const kind of PROBE_KINDS) {
    const user = b.container.kube?.[kind];
    if (user === undefined) {
      const t = templateProbe(pod, b, kind);
      if (t && !templateProbeHolds(pod, t)) checkProbe(pod, b, kind, probeObject(t) as JsonMap, true, out);
    } else if (isMap(user)) checkProbe(pod, b, kind, user, false, out);
  }
}

// ---------------------------------------------------------------------------------------------
// Mounts and files (PS234-PS239)

interface Mount {
  readonly path: string;
  readonly volume: string;
  readonly readOnly: boolean;
  /** A config file mounted with subPath (the template's or the user's). */
  readonly file: boolean;
  /** Where the user sets it; undefined for the template's own mounts. */
  readonly field: string | undefined;
  readonly what: string;
}

function mountsOf(pod: Pod, b: BuiltContainer, out: Diagnostic[]): Mount[] {
  const files = b.contribution.files?.length ?? 0;
  const templateFiles = Math.max(0, files - (b.container.files?.length ?? 0));
  const mounts: Mount[] = [];
  for (const [i, m] of mountsFor(pod.w, b).entries()) {
    if (pathProblem(m.mountPath, true)) continue; // PS238 reports a user file's path
    const file = i < files;
    mounts.push({
      path: cleanPath(m.mountPath),
      volume: m.name,
      readOnly: m.readOnly === true,
      file,
      field: file && i >= templateFiles ? `files[${i - templateFiles}].mountPath` : undefined,
      what: file ? `config file "${m.subPath}"` : `volume "${m.name}"`,
    });
  }
  for (const [i, m] of (b.container.kube?.volumeMounts ?? []).entries()) {
    const f = `kube.volumeMounts[${i}]`;
    if (!isMap(m)) continue;
    const volume = own(m, 'name');
    if (typeof volume !== 'string' || !pod.volumes.has(volume))
      out.push(
        diag(
          'PS234',
          containerAt(pod, b, `${f}.name`),
          typeof volume === 'string'
            ? `${b.container.name} mounts the volume "${volume}", which ${pod.w.workload.name} does not have.`
            : `A mount of ${b.container.name} names no volume.`,
          `Name one of the workload's volumes (${listOf(pod.volumes.keys())}), or add the volume to the workload.`,
        ),
      );
    const path = own(m, 'mountPath');
    const pathBad = pathProblem(path, true);
    if (pathBad)
      out.push(
        diag(
          'PS235',
          containerAt(pod, b, `${f}.mountPath`),
          `The mount path of ${b.container.name}'s mount of ${show(volume)} ${pathBad}.`,
          'Write an absolute path without ".." segments, e.g. /var/lib/data.',
        ),
      );
    const subPath = own(m, 'subPath');
    const subBad =
      subPath === undefined || subPath === null || subPath === '' ? undefined : pathProblem(subPath, false);
    if (subBad)
      out.push(
        diag(
          'PS235',
          containerAt(pod, b, `${f}.subPath`),
          `The subPath of ${b.container.name}'s mount of ${show(volume)} ${subBad}.`,
          'Write a path inside the volume without a leading "/" or ".." segments, e.g. conf/app.yaml.',
        ),
      );
    if (pathBad || typeof path !== 'string') continue;
    mounts.push({
      path: cleanPath(path),
      volume: typeof volume === 'string' ? volume : '',
      readOnly: own(m, 'readOnly') === true,
      file: false,
      field: `${f}.mountPath`,
      what: `volume ${show(volume)}`,
    });
  }
  return mounts;
}

/** At least how many mounts the generator gives a container of its template's (shared directories counted once per container). */
function templateMounts(pod: Pod, b: BuiltContainer): number {
  const c = b.contribution;
  let n = (c.files?.length ?? 0) + (c.sharedDirs?.length ?? 0) + (c.secrets?.length ?? 0);
  if (b.template.role === 'app')
    for (const o of pod.w.containers) if (o !== b) n += o.contribution.sharedDirs?.length ?? 0;
  return n;
}

function mountRules(pod: Pod, b: BuiltContainer, out: Diagnostic[]): void {
  if (!b.container.kube?.volumeMounts?.length && templateMounts(pod, b) < 2) return;
  const mounts = mountsOf(pod, b, out);
  if (mounts.length < 2) return;
  const name = b.container.name;
  const first = new Map<string, Mount>();
  for (const m of mounts) {
    const seen = first.get(m.path);
    if (!seen) {
      first.set(m.path, m);
      continue;
    }
    out.push(
      diag(
        'PS236',
        containerAt(pod, b, m.field ?? seen.field),
        `${name} mounts ${seen.what} and ${m.what} both at ${m.path}.`,
        'Mount one of them at another path: a path holds one mount.',
      ),
    );
  }
  for (const inner of mounts)
    for (const outer of mounts) {
      if (inner === outer || !isBelow(inner.path, outer.path)) continue;
      const kind = pod.volumes.get(outer.volume) ?? '';
      const ref = containerAt(pod, b, inner.field ?? outer.field);
      const fix = `Mount ${inner.what} outside ${outer.path}.`;
      if (outer.file)
        out.push(
          diag(
            'PS237',
            ref,
            `${name} mounts ${inner.what} at ${inner.path}, inside ${outer.path}, where ${outer.what} is a single file: the container cannot start.`,
            fix,
          ),
        );
      else if (inner.file && ATOMIC_VOLUMES.has(kind))
        out.push(
          diag(
            'PS237',
            ref,
            `${name} mounts ${inner.what} at ${inner.path}, inside the ${kind} ${outer.what} at ${outer.path}: the kubelet makes that mount point a directory, so the file cannot be mounted and the container cannot start.`,
            `${fix} Or put the file into the ${kind} itself.`,
          ),
        );
      else if (outer.readOnly && !ATOMIC_VOLUMES.has(kind))
        out.push(
          diag(
            'PS237',
            ref,
            `${name} mounts ${inner.what} at ${inner.path}, inside ${outer.what}, which is mounted read-only at ${outer.path}: the mount point cannot be made there, so the container cannot start.`,
            `${fix} Or mount ${outer.what} writable.`,
          ),
        );
    }
}

/** Kubernetes' ConfigMap key (`IsConfigMapKey`). */
function isConfigMapKey(s: string): boolean {
  return s.length <= 253 && CONFIGMAP_KEY.test(s) && s !== '.' && !s.startsWith('..');
}

function fileRules(pod: Pod, b: BuiltContainer, out: Diagnostic[]): void {
  const all = b.contribution.files ?? [];
  const user = b.container.files ?? [];
  const name = b.container.name;
  if (user.length) {
    const templateFiles = Math.max(0, all.length - user.length);
    const names = new Set<string>();
    for (let i = 0; i < templateFiles; i++) names.add(all[i]?.name ?? '');
    for (const [j, f] of user.entries()) {
      const fileName: unknown = f.name;
      if (typeof fileName !== 'string' || !isConfigMapKey(fileName))
        out.push(
          diag(
            'PS238',
            containerAt(pod, b, `files[${j}].name`),
            `Config file name ${show(fileName)} of ${name} is not a valid ConfigMap key.`,
            'Use at most 253 letters, digits, "-", "_" and ".", not starting with "..", e.g. app.yaml.',
          ),
        );
      else if (names.has(fileName))
        out.push(
          diag(
            'PS238',
            containerAt(pod, b, `files[${j}].name`),
            `${name} has two config files named "${fileName}"${j < 1 || !user.slice(0, j).some((u) => u.name === fileName) ? ` (the template writes one)` : ''}; the ConfigMap holds one.`,
            'Give the file another name.',
          ),
        );
      if (typeof fileName === 'string') names.add(fileName);
      const bad = pathProblem(f.mountPath, true);
      if (bad)
        out.push(
          diag(
            'PS238',
            containerAt(pod, b, `files[${j}].mountPath`),
            `The mount path of config file ${show(fileName)} of ${name} ${bad}.`,
            'Write the absolute path the program reads the file from, e.g. /etc/app/app.yaml.',
          ),
        );
    }
  }
  if (!all.length) return;
  let chars = 0;
  for (const f of all) chars += f.name.length + f.content.length;
  if (chars * 3 <= CONFIGMAP_MAX_BYTES) return;
  let bytes = 0;
  for (const f of all) bytes += utf8Length(f.name) + utf8Length(f.content);
  if (bytes > CONFIGMAP_MAX_BYTES)
    out.push(
      diag(
        'PS239',
        containerAt(pod, b, user.length ? 'files' : undefined),
        `The ConfigMap ${configMapName(pod.w.workload, b.container)} holds ${bytes.toLocaleString('en')} bytes of files; Kubernetes stores at most ${CONFIGMAP_MAX_BYTES.toLocaleString('en')} (1 MiB).`,
        'Make the config files smaller, or keep large data in a volume (a persistentVolumeClaim) instead.',
      ),
    );
}

// ---------------------------------------------------------------------------------------------
// Env, pull policy, working directory, fields Podsmith writes (PS245-PS248)

function envRules(pod: Pod, b: BuiltContainer, out: Diagnostic[]): void {
  const k = b.container.kube;
  if (!k) return;
  const name = b.container.name;
  if (k.env?.length) {
    const template = new Set((b.contribution.env ?? []).map((e) => e.name));
    const seen = new Set<string>();
    for (const [i, e] of k.env.entries()) {
      const f = `kube.env[${i}]`;
      if (!isMap(e)) continue;
      const n = own(e, 'name');
      if (typeof n !== 'string' || !ENV_NAME.test(n))
        out.push(
          diag(
            'PS245',
            containerAt(pod, b, `${f}.name`),
            n === undefined
              ? `Variable ${i + 1} of ${name} has no name.`
              : `Variable name ${show(n)} of ${name} is not a valid name.`,
            'Use letters, digits, "_", "-" and ".", not starting with a digit, e.g. LOG_LEVEL.',
          ),
        );
      const label = typeof n === 'string' ? n : `variable ${i + 1}`;
      const from = own(e, 'valueFrom');
      const value = own(e, 'value');
      if (from !== undefined && from !== null) {
        const sources = isMap(from) ? Object.keys(from) : [];
        if (value !== undefined && value !== null && value !== '')
          out.push(
            diag(
              'PS245',
              containerAt(pod, b, `${f}.valueFrom`),
              `${label} of ${name} has both a value and a valueFrom.`,
              'Keep one of them.',
            ),
          );
        else if (sources.length !== 1)
          out.push(
            diag(
              'PS245',
              containerAt(pod, b, `${f}.valueFrom`),
              `The valueFrom of ${label} of ${name} has ${sources.length ? `${sources.length} sources (${sources.join(', ')})` : 'no source'}; it takes exactly one.`,
              'Keep one of secretKeyRef, configMapKeyRef, fieldRef and resourceFieldRef.',
            ),
          );
      }
      if (typeof n !== 'string') continue;
      if (template.has(n) || seen.has(n))
        out.push(
          diag(
            'PS246',
            containerAt(pod, b, `${f}.name`),
            `${name} sets ${n} twice${template.has(n) ? ' (its template sets it too)' : ''}; the later one wins.`,
            'Remove one of them, or change the template parameter instead.',
          ),
        );
      seen.add(n);
    }
  }
  for (const [i, e] of (k.envFrom ?? []).entries()) {
    if (!isMap(e)) continue;
    const sources = ENV_SOURCES.filter((s) => own(e, s) !== undefined && own(e, s) !== null);
    if (sources.length !== 1)
      out.push(
        diag(
          'PS245',
          containerAt(pod, b, `kube.envFrom[${i}]`),
          `envFrom source ${i + 1} of ${name} has ${sources.length ? 'both configMapRef and secretRef' : 'neither configMapRef nor secretRef'}.`,
          'Give it exactly one of configMapRef and secretRef.',
        ),
      );
  }
}

function containerFieldRules(pod: Pod, b: BuiltContainer, out: Diagnostic[]): void {
  const k = b.container.kube;
  if (!k) return;
  const name = b.container.name;
  const policy: unknown = k.imagePullPolicy;
  if (policy !== undefined && !(PULL_POLICIES as readonly unknown[]).includes(policy))
    out.push(
      diag(
        'PS247',
        containerAt(pod, b, 'kube.imagePullPolicy'),
        `Image pull policy ${show(policy)} of ${name} is not one Kubernetes knows.`,
        'Use Always, IfNotPresent or Never.',
      ),
    );
  if (k.workingDir !== undefined) {
    const bad = pathProblem(k.workingDir, true);
    if (bad)
      out.push(
        diag(
          'PS247',
          containerAt(pod, b, 'kube.workingDir'),
          `The working directory of ${name} ${bad}.`,
          'Write an absolute path, e.g. /app.',
        ),
      );
  }
  if (k.other)
    for (const key in k.other)
      if (Object.hasOwn(k.other, key) && Object.hasOwn(CONTAINER_OWN, key))
        out.push(
          diag(
            'PS248',
            containerAt(pod, b, `kube.other.${key}`),
            `${name} sets ${key} among its other fields, which Podsmith writes itself and ignores here.`,
            `Remove it and use ${CONTAINER_OWN[key]}.`,
          ),
        );
}

function containerRules(pod: Pod, b: BuiltContainer, out: Diagnostic[]): void {
  probeRules(pod, b, out);
  mountRules(pod, b, out);
  fileRules(pod, b, out);
  envRules(pod, b, out);
  containerFieldRules(pod, b, out);
}

// ---------------------------------------------------------------------------------------------
// The workload: Service ports, volumes, init containers, fields Podsmith writes (PS241-PS249)

function servicePortRules(pod: Pod, out: Diagnostic[]): void {
  const wl = pod.w.workload;
  const ports = wl.service?.ports;
  if (!ports?.length) return;
  const type = wl.service?.type ?? (wl.kind === 'StatefulSet' ? 'Headless' : 'ClusterIP');
  const numbers = new Set<string>();
  const names = new Set<string>();
  const nodePorts = new Set<number>();
  for (const [i, p] of ports.entries()) {
    const f = `service.ports[${i}]`;
    if (!isMap(p)) continue;
    const port = own(p, 'port');
    const name = own(p, 'name');
    const protocol = own(p, 'protocol') ?? 'TCP';
    const label = `Service port ${typeof name === 'string' && name ? `"${name}"` : i + 1} of ${wl.name}`;
    if (!isWhole(port, 1, 65535))
      out.push(
        diag(
          'PS243',
          workloadAt(pod, `${f}.port`),
          `${label} has port ${show(port)}, not a number from 1 to 65535.`,
          'Set port to the number clients connect to (1-65535).',
        ),
      );
    else if (numbers.has(`${port}/${String(protocol)}`))
      out.push(
        diag(
          'PS243',
          workloadAt(pod, `${f}.port`),
          `${wl.name}'s Service lists port ${port} twice.`,
          'Give each port its own number.',
        ),
      );
    else numbers.add(`${port}/${String(protocol)}`);
    if (typeof name === 'string' && name !== '') {
      if (!isDnsLabel(name))
        out.push(
          diag(
            'PS243',
            workloadAt(pod, `${f}.name`),
            `${label}: the name is not a DNS-1123 label.`,
            'Use lowercase letters, digits and "-", e.g. http.',
          ),
        );
      else if (names.has(name))
        out.push(
          diag(
            'PS243',
            workloadAt(pod, `${f}.name`),
            `${wl.name}'s Service has two ports named "${name}".`,
            'Give each port its own name.',
          ),
        );
      names.add(name);
    } else if (ports.length > 1)
      out.push(
        diag(
          'PS243',
          workloadAt(pod, `${f}.name`),
          `${label} has no name; a Service with several ports names each.`,
          'Name the port, e.g. http or metrics.',
        ),
      );
    const nodePort = own(p, 'nodePort');
    if (nodePort !== undefined && nodePort !== null) {
      if (type !== 'NodePort' && type !== 'LoadBalancer')
        out.push(
          diag(
            'PS243',
            workloadAt(pod, `${f}.nodePort`),
            `${label} has a node port, but the Service is ${type === 'Headless' ? 'headless' : 'of type ClusterIP'}.`,
            'Remove the node port, or make the Service a NodePort or LoadBalancer.',
          ),
        );
      else if (!isWhole(nodePort, 30000, 32767))
        out.push(
          diag(
            'PS243',
            workloadAt(pod, `${f}.nodePort`),
            `${label} has node port ${show(nodePort)}, outside 30000-32767.`,
            "Use a node port from 30000 to 32767 (the cluster's default range), or leave it out to get one.",
          ),
        );
      else if (nodePorts.has(nodePort))
        out.push(
          diag(
            'PS243',
            workloadAt(pod, `${f}.nodePort`),
            `${wl.name}'s Service uses node port ${nodePort} twice.`,
            'Give each port its own node port.',
          ),
        );
      else nodePorts.add(nodePort);
    }
    const target = own(p, 'targetPort') ?? port;
    if (typeof target === 'string') {
      if (!pod.ports.names.has(target))
        out.push(
          diag(
            'PS241',
            workloadAt(pod, `${f}.targetPort`),
            `${label} targets the port name "${target}", which no container of ${wl.name} has.`,
            `Use one of the pod's port names (${listOf(pod.ports.names)}) or a port number.`,
          ),
        );
    } else if (own(p, 'targetPort') !== undefined && !isWhole(target, 1, 65535))
      out.push(
        diag(
          'PS243',
          workloadAt(pod, `${f}.targetPort`),
          `${label} targets port ${show(target)}, not a number from 1 to 65535.`,
          'Set targetPort to a container port number or name.',
        ),
      );
    else if (isWhole(target, 1, 65535) && !pod.ports.onPod.has(target)) {
      const local = pod.ports.local.get(target);
      out.push(
        diag(
          'PS242',
          workloadAt(pod, `${f}.targetPort`),
          local === undefined
            ? `${label} targets port ${target}, where no container of ${wl.name} listens.`
            : `${label} targets port ${target}, where ${local} listens on 127.0.0.1 only.`,
          `Target a port the pod listens on (${listOf(pod.ports.onPod.keys())}).`,
        ),
      );
    }
  }
}

function volumeRules(pod: Pod, out: Diagnostic[]): void {
  const wl = pod.w.workload;
  if (!wl.volumes?.length) return;
  const generated = new Set<string>();
  for (const v of volumesOf(pod.w)) generated.add(String(v.name));
  const seen = new Set<string>();
  for (const [i, v] of wl.volumes.entries()) {
    const ref = workloadAt(pod, `volumes[${i}]`);
    if (!isMap(v)) continue;
    const name = own(v, 'name');
    if (typeof name !== 'string' || !isDnsLabel(name))
      out.push(
        diag(
          'PS244',
          workloadAt(pod, `volumes[${i}].name`),
          `Volume name ${show(name)} of ${wl.name} is not a DNS-1123 label.`,
          'Use lowercase letters, digits and "-" (at most 63), e.g. data.',
        ),
      );
    else if (generated.has(name))
      out.push(
        diag(
          'PS244',
          workloadAt(pod, `volumes[${i}].name`),
          `Volume "${name}" of ${wl.name} has the name of a volume Podsmith generates for its containers.`,
          'Give the volume another name.',
        ),
      );
    else if (seen.has(name))
      out.push(
        diag(
          'PS244',
          workloadAt(pod, `volumes[${i}].name`),
          `${wl.name} has two volumes named "${name}".`,
          'Rename one.',
        ),
      );
    if (typeof name === 'string') seen.add(name);
    const sources = Object.keys(v).filter((k) => k !== 'name');
    if (sources.length !== 1)
      out.push(
        diag(
          'PS244',
          ref,
          `Volume ${show(name)} of ${wl.name} has ${sources.length ? `${sources.length} sources (${sources.join(', ')})` : 'no source'}; a volume has exactly one.`,
          'Keep one source, e.g. emptyDir: {} or persistentVolumeClaim: {claimName: data}.',
        ),
      );
  }
}

function initContainerRules(pod: Pod, out: Diagnostic[]): void {
  const wl = pod.w.workload;
  if (!wl.initContainers?.length) return;
  const names = new Set(wl.containers.map((c) => c.name));
  for (const [i, ic] of wl.initContainers.entries()) {
    if (!isMap(ic)) continue;
    const name = own(ic, 'name');
    if (typeof name !== 'string' || !isDnsLabel(name))
      out.push(
        diag(
          'PS249',
          workloadAt(pod, `initContainers[${i}].name`),
          `Init container ${i + 1} of ${wl.name} has the name ${show(name)}, not a DNS-1123 label.`,
          'Use lowercase letters, digits and "-" (at most 63), e.g. migrate.',
        ),
      );
    else if (names.has(name))
      out.push(
        diag(
          'PS249',
          workloadAt(pod, `initContainers[${i}].name`),
          `Init container "${name}" of ${wl.name} has the name of another container of the pod.`,
          'Give every container of a pod its own name.',
        ),
      );
    if (typeof name === 'string') names.add(name);
    const image = own(ic, 'image');
    if (typeof image !== 'string' || image.trim() === '')
      out.push(
        diag(
          'PS249',
          workloadAt(pod, `initContainers[${i}].image`),
          `Init container ${typeof name === 'string' ? `"${name}"` : i + 1} of ${wl.name} has no image.`,
          'Set the image it runs, e.g. busybox:1.36.',
        ),
      );
  }
}

/**
 * A selector kept from an import (`spec.selector`, which cannot change once the workload exists)
 * must select the pod's labels, or Kubernetes refuses the workload.
 */
function selectorRules(design: Design, pod: Pod, out: Diagnostic[]): void {
  const wl = pod.w.workload;
  const match = mapAt(mapAt(wl.spec, 'selector'), 'matchLabels');
  if (!match) return;
  const labels = podLabels(design, wl);
  const missing = Object.keys(match).filter((k) => !Object.hasOwn(labels, k) || labels[k] !== match[k]);
  if (missing.length)
    out.push(
      diag(
        'PS248',
        workloadAt(pod, 'spec.selector'),
        `The selector of ${wl.name} asks for ${missing.map((k) => `${k}=${show(match[k])}`).join(', ')}, which its pods' labels do not have; Kubernetes refuses the workload.`,
        `Add ${missing.length > 1 ? 'these labels' : 'this label'} to the workload's labels (the selector of a running workload cannot change).`,
      ),
    );
}

function ownedFieldRules(pod: Pod, out: Diagnostic[]): void {
  const wl = pod.w.workload;
  for (const [fields, owned, prefix] of [
    [wl.pod, POD_OWN, 'pod'],
    [wl.spec, SPEC_OWN, 'spec'],
  ] as const) {
    if (!fields) continue;
    for (const key in fields)
      if (Object.hasOwn(fields, key) && Object.hasOwn(owned, key))
        out.push(
          diag(
            'PS248',
            workloadAt(pod, `${prefix}.${key}`),
            `${wl.name} sets ${prefix}.${key}, which Podsmith writes itself and ignores here.`,
            `Remove it and use ${owned[key]}.`,
          ),
        );
  }
}

function workloadRules(design: Design, w: BuiltWorkload, out: Diagnostic[]): void {
  const pod = new Pod(w);
  for (const b of w.containers) containerRules(pod, b, out);
  securityRules(w, out);
  servicePortRules(pod, out);
  volumeRules(pod, out);
  initContainerRules(pod, out);
  ownedFieldRules(pod, out);
  selectorRules(design, pod, out);
}

const NONE: readonly Diagnostic[] = [];
const memo = new Remembered<BuiltWorkload, readonly Diagnostic[]>('kube diagnostics');

/**
 * Every PS230-PS249 diagnostic of one built workload, remembered while the built workload is the
 * same (it stands for the design's name too, which the pods' labels hold: a rename rebuilds it).
 */
export function kubeRules(design: Design, w: BuiltWorkload): readonly Diagnostic[] {
  const hit = memo.get(w);
  if (hit) return hit;
  const out: Diagnostic[] = [];
  workloadRules(design, w, out);
  return memo.set(w, out.length ? out : NONE);
}
