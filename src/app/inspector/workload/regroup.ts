/** Diagnostics of a list or table editor, gathered onto its cells and its whole. */
import type { Diagnostic } from '../../../core';
import type { FieldErrors } from '../errors';
import { under } from '../errors';

/**
 * The element's diagnostics with those under `path` moved onto the deepest of `cells` they lie
 * under (a diagnostic at `pod.imagePullSecrets[0].name` onto the cell `pod.imagePullSecrets[0]`),
 * or onto `path` itself when under no cell, so an editor that shows cells and its whole shows them all.
 */
export function regroup(errors: FieldErrors, path: string, cells: readonly string[]): FieldErrors {
  const out = new Map<string, Diagnostic[]>();
  for (const [field, list] of errors) {
    let key = field;
    if (under(field, path)) {
      key = path;
      for (const c of cells) if (under(field, c) && c.length > key.length) key = c;
    }
    out.set(key, [...(out.get(key) ?? []), ...list]);
  }
  return out;
}
