/** Inputs the Kubernetes sections share: an optional whole number, a yes/no/unset choice, lines of words. */
import { useState } from 'react';
import type { Diagnostic } from '../../../core';
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
 * A whole number that may be left empty (the field is then not written). Text that is not a whole
 * number stays in the input, marked invalid, and changes nothing.
 */
export function OptionalIntField(
  props: Common & {
    readonly value: number | undefined;
    readonly onChange: (value: number | undefined) => void;
    readonly unit?: string;
  },
) {
  const { id, field, label, doc, errors, value, onChange, unit } = props;
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    setDraft(value === undefined ? '' : String(value));
  }
  const t = draft.trim();
  const local = t === '' || INTEGER.test(t) ? undefined : 'Enter a whole number, or leave it empty.';
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={local ? [] : errors} local={local} />}>
      <div className="field-row">
        <input
          id={id}
          className="input mono"
          data-field={field}
          inputMode="numeric"
          autoComplete="off"
          value={draft}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            const tt = text.trim();
            if (tt === '' || INTEGER.test(tt)) {
              const n = tt === '' ? undefined : Number(tt);
              setShown(n);
              onChange(n);
            }
          }}
          {...described(id, doc, errors, local)}
        />
        {unit && <span className="unit">{unit}</span>}
      </div>
    </Field>
  );
}

/** A boolean field that may be unset: "Not set", "true" or "false". */
export function TriStateField(
  props: Common & { readonly value: boolean | undefined; readonly onChange: (value: boolean | undefined) => void },
) {
  const { value, onChange, ...rest } = props;
  return (
    <OptionalSelectField
      {...rest}
      value={value === undefined ? undefined : String(value)}
      options={BOOLEAN_WORDS}
      onChange={(v) => onChange(v === undefined ? undefined : v === 'true')}
    />
  );
}

const BOOLEAN_WORDS = ['true', 'false'] as const;

/** A select whose first option, "Not set", removes the field. */
export function OptionalSelectField(
  props: Common & {
    readonly value: string | undefined;
    readonly options: readonly string[];
    readonly onChange: (value: string | undefined) => void;
    readonly unsetLabel?: string;
  },
) {
  const { id, field, label, doc, errors, value, options, onChange, unsetLabel = 'Not set' } = props;
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={errors} />}>
      <select
        id={id}
        className="select"
        data-field={field}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        {...described(id, doc, errors)}
      >
        <option value="">{unsetLabel}</option>
        {value !== undefined && !options.includes(value) && <option value={value}>{value}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </Field>
  );
}

/**
 * A list of words, one per line (a command and its arguments, capabilities). Lines are written as
 * typed; empty lines are dropped.
 */
export function LinesField(
  props: Common & {
    readonly value: readonly string[];
    readonly onChange: (value: string[]) => void;
    readonly placeholder?: string;
  },
) {
  const { id, field, label, doc, errors, value, onChange, placeholder } = props;
  const [draft, setDraft] = useState(value.join('\n'));
  const [shown, setShown] = useState(value);
  if (
    value !== shown &&
    value.join('\n') !==
      draft
        .split('\n')
        .filter((l) => l !== '')
        .join('\n')
  ) {
    setShown(value);
    setDraft(value.join('\n'));
  }
  return (
    <Field id={id} label={label} notes={<FieldNotes id={id} doc={doc} errors={errors} />}>
      <textarea
        id={id}
        className="textarea kube-lines"
        data-field={field}
        value={draft}
        rows={Math.min(6, Math.max(2, value.length + 1))}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          const next = e.target.value.split('\n').filter((l) => l !== '');
          setShown(next);
          onChange(next);
        }}
        {...described(id, doc, errors)}
      />
    </Field>
  );
}

/** Strings of a JSON list (other values are left out). */
export function stringsOf(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}
