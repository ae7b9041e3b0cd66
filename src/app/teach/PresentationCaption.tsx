/**
 * Presentation mode's caption: the design's name or the lesson's step, the step buttons, and the
 * keys (→ shows the next step, ← goes back one, Escape leaves). Fetched when presentation starts.
 */
import { useEffect, useRef } from 'react';
import type { Design } from '../../core';
import { evaluateLesson, type Lesson, showUpTo } from '../../core/teach';

export interface CaptionProps {
  readonly onExit: () => void;
  /** The open lesson, if any: arrow keys step through it. */
  readonly lesson?: Lesson;
  readonly design: Design;
  /** Puts a design on the canvas (a lesson step shown or taken back). */
  readonly onDesign: (design: Design) => void;
  /** Told when presentation starts, e.g. to fit the view to the larger canvas. */
  readonly onEnter?: () => void;
}

/** The design one step further through the lesson, or one step back. */
export function stepThrough(lesson: Lesson, design: Design, direction: 1 | -1): Design {
  const state = evaluateLesson(lesson, design);
  if (direction === 1) {
    const step = lesson.steps[state.current];
    return step ? step.showMe(design) : design;
  }
  if (state.current === 0) return design;
  return showUpTo(lesson, lesson.start, state.current - 2);
}

export default function PresentationCaption({ onExit, lesson, design, onDesign, onEnter }: CaptionProps) {
  const latest = useRef({ lesson, design, onDesign, onExit, onEnter });
  latest.current = { lesson, design, onDesign, onExit, onEnter };
  const caption = useRef<HTMLElement>(null);

  useEffect(() => {
    latest.current.onEnter?.();
    caption.current?.focus();
    const onKey = (e: KeyboardEvent): void => {
      const { lesson: l, design: d, onDesign: put, onExit: exit } = latest.current;
      if (e.key === 'Escape') {
        e.preventDefault();
        exit();
        return;
      }
      const forward = e.key === 'ArrowRight' || e.key === 'PageDown';
      const back = e.key === 'ArrowLeft' || e.key === 'PageUp';
      if (!l || (!forward && !back)) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      e.preventDefault();
      e.stopPropagation();
      const next = stepThrough(l, d, forward ? 1 : -1);
      if (next !== d) put(next);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const state = lesson ? evaluateLesson(lesson, design) : undefined;
  const step = lesson && state ? lesson.steps[state.current] : undefined;

  return (
    <section className="presentation-caption" ref={caption} tabIndex={-1} aria-label="Presentation" aria-live="polite">
      <div className="presentation-text">
        {lesson && state ? (
          state.complete ? (
            <>
              <strong>{lesson.title}: complete.</strong> {lesson.done}
            </>
          ) : (
            <>
              <strong>
                Step {state.current + 1} of {lesson.steps.length}: {step?.title}.
              </strong>{' '}
              {step?.instruction}
            </>
          )
        ) : (
          <strong>{design.name}</strong>
        )}
      </div>
      <div className="presentation-actions">
        {lesson && (
          <>
            <button
              type="button"
              className="btn"
              aria-keyshortcuts="ArrowLeft"
              onClick={() => onDesign(stepThrough(lesson, design, -1))}
            >
              Previous step
            </button>
            <button
              type="button"
              className="btn"
              aria-keyshortcuts="ArrowRight"
              onClick={() => onDesign(stepThrough(lesson, design, 1))}
            >
              Next step
            </button>
          </>
        )}
        <button type="button" className="btn primary" aria-keyshortcuts="Escape" onClick={onExit}>
          Leave presentation
        </button>
      </div>
    </section>
  );
}
