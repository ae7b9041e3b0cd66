/**
 * One workload of the input as the recognisers see it: its pod spec, its containers with their
 * command lines and environment, its volumes, and the ConfigMap files each container can read at
 * which path (mounted with `subPath`, or a whole ConfigMap mounted as a directory).
 */
import type { WorkloadKind } from '../model/design';
import { at, type InputObject, isObj, list, type Obj, obj, str, strMap } from './objects';

/** An environment variable as written: a value, a Secret key, or something else (kept as is). */
export type EnvSource =
  | { readonly kind: 'value'; readonly value: string }
  | { readonly kind: 'secret'; readonly name: string; readonly key: string }
  | { readonly kind: 'other'; readonly raw: unknown };

export interface ContainerSource {
  readonly value: Obj;
  readonly name: string;
  readonly image: string;
  /** Listed under `initContainers`. */
  readonly init: boolean;
  /** An init container with `restartPolicy: Always` (a native sidecar). */
  readonly native: boolean;
  /** Path of the container in its object, e.g. `spec.template.spec.containers[1]`. */
  readonly path: string;
  /** Command and args as text (a number is written as its digits). */
  readonly command: readonly string[];
  readonly args: readonly string[];
  readonly env: readonly { readonly name: string; readonly source: EnvSource }[];
}

export interface Mount {
  readonly volume: string;
  readonly mountPath: string;
  readonly subPath?: string;
  readonly readOnly: boolean;
}

/** A ConfigMap key a container sees as a file. */
export interface MountedFile {
  readonly path: string;
  readonly content: string;
  readonly configMap: string;
  readonly key: string;
  readonly volume: string;
}

export interface PodSource {
  readonly object: InputObject;
  readonly kind: WorkloadKind;
  /** Path of the pod spec in the object: `spec.template.spec` or `spec`. */
  readonly specPath: string;
  readonly spec: Obj;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly containers: readonly ContainerSource[];
  readonly volumes: ReadonlyMap<string, Obj>;
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

function words(v: unknown): string[] {
  return list(v)
    .map(text)
    .filter((x): x is string => x !== undefined);
}

function envOf(v: unknown): ContainerSource['env'] {
  const out: { name: string; source: EnvSource }[] = [];
  for (const e of list(v)) {
    const name = str(at(e, 'name'));
    if (!name) continue;
    const ref = obj(at(e, 'valueFrom', 'secretKeyRef'));
    const secret = ref && str(ref.name) && str(ref.key) && Object.keys(ref).every((k) => k === 'name' || k === 'key');
    if (isObj(e) && e.valueFrom !== undefined)
      out.push({
        name,
        source: secret ? { kind: 'secret', name: String(ref.name), key: String(ref.key) } : { kind: 'other', raw: e },
      });
    else out.push({ name, source: { kind: 'value', value: text(at(e, 'value')) ?? '' } });
  }
  return out;
}

function containersOf(spec: Obj, specPath: string): ContainerSource[] {
  const read = (key: 'initContainers' | 'containers') =>
    list(spec[key]).flatMap((c, i): ContainerSource[] => {
      if (!isObj(c)) return [];
      const init = key === 'initContainers';
      return [
        {
          value: c,
          name: str(c.name) ?? '',
          image: str(c.image) ?? '',
          init,
          native: init && c.restartPolicy === 'Always',
          path: `${specPath}.${key}[${i}]`,
          command: words(c.command),
          args: words(c.args),
          env: envOf(c.env),
        },
      ];
    });
  return [...read('initContainers'), ...read('containers')];
}

const POD_KINDS: Readonly<Record<string, WorkloadKind>> = {
  Pod: 'Pod',
  Deployment: 'Deployment',
  StatefulSet: 'StatefulSet',
};

/** The pod of a Pod, Deployment or StatefulSet object; undefined for any other object. */
export function podSource(object: InputObject): PodSource | undefined {
  const kind = Object.hasOwn(POD_KINDS, object.kind) ? POD_KINDS[object.kind] : undefined;
  if (!kind) return undefined;
  const isPod = kind === 'Pod';
  const spec = obj(isPod ? at(object.value, 'spec') : at(object.value, 'spec', 'template', 'spec')) ?? {};
  const specPath = isPod ? 'spec' : 'spec.template.spec';
  const meta = isPod ? at(object.value, 'metadata') : at(object.value, 'spec', 'template', 'metadata');
  const volumes = new Map<string, Obj>();
  for (const v of list(spec.volumes)) {
    const name = str(at(v, 'name'));
    if (name && isObj(v)) volumes.set(name, v);
  }
  return {
    object,
    kind,
    specPath,
    spec,
    labels: strMap(at(meta, 'labels')),
    annotations: strMap(at(meta, 'annotations')),
    containers: containersOf(spec, specPath),
    volumes,
  };
}

/** The volume mounts of a container. */
export function mountsOf(c: ContainerSource): Mount[] {
  return list(c.value.volumeMounts).flatMap((m): Mount[] => {
    const volume = str(at(m, 'name'));
    const mountPath = str(at(m, 'mountPath'));
    if (!volume || !mountPath) return [];
    const subPath = str(at(m, 'subPath'));
    return [{ volume, mountPath, ...(subPath ? { subPath } : {}), readOnly: at(m, 'readOnly') === true }];
  });
}

/** Keys of a ConfigMap volume and the file name each is given (`items`, or every key under its own name). */
function volumeFiles(volume: Obj, data: Readonly<Record<string, string>>): [string, string][] {
  const items = list(at(volume, 'configMap', 'items'));
  if (items.length)
    return items.flatMap((it): [string, string][] => {
      const key = str(at(it, 'key'));
      const path = str(at(it, 'path'));
      return key && path ? [[key, path]] : [];
    });
  return Object.keys(data).map((k) => [k, k]);
}

const join = (dir: string, file: string) => `${dir.replace(/\/+$/, '')}/${file}`;

/**
 * Every ConfigMap file a container can read, with its path; `configMaps` holds the input's
 * ConfigMaps by name.
 */
export function filesOf(
  pod: PodSource,
  c: ContainerSource,
  configMaps: ReadonlyMap<string, InputObject>,
): MountedFile[] {
  const out: MountedFile[] = [];
  for (const m of mountsOf(c)) {
    const volume = pod.volumes.get(m.volume);
    const cmName = str(at(volume, 'configMap', 'name'));
    const cm = cmName ? configMaps.get(cmName) : undefined;
    if (!volume || !cmName || !cm) continue;
    const data = strMap(at(cm.value, 'data'));
    for (const [key, file] of volumeFiles(volume, data)) {
      const content = data[key];
      if (content === undefined) continue;
      if (m.subPath !== undefined) {
        if (m.subPath === file) out.push({ path: m.mountPath, content, configMap: cmName, key, volume: m.volume });
      } else out.push({ path: join(m.mountPath, file), content, configMap: cmName, key, volume: m.volume });
    }
  }
  return out;
}
