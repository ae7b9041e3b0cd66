/** The check every hostile-input test makes: no throw, within a second, exactly one error as expected. */
import { expect } from 'vitest';

type Outcome = { readonly ok: true } | { readonly ok: false; readonly errors: readonly string[] };

/** Runs `read` and asserts it refused the input with one error equal to (or matching) `expected`. */
export function expectOneClearError(read: () => Outcome, expected: string | RegExp): void {
  const t0 = performance.now();
  let result: Outcome | undefined;
  expect(() => {
    result = read();
  }).not.toThrow();
  expect(performance.now() - t0).toBeLessThan(1000);
  expect(result?.ok).toBe(false);
  const errors = result && !result.ok ? result.errors : [];
  expect(errors).toHaveLength(1);
  if (typeof expected === 'string') expect(errors[0]).toBe(expected);
  else expect(errors[0]).toMatch(expected);
}
