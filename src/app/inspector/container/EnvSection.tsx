/**
 * Environment variables after the template's own (a plain value, or a key of a Secret or a
 * ConfigMap), and envFrom sources whose every key becomes a variable.
 */
import {
  addKubeRow,
  type EnvSource,
  envSourceOf,
  type JsonMap,
  removeKubeRow,
  setKubeRow,
  valueAt,
  withEnvSource,
  withPath,
} from '../../../core';
import { Collapsible } from '../Collapsible';
import { errorsUnder, fieldId } from '../errors';
import { SelectField, TextField } from '../fields';
import type { SectionProps } from './types';

const SOURCES: readonly EnvSource[] = ['value', 'secret', 'configMap'];
const SOURCE_LABELS = ['A value', 'A Secret key', 'A ConfigMap key'];
const REF: Record<'secret' | 'configMap', string> = { secret: 'secretKeyRef', configMap: 'configMapKeyRef' };

export function EnvSection({ container, errors, edit }: SectionProps) {
  const id = container.id;
  const env = container.kube?.env ?? [];
  const envFrom = container.kube?.envFrom ?? [];
  const count = env.length + envFrom.length;
  return (
    <Collapsible
      id={id}
      name="env"
      title="Environment"
      count={count ? String(count) : undefined}
      paths={['kube.env', 'kube.envFrom']}
    >
      <div className="doc">Variables after the template's own; a later one of the same name wins.</div>
      {env.map((row, i) => (
        <EnvRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; the index is their identity
          key={i}
          elementId={id}
          index={i}
          row={row}
          errors={errors}
          onChange={(next, field) => edit((d) => setKubeRow(d, id, 'env', i, next), field && `${id}:${field}`)}
          onRemove={() => edit((d) => removeKubeRow(d, id, 'env', i))}
        />
      ))}
      <div className="kube-actions">
        <button
          type="button"
          className="btn small"
          data-field="kube.env"
          onClick={() => edit((d) => addKubeRow(d, id, 'env', { name: '', value: '' }))}
        >
          Add variable
        </button>
      </div>
      <h4 className="kube-subhead">All keys of a ConfigMap or Secret</h4>
      {envFrom.map((row, i) => {
        const kind = row.secretRef !== undefined ? 'secretRef' : 'configMapRef';
        const base = `kube.envFrom[${i}]`;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; the index is their identity
          <fieldset className="kube-card" key={i}>
            <legend>Source {i + 1}</legend>
            <div className="kube-row">
              <SelectField
                id={fieldId(id, `${base}.kind`)}
                field={base}
                label="Kind"
                errors={[]}
                value={kind}
                options={['configMapRef', 'secretRef']}
                optionLabels={['ConfigMap', 'Secret']}
                onChange={(v) => {
                  const name = valueAt(row, [kind, 'name']) ?? '';
                  edit((d) => setKubeRow(d, id, 'envFrom', i, { [v]: { name } }));
                }}
              />
              <TextField
                id={fieldId(id, `${base}.${kind}.name`)}
                field={`${base}.${kind}.name`}
                label="Name"
                errors={errorsUnder(errors, base)}
                value={String(valueAt(row, [kind, 'name']) ?? '')}
                mono
                onChange={(v) =>
                  edit((d) => setKubeRow(d, id, 'envFrom', i, withPath(row, [kind, 'name'], v)), `${id}:${base}.name`)
                }
              />
            </div>
            <RemoveRow
              label={`Remove source ${i + 1}`}
              onClick={() => edit((d) => removeKubeRow(d, id, 'envFrom', i))}
            />
          </fieldset>
        );
      })}
      <div className="kube-actions">
        <button
          type="button"
          className="btn small"
          data-field="kube.envFrom"
          onClick={() => edit((d) => addKubeRow(d, id, 'envFrom', { configMapRef: { name: '' } }))}
        >
          Add envFrom source
        </button>
      </div>
    </Collapsible>
  );
}

export function RemoveRow({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="btn ghost small danger kube-remove" aria-label={label} onClick={onClick}>
      Remove
    </button>
  );
}

function EnvRow({
  elementId,
  index,
  row,
  errors,
  onChange,
  onRemove,
}: {
  elementId: string;
  index: number;
  row: JsonMap;
  errors: SectionProps['errors'];
  onChange: (row: JsonMap, field?: string) => void;
  onRemove: () => void;
}) {
  const base = `kube.env[${index}]`;
  const source = envSourceOf(row);
  const text = (path: string[], label: string, placeholder?: string) => {
    const field = `${base}.${path.join('.')}`;
    return (
      <TextField
        id={fieldId(elementId, field)}
        field={field}
        label={label}
        errors={errorsUnder(errors, field)}
        value={String(valueAt(row, path) ?? '')}
        placeholder={placeholder}
        mono
        onChange={(v) => onChange(withPath(row, path, v), field)}
      />
    );
  };
  return (
    <fieldset className="kube-card">
      <legend>Variable {index + 1}</legend>
      <div className="kube-row">
        {text(['name'], 'Name', 'LOG_LEVEL')}
        <SelectField
          id={fieldId(elementId, `${base}.source`)}
          field={`${base}.valueFrom`}
          label="From"
          errors={errorsUnder(errors, `${base}.valueFrom`).filter((d) => d.target.field === `${base}.valueFrom`)}
          value={source}
          options={source === 'other' ? [...SOURCES, 'other'] : SOURCES}
          optionLabels={source === 'other' ? [...SOURCE_LABELS, 'Another source'] : SOURCE_LABELS}
          onChange={(v) => onChange(withEnvSource(row, v as EnvSource))}
        />
      </div>
      {source === 'value' && text(['value'], 'Value')}
      {(source === 'secret' || source === 'configMap') && (
        <div className="kube-row">
          {text(['valueFrom', REF[source], 'name'], source === 'secret' ? 'Secret' : 'ConfigMap', 'db-credentials')}
          {text(['valueFrom', REF[source], 'key'], 'Key', 'password')}
        </div>
      )}
      {source === 'other' && <code className="kube-json">{JSON.stringify(row.valueFrom)}</code>}
      <RemoveRow label={`Remove variable ${index + 1}`} onClick={onRemove} />
    </fieldset>
  );
}
