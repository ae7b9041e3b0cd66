/** One template parameter, edited with the control its ParamSpec kind calls for. */
import type { ParamEntry, ParamValue } from '../../core';
import { setParam } from '../../core/edit/ops';
import {
  addListItem,
  addTableRow,
  removeListItem,
  removeTableRow,
  setListItem,
  setTableCell,
} from '../../core/edit/template-ops';
import { useEditorStore } from '../store';
import { ListEditor, TableEditor } from './editors';
import { errorsFor, type FieldErrors, fieldId } from './errors';
import { CheckField, IntField, SelectField, TextField } from './fields';

interface Props {
  readonly containerId: string;
  /** The parameter, its spec and its resolved value, typed by its kind. */
  readonly entry: ParamEntry;
  readonly errors: FieldErrors;
}

export function ParamField({ containerId, entry, errors }: Props) {
  const { key: paramKey, spec } = entry;
  const store = useEditorStore();
  const key = `${containerId}:${paramKey}`;
  const set = (v: ParamValue, coalesce = key): void =>
    store.getState().edit((d) => setParam(d, containerId, paramKey, v), coalesce);
  const common = {
    id: fieldId(containerId, paramKey),
    field: paramKey,
    label: spec.title,
    doc: spec.doc,
    errors: errorsFor(errors, paramKey),
  };
  switch (entry.kind) {
    case 'string':
      return (
        <TextField
          {...common}
          value={entry.value}
          placeholder={entry.spec.placeholder}
          multiline={entry.spec.multiline}
          mono
          onChange={(v) => set(v)}
        />
      );
    case 'int':
      return <IntField {...common} value={entry.value} unit={entry.spec.unit} onChange={(v) => set(v)} />;
    case 'bool':
      return <CheckField {...common} value={entry.value} onChange={(v) => set(v, undefined)} />;
    case 'enum':
      return (
        <SelectField
          {...common}
          value={entry.value}
          options={entry.spec.options}
          optionLabels={entry.spec.optionLabels}
          onChange={(v) => set(v, undefined)}
        />
      );
    case 'list':
      return (
        <ListEditor
          elementId={containerId}
          paramKey={paramKey}
          spec={entry.spec}
          items={entry.value}
          errors={errors}
          onSet={(i, v) => store.getState().edit((d) => setListItem(d, containerId, paramKey, i, v), `${key}[${i}]`)}
          onAdd={() => store.getState().edit((d) => addListItem(d, containerId, paramKey))}
          onRemove={(i) => store.getState().edit((d) => removeListItem(d, containerId, paramKey, i))}
        />
      );
    case 'table':
      return (
        <TableEditor
          elementId={containerId}
          paramKey={paramKey}
          spec={entry.spec}
          rows={entry.value}
          errors={errors}
          onCell={(i, col, v) =>
            store.getState().edit((d) => setTableCell(d, containerId, paramKey, i, col, v), `${key}[${i}].${col}`)
          }
          onAdd={() => store.getState().edit((d) => addTableRow(d, containerId, paramKey))}
          onRemove={(i) => store.getState().edit((d) => removeTableRow(d, containerId, paramKey, i))}
        />
      );
  }
}
