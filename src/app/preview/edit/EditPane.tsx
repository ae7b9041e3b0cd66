/**
 * Beside the editor in Edit mode: why a file cannot be typed in, where a draft does not read, or what
 * the design cannot hold of it (the import's notices, in the import's styling), with Apply anyway
 * and Discard.
 */
import type { Editable, TextProblem } from '../../../core';
import type { DraftState } from './useTextEdit';
import '../../export/roundtrip.css';

export interface EditPaneProps {
  readonly path: string;
  readonly editable: Editable | null;
  readonly draft: DraftState | null;
  readonly onApply: () => void;
  readonly onDiscard: () => void;
  /** Puts the editor's cursor on a problem's place. */
  readonly onGoTo?: (problem: TextProblem) => void;
}

/** What the pane would show; null when there is nothing to say (the editor then takes the width). */
export function hasPaneContent(editable: Editable | null, draft: DraftState | null): boolean {
  return draft !== null || editable === null || !editable.editable;
}

export function EditPane({ path, editable, draft, onApply, onDiscard, onGoTo }: EditPaneProps) {
  const verdict = draft?.verdict ?? null;
  const canApply = verdict !== null && verdict.kind !== 'problems' && draft !== null;
  const actions =
    draft === null ? null : (
      <div className="ps-edit-actions">
        {canApply && (verdict?.kind === 'notices' || draft.stale) && (
          <button type="button" className="btn small primary" onClick={onApply}>
            Apply anyway
          </button>
        )}
        <button type="button" className="btn small" onClick={onDiscard}>
          Discard
        </button>
      </div>
    );
  return (
    <aside className="ps-edit-pane" aria-label={`Editing ${path}`}>
      {editable === null && <p className="ps-edit-note">Loading the text reader…</p>}
      {editable !== null && !editable.editable && (
        <p className="ps-edit-note" role="note">
          This file cannot be edited: {editable.reason}.
        </p>
      )}
      {draft?.stale && (
        <p className="ps-edit-note ps-edit-stale" role="note">
          The design changed since you began typing here (an edit elsewhere, or undo). Your text is kept:
          {canApply ? ' Apply anyway reads it into the design as it is now;' : ''} Discard shows the file as the design
          writes it.
        </p>
      )}
      {draft !== null && verdict === null && <p className="ps-edit-note">Reading the text…</p>}
      {verdict?.kind === 'problems' && (
        <section aria-label="Problems in the text" className="rt-notices">
          <h3>
            The text does not read ({verdict.problems.length}); the design is unchanged. Fix the marked{' '}
            {verdict.problems.length === 1 ? 'line' : 'lines'}, or discard.
          </h3>
          {actions}
          <ul className="rt-list">
            {verdict.problems.map((p) => (
              <li key={`${p.line}:${p.column}:${p.message}`} className="rt-notice warning ps-edit-problem">
                <button
                  type="button"
                  className="ps-edit-goto"
                  aria-label={`Go to line ${p.line}, column ${p.column}`}
                  onClick={() => onGoTo?.(p)}
                >
                  Line {p.line}, column {p.column}:
                </button>{' '}
                {p.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {verdict?.kind === 'notices' && (
        <section aria-label="Notices about the text" className="rt-notices">
          <h3>
            Not applied yet: the design would not hold all of it as typed ({verdict.notices.length}{' '}
            {verdict.notices.length === 1 ? 'notice' : 'notices'})
          </h3>
          {actions}
          <ul className="rt-list">
            {verdict.notices.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notices have no identity and never reorder
              <li key={i} className={`rt-notice ${n.severity}`}>
                <span className="visually-hidden">{n.severity}: </span>
                <span>{n.message}</span>
                {n.verbatim && (
                  <details>
                    <summary>As typed</summary>
                    <pre>{n.verbatim}</pre>
                  </details>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {verdict?.kind !== 'problems' && verdict?.kind !== 'notices' && actions}
    </aside>
  );
}
