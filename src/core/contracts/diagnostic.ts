/**
 * A diagnostic is one problem with a design: a stable rule id (listed in `rules.ts`), a severity,
 * the element it points at, what is wrong, and what to change.
 */
import type { ElementRef } from '../model/design';
import type { RuleId } from './rules';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly target: ElementRef;
  /** What is wrong, in one sentence that names the value. */
  readonly message: string;
  /** What to change to fix it. */
  readonly fix: string;
}
