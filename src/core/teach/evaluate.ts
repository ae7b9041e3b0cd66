/** Where a learner stands in a lesson: every step's check against the current design. */
import type { Design } from '../model/design';
import { statusOf } from './queries';
import type { Lesson, StepStatus } from './types';

export interface LessonState {
  readonly steps: readonly StepStatus[];
  /** Index of the first step that does not pass, or `steps.length` when all do. */
  readonly current: number;
  readonly complete: boolean;
}

/**
 * Runs every step's check. A check that throws counts as not passed (with its message), so a bad
 * design never breaks the panel.
 *
 * @example evaluateLesson(lesson, lesson.start).current // 0
 */
export function evaluateLesson(lesson: Lesson, design: Design): LessonState {
  const steps = lesson.steps.map((step): StepStatus => {
    try {
      return statusOf(step.check(design));
    } catch (e) {
      return { ok: false, why: e instanceof Error ? e.message : String(e) };
    }
  });
  const first = steps.findIndex((s) => !s.ok);
  const current = first < 0 ? steps.length : first;
  return { steps, current, complete: first < 0 };
}

/**
 * The design with every step up to and including `index` shown (each `showMe` in order).
 *
 * @example showUpTo(lesson, lesson.start, lesson.steps.length - 1) // the finished design
 */
export function showUpTo(lesson: Lesson, design: Design, index: number): Design {
  return lesson.steps.slice(0, index + 1).reduce((d, step) => step.showMe(d), design);
}
