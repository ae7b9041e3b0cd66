/**
 * Workshop mode's core: guided lessons as data, each step checked by a pure function of the design,
 * and explanations of generated config lines. Framework-free, like the rest of `src/core`.
 *
 * Files: `types.ts` (Lesson, LessonStep), `queries.ts` (what checks ask of a design), `lessons/`
 * (one file per lesson), `evaluate.ts` (every step's status), `explore.ts` (figures for the shard
 * explorer and the gallery), `progress.ts` (stored progress, read
 * defensively), `explain/` (the templates' line explanations, by file name).
 *
 * To add a lesson: write `lessons/NAME.ts` exporting a `Lesson` whose start design is built with
 * `sketchDesign`, list it in `lessons/index.ts`, and add its cases to `lessons.test.ts`.
 */
export type { LessonState } from './evaluate';
export { evaluateLesson, showUpTo } from './evaluate';
export type { DirectiveCompletion } from './explain';
export { completionsFor, explainerFor } from './explain';
export type { Moved, ShardMoves } from './explore';
export { exampleTeaching, exampleTemplate, firstSentences, nextServer, shardMoves } from './explore';
export { LESSONS } from './lessons';
export type { Progress } from './progress';
export { EMPTY_PROGRESS, forgetLesson, parseProgress, recordSteps, serializeProgress, setActive } from './progress';
export { statusOf } from './queries';
export type { CheckResult, Lesson, LessonStep, StepStatus } from './types';

import { LESSONS } from './lessons';
import type { Lesson } from './types';

/** The lesson with this id, or undefined. */
export function getLesson(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
