/**
 * Inputs of the workload inspector beyond the shared fields: diagnostics under a path, an optional
 * whole number, an optional text, a tri-state boolean, and a YAML field read back through the core.
 */
import { useState } from 'react';
import type { Diagnostic, JsonValue, YamlFieldResult } from '../../../core';
import { yamlText } from '../../../core';
import { described, Field, FieldNotes } from '../fields';

interface Common {
  readonly id: string;
  readonly field: string;
  readonly label: string;
  readonly doc?: string;
  readonly errors: readonly Diagnostic[];
}

const INTEGER = /^-?\d+$/;

/**
 * A whole number that may be left empty (the field is then not written). Text that is neither
 * stays in the input, marked invalid, and is not applied.
 */
export function OptionalIntField(
  props: Common & { readonly value: number | undefined; readonly onChange: (value: number | undefined) => void },
) {
  const { id, field, label, doc, errors, value, onChange } = props;
  const text = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  if (text !== shown) {
    // The document changed under the field (undo, another control): show its value.
    setShown(text);
    setDraft(text);
  }
  const trimmed = draft.trim();
  const local = trimmed === '' || INTEGER.test(trimmed) ? undefined : 'Enter a whole number, or leave it empty.';
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={local ? [] : errors} local={local} />}>
      <input
        id={id}
        className="input mono"
        data-field={field}
        inputMode="numeric"
        autoComplete="off"
        value={draft}
        onChange={(e) => {
          const t = e.target.value;
          setDraft(t);
          const v = t.trim();
          if (v === '' || INTEGER.test(v)) {
            const next = v === '' ? undefined : Number(v);
            setShown(next === undefined ? '' : String(next));
            onChange(next);
          }
        }}
        {...described(id, doc, errors, local)}
      />
    </Field>
  );
}

/** A boolean that may be unset: a select of "not set", "true" and "false". */
export function TriStateField(
  props: Common & { readonly value: boolean | undefined; readonly onChange: (value: boolean | undefined) => void },
) {
  const { id, field, label, doc, errors, value, onChange } = props;
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={errors} />}>
      <select
        id={id}
        className="select"
        data-field={field}
        value={value === undefined ? '' : String(value)}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value === 'true')}
        {...described(id, doc, errors)}
      >
        <option value="">Not set</option>
        <option value="true">true</option>
        <option value="false">false</option>
      </select>
    </Field>
  );
}

/**
 * A YAML text area for a value of the design. What is typed stays local until the field loses
 * focus (or Ctrl+Enter): then `read` parses it; an error is shown on the field and nothing is
 * applied, else `onApply` writes the value (one undo step). When the document changes under an
 * untouched field, the field shows the new value.
 */
export function YamlField({
  id,
  field,
  label,
  doc,
  errors,
  value,
  read,
  onApply,
  rows = 4,
  placeholder,
  card,
}: Common & {
  /** Words before the label that only screen readers hear, in a list of cards (`Init container 1`). */
  readonly card?: string;
  readonly value: JsonValue | undefined;
  readonly read: (text: string) => YamlFieldResult;
  readonly onApply: (value: JsonValue | undefined) => void;
  readonly rows?: number;
  readonly placeholder?: string;
}) {
  const text = yamlText(value);
  const [draft, setDraft] = useState(text);
  const [shown, setShown] = useState(text);
  const [error, setError] = useState<string | undefined>();
  if (text !== shown) {
    setShown(text);
    setDraft(text);
    setError(undefined);
  }
  const apply = () => {
    if (draft === shown) {
      setError(undefined);
      return;
    }
    const r = read(draft);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(undefined);
    onApply(r.value);
  };
  const lines = Math.min(16, Math.max(rows, draft.split('\n').length));
  return (
    <div className="field">
      {card ? <CardLabel htmlFor={id} card={card} label={label} /> : <label htmlFor={id}>{label}</label>}
      <textarea
        id={id}
        className="textarea yaml-field"
        data-field={field}
        rows={lines}
        value={draft}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            apply();
          }
        }}
        {...described(id, doc, errors, error)}
      />
      <FieldNotes id={id} doc={doc} errors={errors} local={error} />
    </div>
  );
}

/**
 * A label whose accessible name starts with words only screen readers hear: in a list of cards,
 * `Name` reads as `Volume 2 name`, so every control of the inspector has a name of its own.
 */
export function CardLabel({ htmlFor, card, label }: { htmlFor: string; card: string; label: string }) {
  return (
    <label htmlFor={htmlFor}>
      <span className="visually-hidden">{card} </span>
      {label}
    </label>
  );
}

/** A text input in a card (see `CardLabel`); `mono` for names, paths and quantities. */
export function CardText({
  id,
  field,
  card,
  label,
  doc,
  errors,
  value,
  placeholder,
  list,
  onChange,
}: Common & {
  readonly card: string;
  readonly value: string;
  readonly placeholder?: string;
  /** The id of a datalist of suggestions. */
  readonly list?: string;
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <CardLabel htmlFor={id} card={card} label={label} />
      <input
        id={id}
        className="input mono"
        data-field={field}
        value={value}
        placeholder={placeholder}
        list={list}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
        {...described(id, doc, errors)}
      />
      <FieldNotes id={id} doc={doc} errors={errors} />
    </div>
  );
}

/** A select in a card (see `CardLabel`). */
export function CardSelect({
  id,
  field,
  card,
  label,
  doc,
  errors,
  value,
  options,
  optionLabels,
  onChange,
}: Common & {
  readonly card: string;
  readonly value: string;
  readonly options: readonly string[];
  readonly optionLabels?: readonly string[];
  readonly onChange: (value: string) => void;
}) {
  return (
    <div className="field">
      <CardLabel htmlFor={id} card={card} label={label} />
      <select
        id={id}
        className="select"
        data-field={field}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        {...described(id, doc, errors)}
      >
        {!options.includes(value) && <option value={value}>{value}</option>}
        {options.map((o, i) => (
          <option key={o} value={o}>
            {optionLabels?.[i] ?? o}
          </option>
        ))}
      </select>
      <FieldNotes id={id} doc={doc} errors={errors} />
    </div>
  );
}
