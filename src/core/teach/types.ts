/** Lessons as data: each step is checked by a pure function of the design, never by UI events. */
import type { Design } from '../model/design';

/** What a step check says: passed or not, and when not, why (in words a learner can act on). */
export type CheckResult = boolean | { readonly ok: boolean; readonly why?: string };

export interface LessonStep {
  /** Stable within its lesson; progress is stored by it. */
  readonly id: string;
  readonly title: string;
  /** What to do, in the designer's words (palette items, field titles). */
  readonly instruction: string;
  /** A nudge for a learner who is stuck; shown on demand. */
  readonly hint: string;
  /** Whether the design does what the step asks. Pure: the same design gives the same answer. */
  readonly check: (design: Design) => CheckResult;
  /** The design with this step applied (pure edits); earlier steps are assumed done. */
  readonly showMe: (design: Design) => Design;
}

export interface Lesson {
  /** Stable id, a DNS-1123 label; progress is stored by it. */
  readonly id: string;
  readonly title: string;
  /** One short paragraph: the situation and what the learner will build. */
  readonly intro: string;
  /** The catalog template the lesson is about (its teaching text explains the pattern). */
  readonly template: string;
  /** The design the lesson starts from. */
  readonly start: Design;
  readonly steps: readonly LessonStep[];
  /** Shown on the completion screen: what the learner built and why it matters. */
  readonly done: string;
}

/** A check result in one shape. */
export interface StepStatus {
  readonly ok: boolean;
  readonly why?: string;
}
