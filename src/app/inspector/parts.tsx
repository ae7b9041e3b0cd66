/** Pieces shared by the inspector views. */
import type { ReactNode } from 'react';
import type { Diagnostic } from '../../core';
import { SeverityIcon, TrashIcon } from '../icons';
import { diagnosticKey } from '../problems/describe';

export function InspectorHead({
  title,
  sub,
  icon,
  className,
  onRemove,
  removeLabel,
}: {
  title: string;
  sub: string;
  icon?: ReactNode;
  className?: string;
  onRemove?: () => void;
  removeLabel?: string;
}) {
  return (
    <div className={`inspector-head ${className ?? ''}`}>
      {icon}
      <div style={{ minWidth: 0, flex: 1 }}>
        <h2 id="inspector-title" tabIndex={-1}>
          {title || '(no name)'}
        </h2>
        <div className="sub">{sub}</div>
      </div>
      {onRemove && (
        <button
          type="button"
          className="btn ghost icon-btn danger"
          aria-label={removeLabel ?? 'Remove'}
          title={removeLabel ?? 'Remove'}
          onClick={onRemove}
        >
          <TrashIcon />
        </button>
      )}
    </div>
  );
}

/** Diagnostics of the element that do not point at one field. */
export function ElementProblems({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="element-problems">
      {diagnostics.map((d) => (
        <li key={diagnosticKey(d)} className={d.severity}>
          <div className="field-row">
            <SeverityIcon severity={d.severity} />
            <strong>{d.message}</strong>
          </div>
          <div>{d.fix}</div>
        </li>
      ))}
    </ul>
  );
}

/** A count with its noun, e.g. `1 container`, `3 containers`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
