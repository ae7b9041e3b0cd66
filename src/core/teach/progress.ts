/**
 * Lesson progress as kept in local storage: which lesson is open and which steps each lesson has
 * seen pass. Stored text is untrusted: anything unreadable gives empty progress, never an exception.
 */

export interface Progress {
  /** The lesson last opened, if any. */
  readonly active?: string;
  /** Lesson id → ids of steps the learner has completed. */
  readonly done: Readonly<Record<string, readonly string[]>>;
  /** Lessons completed at least once. */
  readonly completed: readonly string[];
}

export const EMPTY_PROGRESS: Progress = { done: {}, completed: [] };

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

function ids(value: unknown): string[] {
  return Array.isArray(value)
    ? [...new Set(value.filter((x): x is string => typeof x === 'string' && ID.test(x)))]
    : [];
}

/**
 * Reads stored progress; text that is not what `serializeProgress` writes gives `EMPTY_PROGRESS`,
 * and unknown or malformed entries are dropped one by one.
 *
 * @example parseProgress('not json') // EMPTY_PROGRESS
 */
export function parseProgress(text: string | null | undefined): Progress {
  if (!text) return EMPTY_PROGRESS;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return EMPTY_PROGRESS;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return EMPTY_PROGRESS;
  const o = raw as Record<string, unknown>;
  const done: Record<string, readonly string[]> = {};
  if (typeof o.done === 'object' && o.done !== null && !Array.isArray(o.done)) {
    for (const [lesson, steps] of Object.entries(o.done as Record<string, unknown>)) {
      if (ID.test(lesson)) done[lesson] = ids(steps);
    }
  }
  const active = typeof o.active === 'string' && ID.test(o.active) ? o.active : undefined;
  return { ...(active ? { active } : {}), done, completed: ids(o.completed) };
}

/** The text `parseProgress` reads back. */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** Progress with `steps` recorded as done for `lesson` (and the lesson as completed when `complete`). */
export function recordSteps(progress: Progress, lesson: string, steps: readonly string[], complete: boolean): Progress {
  const before = progress.done[lesson] ?? [];
  const merged = [...new Set([...before, ...steps])];
  const completed =
    complete && !progress.completed.includes(lesson) ? [...progress.completed, lesson] : progress.completed;
  if (merged.length === before.length && completed === progress.completed) return progress;
  return { ...progress, done: { ...progress.done, [lesson]: merged }, completed };
}

/** Progress with `lesson` as the open one (or none). */
export function setActive(progress: Progress, lesson: string | undefined): Progress {
  if (progress.active === lesson) return progress;
  const { active: _old, ...rest } = progress;
  return lesson ? { ...rest, active: lesson } : rest;
}

/** Progress without anything recorded for `lesson` (to start it again). */
export function forgetLesson(progress: Progress, lesson: string): Progress {
  const { [lesson]: _gone, ...done } = progress.done;
  return { ...progress, done, completed: progress.completed.filter((x) => x !== lesson) };
}
