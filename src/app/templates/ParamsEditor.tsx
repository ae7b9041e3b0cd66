/** The parameters of a template in the editor: key, kind, title, doc line, default and bounds of each. */
import { useId, useState } from 'react';
import { STRING_FORMATS, type StringFormat, type UserParam, type UserParamKind } from '../../core';
import { columnsText, parseColumns } from './columns';
import { Area, Field, linesOf, Select, withItem, withoutItem } from './parts';

const KINDS: readonly UserParamKind[] = ['string', 'int', 'bool', 'enum', 'list', 'table'];

/** A parameter of `kind` with the fields it had that the new kind keeps. */
function ofKind(p: UserParam, kind: UserParamKind): UserParam {
  const base = { key: p.key, title: p.title, doc: p.doc };
  switch (kind) {
    case 'string':
      return { ...base, kind, default: typeof p.default === 'string' ? p.default : '' };
    case 'int':
      return { ...base, kind, default: 0, min: 0, max: 65535 };
    case 'bool':
      return { ...base, kind, default: false };
    case 'enum':
      return { ...base, kind, default: 'a', options: ['a', 'b'] };
    case 'list':
      return { ...base, kind, default: [] };
    case 'table':
      return p.kind === 'table'
        ? p
        : { ...base, kind, default: [], rowName: 'row', columns: [{ key: 'name', title: 'Name', kind: 'string' }] };
  }
}

/** A table's row name and columns; the columns text stays as typed while a line does not read yet. */
function TableSpec({
  p,
  n,
  set,
}: {
  p: Extract<UserParam, { kind: 'table' }>;
  n: number;
  set: (p: UserParam) => void;
}) {
  const [text, setText] = useState(() => columnsText(p.columns));
  return (
    <>
      <Field label={`Parameter ${n} row name`} value={p.rowName} onChange={(rowName) => set({ ...p, rowName })} />
      <Area
        label={`Parameter ${n} columns`}
        doc="One a line: key:string Title, key:int:MIN:MAX Title, key:bool Title, key:enum:a|b Title. Rows are set per container; a table stands as a whole YAML value."
        value={text}
        rows={3}
        onChange={(v) => {
          setText(v);
          const columns = parseColumns(v);
          const keys = new Set(columns.map((c) => c.key));
          // Default rows keep only the columns that still exist.
          const rows = p.default.map((r) => Object.fromEntries(Object.entries(r).filter(([k]) => keys.has(k))));
          set({ ...p, columns, default: rows });
        }}
      />
    </>
  );
}

function NumField({ label, value, onChange }: { label: string; value: number; onChange: (n: number) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        className="input mono"
        value={Number.isFinite(value) ? value : ''}
        onChange={(e) => onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
      />
    </div>
  );
}

function Default({ p, n, set }: { p: UserParam; n: number; set: (p: UserParam) => void }) {
  const label = `Parameter ${n} default`;
  switch (p.kind) {
    case 'string':
      return <Field label={label} value={p.default} onChange={(v) => set({ ...p, default: v })} mono />;
    case 'int':
      return (
        <>
          <NumField label={label} value={p.default} onChange={(v) => set({ ...p, default: v })} />
          <NumField label={`Parameter ${n} min`} value={p.min} onChange={(v) => set({ ...p, min: v })} />
          <NumField label={`Parameter ${n} max`} value={p.max} onChange={(v) => set({ ...p, max: v })} />
        </>
      );
    case 'bool':
      return (
        <label className="check">
          <input type="checkbox" checked={p.default} onChange={(e) => set({ ...p, default: e.target.checked })} />
          {label}
        </label>
      );
    case 'enum':
      return (
        <>
          <Field label={label} value={p.default} onChange={(v) => set({ ...p, default: v })} mono />
          <Field
            label={`Parameter ${n} options`}
            doc="Separated by commas."
            value={p.options.join(', ')}
            onChange={(v) => set({ ...p, options: v.split(',').map((o) => o.trim()) })}
            mono
          />
        </>
      );
    case 'list':
      return (
        <Field
          label={label}
          doc="Items separated by commas."
          value={p.default.join(', ')}
          onChange={(v) => set({ ...p, default: linesOf(v.replace(/\s*,\s*/g, '\n')) })}
          mono
        />
      );
    case 'table':
      return <TableSpec p={p} n={n} set={set} />;
  }
}

export function ParamsEditor({
  params,
  onChange,
}: {
  params: readonly UserParam[];
  onChange: (params: readonly UserParam[]) => void;
}) {
  return (
    <fieldset className="te-section">
      <legend>Parameters</legend>
      {params.length === 0 && <p className="doc">No parameters yet: add one, then write ${'{key}'} where it goes.</p>}
      {params.map((p, i) => {
        const n = i + 1;
        const set = (next: UserParam) => onChange(withItem(params, i, next));
        const format =
          p.kind === 'string' || p.kind === 'list'
            ? (p.format ?? (p.kind === 'string' ? 'one-line' : 'text'))
            : undefined;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: parameters are positional while their keys are typed
          <fieldset key={i} className="te-row" aria-label={`Parameter ${n}`}>
            <Field label={`Parameter ${n} key`} value={p.key} onChange={(key) => set({ ...p, key })} mono />
            <Select
              label={`Parameter ${n} kind`}
              value={p.kind}
              options={KINDS}
              onChange={(kind) => set(ofKind(p, kind))}
            />
            <Field label={`Parameter ${n} title`} value={p.title} onChange={(title) => set({ ...p, title })} />
            <Field label={`Parameter ${n} doc`} value={p.doc} onChange={(doc) => set({ ...p, doc })} />
            <Default p={p} n={n} set={set} />
            {format !== undefined && (p.kind === 'string' || p.kind === 'list') && (
              <Select<StringFormat>
                label={`Parameter ${n} format`}
                value={format}
                options={STRING_FORMATS}
                onChange={(f) => set({ ...p, format: f })}
              />
            )}
            <button
              type="button"
              className="btn ghost small te-remove"
              aria-label={`Remove parameter ${n}`}
              onClick={() => onChange(withoutItem(params, i))}
            >
              Remove
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="btn small"
        onClick={() =>
          onChange([
            ...params,
            {
              key: `param${params.length + 1}`,
              kind: 'string',
              title: `Parameter ${params.length + 1}`,
              doc: '',
              default: '',
            },
          ])
        }
      >
        Add parameter
      </button>
    </fieldset>
  );
}
