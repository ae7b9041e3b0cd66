/** The Volumes section: the workload's own volumes, one card each, edited by their source's fields. */
import {
  addVolume,
  type JsonMap,
  type JsonValue,
  readYamlField,
  removeVolume,
  renameVolume,
  setConfigMapItems,
  setProjectedSources,
  setVolume,
  setVolumeField,
  setVolumeKind,
  VOLUME_KINDS,
  type VolumeKind,
  volumeKind,
  volumeName,
  type Workload,
} from '../../../core';
import { useEditorStore } from '../../store';
import { Collapsible } from '../Collapsible';
import { TableEditor } from '../editors';
import { errorsUnder, type FieldErrors, fieldId, under } from '../errors';
import { ElementProblems } from '../parts';
import { CardSelect, CardText, YamlField } from './inputs';
import { regroup } from './regroup';

const KIND_LABELS: Record<VolumeKind, string> = {
  emptyDir: 'emptyDir (scratch space)',
  configMap: 'configMap',
  secret: 'secret',
  persistentVolumeClaim: 'persistentVolumeClaim',
  projected: 'projected',
};

const ITEMS = {
  title: 'Items',
  doc: 'Keys to mount, each as a file at its path; none mounts every key under its own name.',
  rowName: 'item',
  columns: [
    { key: 'key', title: 'Key', kind: 'string', placeholder: 'app.conf' },
    { key: 'path', title: 'Path', kind: 'string', placeholder: 'app.conf' },
  ],
} as const;

const str = (v: JsonValue | undefined): string => (typeof v === 'string' ? v : '');

