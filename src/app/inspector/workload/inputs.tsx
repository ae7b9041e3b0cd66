/**
 * Inputs of the workload inspector beyond the shared fields: a YAML field read back through the
 * core, and the cards' labels, texts and selects. The optional whole number and the tri-state
 * boolean are the container sections' (`../container/controls`).
 */
import { useState } from 'react';
import type { Diagnostic, JsonValue, YamlFieldResult } from '../../../core';
import { yamlText } from '../../../core';
import { described, FieldNotes } from '../fields';

export { OptionalIntField, TriStateField } from '../container/controls';

interface Common {
  readonly id: string;
  readonly field: string;
  readonly label: string;
  readonly doc?: string;
  readonly errors: readonly Diagnostic[];
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
      setError(`Not applied: ${r.error}`);
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
