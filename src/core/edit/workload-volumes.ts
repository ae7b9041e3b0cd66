/**
 * Pure edits of a workload's own volumes (`workload.volumes`, Kubernetes' shape). The form knows
 * five sources (emptyDir, configMap, secret, persistentVolumeClaim, projected); any other volume
 * is kept as it is, and every field the form does not show stays.
 */
import type { Design, JsonMap, JsonValue, Workload } from '../model/design';
import { uniqueName } from './ops';
import { asMap, editWorkload, withField, withItem, withKey } from './workload-shared';

export const VOLUME_KINDS = ['emptyDir', 'configMap', 'secret', 'persistentVolumeClaim', 'projected'] as const;
export type VolumeKind = (typeof VOLUME_KINDS)[number];

/** The source a volume uses among the ones the form knows, or `other` (hostPath, csi, nfs, ...). */
export function volumeKind(volume: JsonMap): VolumeKind | 'other' {
  return VOLUME_KINDS.find((k) => Object.hasOwn(volume, k)) ?? 'other';
}

/** A volume's name ('' when it has none). */
export function volumeName(volume: JsonMap): string {
  return typeof volume.name === 'string' ? volume.name : '';
}

/** What a new volume of a kind starts with: the fields Kubernetes requires, named after the workload. */
function newSource(kind: VolumeKind, w: Workload): JsonMap {
  switch (kind) {
    case 'emptyDir':
      return {};
    case 'configMap':
      return { name: `${w.name}-config` };
    case 'secret':
      return { secretName: `${w.name}-secret` };
    case 'persistentVolumeClaim':
      return { claimName: `${w.name}-data` };
    case 'projected':
      return { sources: [] };
  }
}

function setVolumes(w: Workload, volumes: readonly JsonMap[]): Workload {
  return withField(w, 'volumes', volumes.length ? volumes : undefined);
}

/**
 * Adds a volume of a kind, named `data` (made unique among the workload's volumes).
 *
 * @example addVolume(design, 'w1', 'emptyDir').workloads[0].volumes // [{ name: 'data', emptyDir: {} }]
 */
export function addVolume(design: Design, workloadId: string, kind: VolumeKind = 'emptyDir'): Design {
  return editWorkload(design, workloadId, (w) => {
    const volumes = w.volumes ?? [];
    const name = uniqueName(volumes.map(volumeName), 'data');
    return setVolumes(w, [...volumes, { name, [kind]: newSource(kind, w) }]);
  });
}

/** Removes the volume at `index` (the mounts that name it are left for validation to point out). */
export function removeVolume(design: Design, workloadId: string, index: number): Design {
  return editWorkload(design, workloadId, (w) => setVolumes(w, withItem(w.volumes ?? [], index, undefined)));
}

/** Gives the volume at `index` another kind of source, in place of the one it had; its name stays. */
export function setVolumeKind(design: Design, workloadId: string, index: number, kind: VolumeKind): Design {
  return editWorkload(design, workloadId, (w) => {
    const volumes = w.volumes ?? [];
    const old = volumes[index];
    if (!old || volumeKind(old) === kind) return w;
    return setVolumes(w, withItem(volumes, index, { name: volumeName(old), [kind]: newSource(kind, w) }));
  });
}

/** The fields of a volume the form edits, as `source.field` paths. */
export type VolumeField =
  | 'emptyDir.medium'
  | 'emptyDir.sizeLimit'
  | 'configMap.name'
  | 'secret.secretName'
  | 'persistentVolumeClaim.claimName'
  | 'persistentVolumeClaim.readOnly';

/** Fields that go away when cleared (`''` or `false`); the others are required and keep what is typed. */
const OPTIONAL: ReadonlySet<VolumeField> = new Set([
  'emptyDir.medium',
  'emptyDir.sizeLimit',
  'persistentVolumeClaim.readOnly',
]);

/**
 * Sets one field of the volume at `index`'s source. An optional field (medium, sizeLimit,
 * readOnly) goes away when cleared; the source's other fields stay.
 *
 * @example setVolumeField(design, 'w1', 0, 'emptyDir.medium', 'Memory').workloads[0].volumes // [{ name: 'data', emptyDir: { medium: 'Memory' } }]
 */
export function setVolumeField(
  design: Design,
  workloadId: string,
  index: number,
  field: VolumeField,
  value: string | boolean,
): Design {
  const [source = '', key = ''] = field.split('.');
  const cleared = OPTIONAL.has(field) && (value === '' || value === false);
  return editSource(design, workloadId, index, source, (s) => withKey(s, key, cleared ? undefined : value) ?? {});
}

function editSource(
  design: Design,
  workloadId: string,
  index: number,
  source: string,
  fn: (source: JsonMap) => JsonMap,
): Design {
  return editWorkload(design, workloadId, (w) => {
    const volumes = w.volumes ?? [];
    const volume = volumes[index];
    if (!volume) return w;
    return setVolumes(w, withItem(volumes, index, withKey(volume, source, fn(asMap(volume[source]))) ?? {}));
  });
}

/**
 * Renames the volume at `index`, and the workload's container mounts (`kube.volumeMounts`) that
 * named it, unless another volume has the old name too.
 *
 * @example renameVolume(design, 'w1', 0, 'cache').workloads[0].volumes?.[0].name // 'cache'
 */
export function renameVolume(design: Design, workloadId: string, index: number, name: string): Design {
  return editWorkload(design, workloadId, (w) => {
    const volumes = w.volumes ?? [];
    const volume = volumes[index];
    if (!volume) return w;
    const old = volumeName(volume);
    const next = setVolumes(w, withItem(volumes, index, withKey(volume, 'name', name) ?? {}));
    if (!old || volumes.some((v, i) => i !== index && volumeName(v) === old)) return next;
    const containers = next.containers.map((c) => {
      const mounts = c.kube?.volumeMounts;
      if (!mounts?.some((m) => m.name === old)) return c;
      const volumeMounts = mounts.map((m) => (m.name === old ? { ...m, name } : m));
      return { ...c, kube: { ...c.kube, volumeMounts } };
    });
    return { ...next, containers };
  });
}

/** One key of a ConfigMap projected to a file: `{key, path}` (with `mode` where set). */
export type KeyToPath = JsonMap;

/**
 * Sets the keys a configMap volume projects (`items`); none mounts every key of the ConfigMap.
 *
 * @example setConfigMapItems(design, 'w1', 0, [{ key: 'app.conf', path: 'app.conf' }])
 */
export function setConfigMapItems(
  design: Design,
  workloadId: string,
  index: number,
  items: readonly KeyToPath[],
): Design {
  return editSource(
    design,
    workloadId,
    index,
    'configMap',
    (s) => withKey<JsonValue>(s, 'items', items.length ? items : undefined) ?? {},
  );
}

/** Sets the sources of a projected volume (secrets, configMaps, downwardAPI, serviceAccountToken). */
export function setProjectedSources(
  design: Design,
  workloadId: string,
  index: number,
  sources: readonly JsonValue[],
): Design {
  return editSource(design, workloadId, index, 'projected', (s) => withKey<JsonValue>(s, 'sources', sources) ?? {});
}

/** Replaces the volume at `index` whole (a volume of another kind, edited as YAML). */
export function setVolume(design: Design, workloadId: string, index: number, volume: JsonMap): Design {
  return editWorkload(design, workloadId, (w) => setVolumes(w, withItem(w.volumes ?? [], index, volume)));
}
