/** List and table parameter editors: one input per item or cell, rows added and removed in place. */
import { Fragment, type ReactNode } from 'react';
import type { Column, Diagnostic, ListParam, Row, TableParam } from '../../core';
import { errorsFor, type FieldErrors, fieldId } from './errors';
import { described, ErrorLines, FieldNotes, IntInput } from './fields';

interface ListProps {
  readonly elementId: string;
  readonly paramKey: string;
  readonly spec: ListParam;
  readonly items: readonly string[];
  readonly errors: FieldErrors;
  readonly onSet: (index: number, value: string) => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
}

/** A list or table parameter: its title as the legend, its doc line and whole-value errors, then the editor. */
function ParamGroup({
  groupId,
  title,
  doc,
  errors,
  children,
}: {
  groupId: string;
  title: string;
  doc: string | undefined;
  errors: readonly Diagnostic[];
  children: ReactNode;
}) {
  return (
    <fieldset
      className="field"
      style={{ border: 0, padding: 0, margin: '0 0 10px' }}
      aria-describedby={`${groupId}-doc`}
    >
      <legend className="field-label">{title}</legend>
      <FieldNotes id={groupId} doc={doc} errors={errors} />
      {children}
    </fieldset>
  );
}

export function ListEditor({ elementId, paramKey, spec, items, errors, onSet, onAdd, onRemove }: ListProps) {
  const groupId = fieldId(elementId, paramKey);
  const whole = errorsFor(errors, paramKey);
  const atMax = spec.maxItems !== undefined && items.length >= spec.maxItems;
  return (
    <ParamGroup groupId={groupId} title={spec.title} doc={spec.doc} errors={whole}>
      {items.length === 0 && <div className="doc">No items.</div>}
      <table className="grid-editor">
        <tbody>
          {items.map((item, i) => {
            const field = `${paramKey}[${i}]`;
            const id = fieldId(elementId, field);
            const errs = errorsFor(errors, field);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: items are positional; the index is their identity
              <tr key={i}>
                <td>
                  <input
                    id={id}
                    className="input mono"
                    data-field={field}
                    aria-label={`${spec.title} item ${i + 1}`}
                    value={item}
                    placeholder={spec.item.placeholder}
                    spellCheck={false}
                    autoComplete="off"
                    onChange={(e) => onSet(i, e.target.value)}
                    {...described(id, undefined, errs)}
                  />
                  {errs.length > 0 && (
                    <div id={`${id}-error`}>
                      <ErrorLines errors={errs} />
                    </div>
                  )}
                </td>
                <td className="narrow">
                  <button
                    type="button"
                    className="btn ghost icon-btn"
                    aria-label={`Remove ${spec.title} item ${i + 1}`}
                    onClick={() => onRemove(i)}
                  >
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div>
        <button type="button" className="btn small" disabled={atMax} onClick={onAdd} data-field={paramKey}>
          Add item to {spec.title}
        </button>
      </div>
    </ParamGroup>
  );
}

interface TableProps {
  readonly elementId: string;
  readonly paramKey: string;
  readonly spec: Pick<TableParam, 'title' | 'doc' | 'columns' | 'rowName' | 'maxRows'>;
  readonly rows: readonly Row[];
  readonly errors: FieldErrors;
  readonly onCell: (row: number, column: string, value: string | number | boolean) => void;
  readonly onAdd: () => void;
  readonly onRemove: (index: number) => void;
}

function Cell({
  elementId,
  field,
  column,
  value,
  label,
  errors,
  onChange,
}: {
  elementId: string;
  field: string;
  column: Column;
  value: string | number | boolean | undefined;
  label: string;
  errors: readonly Diagnostic[];
  onChange: (value: string | number | boolean) => void;
}) {
  const id = fieldId(elementId, field);
  const aria = described(id, undefined, errors);
  if (column.kind === 'bool')
    return (
      <input
        id={id}
        type="checkbox"
        data-field={field}
        aria-label={label}
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
        {...aria}
      />
    );
  if (column.kind === 'int')
    return (
      <IntInput
        id={id}
        field={field}
        ariaLabel={label}
        value={typeof value === 'number' ? value : Number(value ?? 0)}
        onChange={onChange}
        aria={aria}
        className="input mono"
      />
    );
  if (column.kind === 'enum')
    return (
      <select
        id={id}
        className="select"
        data-field={field}
        aria-label={label}
        value={String(value ?? '')}
        onChange={(e) => onChange(e.target.value)}
        {...aria}
      >
        {!column.options.includes(String(value ?? '')) && (
          <option value={String(value ?? '')}>{String(value ?? '')}</option>
        )}
        {column.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    );
  return (
    <input
      id={id}
      className="input mono"
      data-field={field}
      aria-label={label}
      value={String(value ?? '')}
      placeholder={column.placeholder}
      spellCheck={false}
      autoComplete="off"
      onChange={(e) => onChange(e.target.value)}
      {...aria}
    />
  );
}

export function TableEditor({ elementId, paramKey, spec, rows, errors, onCell, onAdd, onRemove }: TableProps) {
  const groupId = fieldId(elementId, paramKey);
  const whole = errorsFor(errors, paramKey);
  const atMax = spec.maxRows !== undefined && rows.length >= spec.maxRows;
  const rowErrors = (i: number): Diagnostic[] =>
    spec.columns.flatMap((c) => [...errorsFor(errors, `${paramKey}[${i}].${c.key}`)]);
  return (
    <ParamGroup groupId={groupId} title={spec.title} doc={spec.doc} errors={whole}>
      {rows.length === 0 ? (
        <div className="doc">No {spec.rowName}s.</div>
      ) : (
        <table className="grid-editor">
          <thead>
            <tr>
              {spec.columns.map((c) => (
                <th key={c.key} scope="col">
                  {c.title}
                </th>
              ))}
              <th>
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const errs = rowErrors(i);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional; the index is their identity
                <Fragment key={i}>
                  <tr>
                    {spec.columns.map((c) => {
                      const field = `${paramKey}[${i}].${c.key}`;
                      return (
                        <td key={c.key} className={c.kind === 'bool' ? 'narrow' : undefined}>
                          <Cell
                            elementId={elementId}
                            field={field}
                            column={c}
                            value={row[c.key]}
                            label={`${c.title} of ${spec.rowName} ${i + 1}`}
                            errors={errorsFor(errors, field)}
                            onChange={(v) => onCell(i, c.key, v)}
                          />
                        </td>
                      );
                    })}
                    <td className="narrow">
                      <button
                        type="button"
                        className="btn ghost icon-btn"
                        aria-label={`Remove ${spec.rowName} ${i + 1}`}
                        onClick={() => onRemove(i)}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                  {errs.length > 0 && (
                    <tr>
                      <td colSpan={spec.columns.length + 1}>
                        {spec.columns.map((c) => {
                          const field = `${paramKey}[${i}].${c.key}`;
                          const cellErrs = errorsFor(errors, field);
                          return cellErrs.length > 0 ? (
                            <div key={c.key} id={`${fieldId(elementId, field)}-error`}>
                              <ErrorLines errors={cellErrs} />
                            </div>
                          ) : null;
                        })}
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      )}
      <div>
        <button type="button" className="btn small" disabled={atMax} onClick={onAdd} data-field={paramKey}>
          Add {spec.rowName}
        </button>
      </div>
    </ParamGroup>
  );
}
