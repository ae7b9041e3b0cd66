/** Small labelled controls of the template editor. Each has its accessible name from its label. */
import { useId } from 'react';

/** Lines of a textarea, without a trailing empty one. */
export function linesOf(text: string): string[] {
  return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

interface FieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly doc?: string;
  readonly mono?: boolean;
  readonly readOnly?: boolean;
  /** Hide the visible label (the accessible name stays). */
  readonly quiet?: boolean;
}

export function Field({ label, value, onChange, doc, mono, readOnly, quiet }: FieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={quiet ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <input
        id={id}
        className={`input${mono ? ' mono' : ''}`}
        value={value}
        readOnly={readOnly}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
      {doc && <span className="doc">{doc}</span>}
    </div>
  );
}

export function Area({ label, value, onChange, doc, rows = 4 }: FieldProps & { readonly rows?: number }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        className="textarea"
        rows={rows}
        value={value}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
      />
      {doc && <span className="doc">{doc}</span>}
    </div>
  );
}

interface SelectProps<T extends string> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly onChange: (value: T) => void;
  readonly quiet?: boolean;
}

export function Select<T extends string>({ label, value, options, onChange, quiet }: SelectProps<T>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className={quiet ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Replaces item `i` of a list. */
export function withItem<T>(items: readonly T[], i: number, item: T): T[] {
  return items.map((x, j) => (j === i ? item : x));
}

/** Removes item `i` of a list. */
export function withoutItem<T>(items: readonly T[], i: number): T[] {
  return items.filter((_, j) => j !== i);
}
