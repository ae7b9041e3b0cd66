/** Mounts of the workload's volumes in this container, after those its template writes. */
import { addKubeRow, type JsonMap, removeKubeRow, setKubeRow, volumeNamesOf, withPath } from '../../../core';
import { Collapsible } from '../Collapsible';
import { errorsUnder, fieldId } from '../errors';
import { CheckField, SelectField, TextField } from '../fields';
import { RemoveRow } from './EnvSection';
import type { SectionProps } from './types';

export function MountsSection({ design, workload, container, errors, edit }: SectionProps) {
  const id = container.id;
  const mounts = container.kube?.volumeMounts ?? [];
  const volumes = volumeNamesOf(design, workload.id);
  const set = (i: number, row: JsonMap, field?: string) =>
    edit((d) => setKubeRow(d, id, 'volumeMounts', i, row), field && `${id}:${field}`);
  return (
    <Collapsible
      id={id}
      name="mounts"
      title="Mounts"
      count={mounts.length ? String(mounts.length) : undefined}
      paths={['kube.volumeMounts']}
    >
      <div className="doc">
        Volumes of the pod mounted in this container, beside the config files and shared directories its template
        mounts. Add volumes in the workload's inspector.
      </div>
      {mounts.map((m, i) => {
        const base = `kube.volumeMounts[${i}]`;
        const text = (key: string, label: string, placeholder?: string) => (
          <TextField
            id={fieldId(id, `${base}.${key}`)}
            field={`${base}.${key}`}
            label={label}
            errors={errorsUnder(errors, `${base}.${key}`)}
            value={typeof m[key] === 'string' ? (m[key] as string) : ''}
            placeholder={placeholder}
            mono
            onChange={(v) =>
              set(i, withPath(m, [key], v === '' && key === 'subPath' ? undefined : v), `${base}.${key}`)
            }
          />
        );
        const name = typeof m.name === 'string' ? m.name : '';
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; the index is their identity
          <fieldset className="kube-card" key={i}>
            <legend>Mount {i + 1}</legend>
            <SelectField
              id={fieldId(id, `${base}.name`)}
              field={`${base}.name`}
              label="Volume"
              errors={errorsUnder(errors, `${base}.name`)}
              value={name}
              options={volumes}
              onChange={(v) => set(i, withPath(m, ['name'], v))}
            />
            <div className="kube-row">
              {text('mountPath', 'Mount path', '/data')}
              {text('subPath', 'Sub path')}
            </div>
            <CheckField
              id={fieldId(id, `${base}.readOnly`)}
              field={`${base}.readOnly`}
              label="Read only"
              errors={errorsUnder(errors, `${base}.readOnly`)}
              value={m.readOnly === true}
              onChange={(v) => set(i, withPath(m, ['readOnly'], v ? true : undefined))}
            />
            <RemoveRow
              label={`Remove mount ${i + 1}`}
              onClick={() => edit((d) => removeKubeRow(d, id, 'volumeMounts', i))}
            />
          </fieldset>
        );
      })}
      <div className="kube-actions">
        <button
          type="button"
          className="btn small"
          data-field="kube.volumeMounts"
          disabled={volumes.length === 0}
          onClick={() => edit((d) => addKubeRow(d, id, 'volumeMounts', { name: volumes[0] ?? '', mountPath: '' }))}
        >
          Add mount
        </button>
        {volumes.length === 0 && <span className="doc">The pod has no volume yet.</span>}
      </div>
    </Collapsible>
  );
}
