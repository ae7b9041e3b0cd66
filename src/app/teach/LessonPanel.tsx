/**
 * Guided lessons: pick one, then follow its steps on the canvas. Each step's tick comes from its
 * check over the current design, so it follows whatever the learner does (and undoes).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Design } from '../../core';
import {
  evaluateLesson,
  forgetLesson,
  type Lesson,
  type LessonState,
  type Progress,
  recordSteps,
  setActive,
} from '../../core/teach';
import type { ProgressStore } from './storage';
import './teach.css';

interface Props {
  readonly lessons: readonly Lesson[];
  readonly design: Design;
  readonly store: ProgressStore;
  /** Replaces the design with the lesson's starting design (one undoable step). */
  readonly onStart: (lesson: Lesson) => void;
  /** Applies a pure edit to the design ("Show me"). */
  readonly onEdit: (op: (design: Design) => Design) => void;
  readonly onClose: () => void;
  /** Told when the open lesson changes, e.g. for presentation mode. */
  readonly onActiveChange?: (lesson: Lesson | undefined) => void;
}

function LessonList({
  lessons,
  progress,
  onStart,
}: {
  lessons: readonly Lesson[];
  progress: Progress;
  onStart: (l: Lesson) => void;
}) {
  return (
    <ul className="lesson-list">
      {lessons.map((l) => {
        const done = progress.done[l.id]?.length ?? 0;
        const completed = progress.completed.includes(l.id);
        return (
          <li key={l.id}>
            <h3>{l.title}</h3>
            <p>{l.intro}</p>
            <div className="lesson-list-foot">
              <span className="muted">
                {completed
                  ? '✓ Completed'
                  : done > 0
                    ? `${done} of ${l.steps.length} steps done`
                    : `${l.steps.length} steps`}
              </span>
              <button
                type="button"
                className="btn small primary"
                aria-label={`Start ${l.title}`}
                onClick={() => onStart(l)}
              >
                Start
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function Steps({ lesson, state, onShowMe }: { lesson: Lesson; state: LessonState; onShowMe: (index: number) => void }) {
  const [hint, setHint] = useState<string | null>(null);
  const id = useId();
  return (
    <ol className="lesson-steps">
      {lesson.steps.map((step, i) => {
        const status = state.steps[i];
        const ok = status?.ok === true;
        const current = i === state.current;
        return (
          <li
            key={step.id}
            className={`lesson-step${ok ? ' ok' : ''}${current ? ' current' : ''}`}
            aria-current={current ? 'step' : undefined}
          >
            <div className="lesson-step-head">
              <span className="lesson-mark" aria-hidden="true">
                {ok ? '✓' : i + 1}
              </span>
              <span className="lesson-step-title">{step.title}</span>
              <span className="visually-hidden">{ok ? '(done)' : '(not done yet)'}</span>
            </div>
            {current && (
              <div className="lesson-step-body">
                <p>{step.instruction}</p>
                {status?.why && <p className="lesson-why">Not yet: {status.why}</p>}
                {hint === step.id && (
                  <p className="lesson-hint" id={`${id}-hint`}>
                    {step.hint}
                  </p>
                )}
                <div className="lesson-actions">
                  <button
                    type="button"
                    className="btn small"
                    aria-expanded={hint === step.id}
                    aria-controls={hint === step.id ? `${id}-hint` : undefined}
                    onClick={() => setHint(hint === step.id ? null : step.id)}
                  >
                    Hint
                  </button>
                  <button type="button" className="btn small" onClick={() => onShowMe(i)}>
                    Show me
                  </button>
                </div>
              </div>
            )}
            {ok && status?.why && <p className="lesson-note">{status.why}</p>}
          </li>
        );
      })}
    </ol>
  );
}

function Complete({ lesson, onAgain, onBack }: { lesson: Lesson; onAgain: () => void; onBack: () => void }) {
  return (
    <section className="lesson-complete" aria-labelledby="lesson-complete-title">
      <div className="lesson-complete-mark" aria-hidden="true">
        ✓
      </div>
      <h3 id="lesson-complete-title">Lesson complete</h3>
      <p className="lesson-complete-name">{lesson.title}</p>
      <p>{lesson.done}</p>
      <ul className="lesson-complete-steps">
        {lesson.steps.map((s) => (
          <li key={s.id}>✓ {s.title}</li>
        ))}
      </ul>
      <div className="lesson-actions">
        <button type="button" className="btn primary" onClick={onBack}>
          More lessons
        </button>
        <button type="button" className="btn" onClick={onAgain}>
          Start again
        </button>
      </div>
    </section>
  );
}

export function LessonPanel({ lessons, design, store, onStart, onEdit, onClose, onActiveChange }: Props) {
  const [progress, setProgress] = useState<Progress>(() => store.load());
  const lesson = lessons.find((l) => l.id === progress.active);
  const state = useMemo(() => (lesson ? evaluateLesson(lesson, design) : undefined), [lesson, design]);
  const id = useId();
  const [said, setSaid] = useState('');
  const before = useRef<LessonState | undefined>(undefined);

  const update = (next: Progress): void => {
    setProgress(next);
    store.save(next);
  };

  useEffect(() => onActiveChange?.(lesson), [lesson, onActiveChange]);

  // Record passing steps, and announce steps that have just passed.
  useEffect(() => {
    if (!lesson || !state) return;
    const passed = lesson.steps.filter((_, i) => state.steps[i]?.ok).map((s) => s.id);
    setProgress((p) => {
      const next = recordSteps(p, lesson.id, passed, state.complete);
      if (next !== p) store.save(next);
      return next;
    });
    const prev = before.current;
    before.current = state;
    if (!prev || prev.steps.length !== state.steps.length) return;
    if (state.complete && !prev.complete) setSaid(`Lesson complete: ${lesson.title}.`);
    else {
      const fresh = lesson.steps.find((_, i) => state.steps[i]?.ok && !prev.steps[i]?.ok);
      if (fresh) setSaid(`Step done: ${fresh.title}.`);
    }
  }, [lesson, state, store]);

  const start = (l: Lesson): void => {
    before.current = undefined;
    update(setActive(forgetLesson(progress, l.id), l.id));
    onStart(l);
  };

  return (
    <aside className="teach-side lessons" aria-labelledby={id}>
      <div className="teach-side-head">
        <h2 id={id}>{lesson ? lesson.title : 'Lessons'}</h2>
        <button type="button" className="btn ghost small" onClick={onClose} aria-label="Close lessons">
          Close
        </button>
      </div>
      <div className="teach-side-body">
        {!lesson || !state ? (
          <LessonList lessons={lessons} progress={progress} onStart={start} />
        ) : state.complete ? (
          <Complete
            lesson={lesson}
            onAgain={() => start(lesson)}
            onBack={() => update(setActive(progress, undefined))}
          />
        ) : (
          <>
            <p>{lesson.intro}</p>
            <p className="muted" aria-hidden="true">
              {state.steps.filter((s) => s.ok).length} of {lesson.steps.length} steps done
            </p>
            <Steps
              lesson={lesson}
              state={state}
              onShowMe={(i) => {
                const step = lesson.steps[i];
                if (step) onEdit(step.showMe);
              }}
            />
            <div className="lesson-actions">
              <button type="button" className="btn small ghost" onClick={() => update(setActive(progress, undefined))}>
                All lessons
              </button>
              <button type="button" className="btn small ghost" onClick={() => start(lesson)}>
                Start again
              </button>
            </div>
          </>
        )}
        <div className="visually-hidden" role="status" aria-live="polite">
          {said}
        </div>
      </div>
    </aside>
  );
}
