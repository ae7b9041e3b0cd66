/** One template parameter, edited with the control its ParamSpec kind calls for. */
import type { ParamSpec, ParamValue, Row } from '../../core';
import {
  addListItem,
  addTableRow,
  removeListItem,
  removeTableRow,
  setListItem,
  setParam,
  setTableCell,
} from '../../core/edit/ops';
import { useEditorStore } from '../store';
import { ListEditor, TableEditor } from './editors';
import { errorsFor, type FieldErrors, fieldId } from './errors';
import { CheckField, IntField, SelectField, TextField } from './fields';

interface Props {
  readonly containerId: string;
  readonly paramKey: string;
  readonly spec: ParamSpec;
  readonly value: ParamValue | undefined;
  readonly errors: FieldErrors;
}

export function ParamField({ containerId, paramKey, spec, value, errors }: Props) {
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
  switch (spec.kind) {
    case 'string':
      return (
        <TextField
          {...common}
          value={typeof value === 'string' ? value : String(value ?? '')}
          placeholder={spec.placeholder}
          multiline={spec.multiline}
          mono
          onChange={(v) => set(v)}
        />
      );
    case 'int':
      return (
        <IntField
          {...common}
          value={typeof value === 'number' ? value : Number(value ?? spec.default)}
          unit={spec.unit}
          onChange={(v) => set(v)}
        />
      );
    case 'bool':
      return <CheckField {...common} value={value === true} onChange={(v) => set(v, undefined)} />;
    case 'enum':
      return (
        <SelectField
          {...common}
          value={String(value ?? spec.default)}
          options={spec.options}
          optionLabels={spec.optionLabels}
          onChange={(v) => set(v, undefined)}
        />
      );
    case 'list':
      return (
        <ListEditor
          elementId={containerId}
          paramKey={paramKey}
          spec={spec}
          items={Array.isArray(value) ? (value as readonly string[]) : []}
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
          spec={spec}
          rows={Array.isArray(value) ? (value as readonly Row[]) : []}
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