function VolumeCard({
  workload,
  index,
  volume,
  errors,
}: {
  workload: Workload;
  index: number;
  volume: JsonMap;
  errors: FieldErrors;
}) {
  const edit = useEditorStore().getState().edit;
  const id = workload.id;
  const path = `volumes[${index}]`;
  const card = `Volume ${index + 1}`;
  const kind = volumeKind(volume);
  const source = (kind === 'other' ? {} : (volume[kind] ?? {})) as JsonMap;
  const name = volumeName(volume);
  const text = (field: Parameters<typeof setVolumeField>[3], label: string, doc: string, placeholder: string) => {
    const [src = '', key = ''] = field.split('.');
    return (
      <CardText
        id={fieldId(id, `${path}.${field}`)}
        field={`${path}.${field}`}
        card={card}
        label={label}
        doc={doc}
        errors={errorsUnder(errors, `${path}.${field}`)}
        value={str((volume[src] as JsonMap | undefined)?.[key])}
        placeholder={placeholder}
        onChange={(v) => edit((d) => setVolumeField(d, id, index, field, v), `${id}:${path}.${field}`)}
      />
    );
  };
  const items = Array.isArray(source.items) ? (source.items as JsonMap[]) : [];
  const itemRows = items.map((it) => ({ key: str(it.key), path: str(it.path) }));
  const setItems = (rows: readonly JsonMap[], coalesce?: string) =>
    edit((d) => setConfigMapItems(d, id, index, rows), coalesce);
  const shown = new Set([`${path}.name`, `${path}.${kind}`]);
  const rest = [...errors]
    .filter(([f]) => under(f, path) && ![...shown].some((s) => under(f, s)))
    .flatMap(([, l]) => l);

  return (
    <fieldset className="card" data-field={path}>
      <legend>
        {name || '(no name)'} <span className="card-kind">{kind}</span>
      </legend>
      <ElementProblems diagnostics={rest} />
      <div className="field-grid">
        <CardText
          id={fieldId(id, `${path}.name`)}
          field={`${path}.name`}
          card={card}
          label="Name"
          errors={errorsUnder(errors, `${path}.name`)}
          value={name}
          onChange={(v) => edit((d) => renameVolume(d, id, index, v), `${id}:${path}.name`)}
        />
        <CardSelect
          id={fieldId(id, `${path}.kind`)}
          field={`${path}.kind`}
          card={card}
          label="Kind"
          errors={[]}
          value={kind}
          options={VOLUME_KINDS}
          optionLabels={VOLUME_KINDS.map((k) => KIND_LABELS[k])}
          onChange={(v) => edit((d) => setVolumeKind(d, id, index, v as VolumeKind))}
        />
      </div>
      {kind === 'emptyDir' && (
        <div className="field-grid">
          <CardSelect
            id={fieldId(id, `${path}.emptyDir.medium`)}
            field={`${path}.emptyDir.medium`}
            card={card}
            label="Medium"
            errors={errorsUnder(errors, `${path}.emptyDir.medium`)}
            value={str(source.medium)}
            options={['', 'Memory']}
            optionLabels={['Node disk', 'Memory (tmpfs)']}
            onChange={(v) => edit((d) => setVolumeField(d, id, index, 'emptyDir.medium', v))}
          />
          {text('emptyDir.sizeLimit', 'Size limit', 'The pod is evicted when the volume grows past it.', '1Gi')}
        </div>
      )}
      {kind === 'configMap' && (
        <>
          {text('configMap.name', 'ConfigMap', 'The ConfigMap in the same namespace.', 'app-config')}
          <TableEditor
            elementId={id}
            paramKey={`${path}.configMap.items`}
            spec={{ ...ITEMS, title: `Items of volume ${index + 1}` }}
            rows={itemRows}
            errors={regroup(
              errors,
              `${path}.configMap.items`,
              items.flatMap((_, i) => [`${path}.configMap.items[${i}].key`, `${path}.configMap.items[${i}].path`]),
            )}
            onCell={(i, col, v) =>
              setItems(
                items.map((it, j) => (j === i ? { ...it, [col]: String(v) } : it)),
                `${id}:${path}.items[${i}].${col}`,
              )
            }
            onAdd={() => setItems([...items, { key: '', path: '' }])}
            onRemove={(i) => setItems(items.filter((_, j) => j !== i))}
          />
        </>
      )}
      {kind === 'secret' && text('secret.secretName', 'Secret', 'The Secret in the same namespace.', 'tls-cert')}
      {kind === 'persistentVolumeClaim' && (
        <>
          {text('persistentVolumeClaim.claimName', 'Claim', 'The PersistentVolumeClaim to mount.', 'data')}
          <div className="field">
            <label className="check" htmlFor={fieldId(id, `${path}.persistentVolumeClaim.readOnly`)}>
              <input
                id={fieldId(id, `${path}.persistentVolumeClaim.readOnly`)}
                type="checkbox"
                data-field={`${path}.persistentVolumeClaim.readOnly`}
                checked={source.readOnly === true}
                onChange={(e) =>
                  edit((d) => setVolumeField(d, id, index, 'persistentVolumeClaim.readOnly', e.target.checked))
                }
              />
              <span className="visually-hidden">{card} </span>
              Read only
            </label>
          </div>
        </>
      )}
      {kind === 'projected' && (
        <YamlField
          id={fieldId(id, `${path}.projected.sources`)}
          field={`${path}.projected.sources`}
          card={card}
          label="Sources"
          doc="A list of secret, configMap, downwardAPI and serviceAccountToken sources, merged into one directory."
          errors={errorsUnder(errors, `${path}.projected`)}
          value={(source.sources as JsonValue | undefined) ?? []}
          placeholder={'# for example\n- secret:\n    name: tls-cert\n- serviceAccountToken:\n    path: token'}
          read={(t) => readYamlField(t, 'list')}
          onApply={(v) => edit((d) => setProjectedSources(d, id, index, (v as JsonValue[] | undefined) ?? []))}
        />
      )}
      {kind === 'other' && (
        <YamlField
          id={fieldId(id, `${path}.yaml`)}
          field={path}
          card={card}
          label="Volume (YAML)"
          doc="A volume of another kind (hostPath, csi, nfs, ...), kept as written."
          errors={[]}
          value={volume}
          rows={6}
          read={(t) => readYamlField(t, 'object')}
          onApply={(v) => edit((d) => setVolume(d, id, index, (v as JsonMap | undefined) ?? { name }))}
        />
      )}
      <button
        type="button"
        className="btn small ghost danger"
        aria-label={`Remove volume ${name || index + 1}`}
        onClick={() => edit((d) => removeVolume(d, id, index))}
      >
        Remove volume
      </button>
    </fieldset>
  );
}

export function VolumesSection({ workload, errors }: { workload: Workload; errors: FieldErrors }) {
  const edit = useEditorStore().getState().edit;
  const volumes = workload.volumes ?? [];
  return (
    <Collapsible
      id={workload.id}
      name="volumes"
      title="Volumes"
      count={volumes.length ? String(volumes.length) : undefined}
      paths={['volumes']}
    >
      <div className="doc">
        The pod's own volumes, beside those its templates make. Containers mount them by name (in each container's
        mounts).
      </div>
      <ElementProblems diagnostics={errors.get('volumes') ?? []} />
      {volumes.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: volumes are positional; the index is their identity
        <VolumeCard key={i} workload={workload} index={i} volume={v} errors={errors} />
      ))}
      <button
        type="button"
        className="btn small"
        data-field="volumes"
        onClick={() => edit((d) => addVolume(d, workload.id, 'emptyDir'))}
      >
        Add volume
      </button>
    </Collapsible>
  );
}
