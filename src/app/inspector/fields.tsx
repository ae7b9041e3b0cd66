/**
 * Form fields of the inspector. Each has a label, an optional doc line and its diagnostics, wired
 * with aria-describedby and aria-invalid. Inputs show what the user typed, even when it is invalid:
 * the document holds the value and validation reports it.
 */
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import type { Diagnostic } from '../../core';
import { SeverityIcon } from '../icons';
import { diagnosticKey } from '../problems/describe';

interface Common {
  readonly id: string;
  /** The field path the Problems panel focuses (`listenPort`, `servers[1].port`). */
  readonly field: string;
  readonly label: string;
  readonly doc?: string;
  readonly errors: readonly Diagnostic[];
}

/** One line per diagnostic: its severity icon, message and fix. */
export function ErrorLines({ errors }: { errors: readonly Diagnostic[] }) {
  return (
    <>
      {errors.map((e) => (
        <div className="field-error" key={diagnosticKey(e)}>
          <SeverityIcon severity={e.severity} />
          <span>
            {e.message} {e.fix}
          </span>
        </div>
      ))}
    </>
  );
}

/** The doc line and error messages under a field, and the ids that describe the input. */
export function FieldNotes({
  id,
  doc,
  errors,
  local,
}: {
  id: string;
  doc?: string;
  errors: readonly Diagnostic[];
  local?: string;
}) {
  return (
    <>
      {doc && (
        <div className="doc" id={`${id}-doc`}>
          {doc}
        </div>
      )}
      {(errors.length > 0 || local) && (
        <div id={`${id}-error`}>
          {local && (
            <div className="field-error">
              <SeverityIcon severity="error" />
              <span>{local}</span>
            </div>
          )}
          <ErrorLines errors={errors} />
        </div>
      )}
    </>
  );
}

/** aria attributes of an input with notes. */
export function described(id: string, doc: string | undefined, errors: readonly Diagnostic[], local?: string) {
  const ids = [doc ? `${id}-doc` : '', errors.length > 0 || local ? `${id}-error` : ''].filter(Boolean).join(' ');
  const invalid = errors.some((e) => e.severity === 'error') || local !== undefined;
  return { 'aria-describedby': ids || undefined, 'aria-invalid': invalid || undefined } as const;
}

export function Field({
  id,
  label,
  children,
  notes,
}: {
  id: string;
  label: string;
  children: ReactNode;
  notes: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {notes}
    </div>
  );
}

export function TextField(
  props: Common & {
    readonly value: string;
    readonly onChange: (value: string) => void;
    readonly placeholder?: string;
    readonly mono?: boolean;
    readonly multiline?: boolean;
  },
) {
  const { id, field, label, doc, errors, value, onChange, placeholder, mono, multiline } = props;
  const aria = described(id, doc, errors);
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={errors} />}>
      {multiline ? (
        <textarea
          id={id}
          className="textarea"
          data-field={field}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      ) : (
        <input
          id={id}
          className={`input${mono ? ' mono' : ''}`}
          data-field={field}
          value={value}
          placeholder={placeholder}
          spellCheck={false}
          autoComplete="off"
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )}
    </Field>
  );
}

const INTEGER = /^-?\d+$/;

/**
 * A whole-number input. Text that is not a whole number stays in the field, marked invalid, and is
 * not written to the document; any whole number is written, in bounds or not.
 */
export function IntInput({
  id,
  field,
  value,
  onChange,
  onValidity,
  ariaLabel,
  aria,
  className = 'input',
}: {
  id: string;
  field: string;
  value: number;
  onChange: (value: number) => void;
  onValidity?: (ok: boolean) => void;
  ariaLabel?: string;
  aria: ReturnType<typeof described>;
  className?: string;
}) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The document changed under the field (undo, another editor): show its value.
    setShown(value);
    if (Number(draft.trim()) !== value || !INTEGER.test(draft.trim())) setDraft(String(value));
  }
  const ok = INTEGER.test(draft.trim());
  useEffect(() => {
    if (ok) onValidity?.(true);
  }, [ok, onValidity]);
  return (
    <input
      id={id}
      className={className}
      data-field={field}
      inputMode="numeric"
      autoComplete="off"
      aria-label={ariaLabel}
      value={draft}
      onChange={(e) => {
        const text = e.target.value;
        setDraft(text);
        const good = INTEGER.test(text.trim());
        onValidity?.(good);
        if (good) {
          const n = Number(text.trim());
          setShown(n);
          onChange(n);
        }
      }}
      {...aria}
      aria-invalid={aria['aria-invalid'] || !ok || undefined}
    />
  );
}

export function IntField(
  props: Common & { readonly value: number; readonly onChange: (value: number) => void; readonly unit?: string },
) {
  const { id, field, label, doc, errors, value, onChange, unit } = props;
  const [bad, setBad] = useState(false);
  const onValidity = useCallback((ok: boolean) => setBad(!ok), []);
  const local = bad ? 'Enter a whole number.' : undefined;
  const aria = described(id, doc, errors, local);
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={bad ? [] : errors} local={local} />}>
      <div className="field-row">
        <IntInput id={id} field={field} value={value} onChange={onChange} onValidity={onValidity} aria={aria} />
        {unit && <span className="unit">{unit}</span>}
      </div>
    </Field>
  );
}

export function CheckField(props: Common & { readonly value: boolean; readonly onChange: (value: boolean) => void }) {
  const { id, field, label, doc, errors, value, onChange } = props;
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          data-field={field}
          checked={value}
          onChange={(e) => onChange(e.target.checked)}
          {...described(id, doc, errors)}
        />
        {label}
      </label>
      <FieldNotes id={id} doc={doc} errors={errors} />
    </div>
  );
}

export function SelectField(
  props: Common & {
    readonly value: string;
    readonly options: readonly string[];
    readonly optionLabels?: readonly string[];
    readonly onChange: (value: string) => void;
  },
) {
  const { id, field, label, doc, errors, value, options, optionLabels, onChange } = props;
  const known = options.includes(value);
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={errors} />}>
      <select
        id={id}
        className="select"
        data-field={field}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...described(id, doc, errors)}
      >
        {!known && <option value={value}>{value}</option>}
        {options.map((o, i) => (
          <option key={o} value={o}>
            {optionLabels?.[i] ?? o}
          </option>
        ))}
      </select>
    </Field>
  );
}
