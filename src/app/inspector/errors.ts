/** Diagnostics of one element, grouped by the field they point at. */
import type { Diagnostic } from '../../core';

export type FieldErrors = ReadonlyMap<string, readonly Diagnostic[]>;

const NONE: readonly Diagnostic[] = [];

/** The element's diagnostics by field; those without a field are under the key ''. */
export function byField(diagnostics: readonly Diagnostic[], elementId: string): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const t = d.target;
    const id =
      t.kind === 'container'
        ? t.containerId
        : t.kind === 'workload'
          ? t.workloadId
          : t.kind === 'external'
            ? t.externalId
            : t.kind === 'link'
              ? t.linkId
              : 'design';
    if (id !== elementId) continue;
    const key = t.field ?? '';
    out.set(key, [...(out.get(key) ?? []), d]);
  }
  return out;
}

export function errorsFor(errors: FieldErrors, field: string): readonly Diagnostic[] {
  return errors.get(field) ?? NONE;
}

/** A DOM id for a field of an element. */
export function fieldId(elementId: string, field: string): string {
  return `f-${elementId}-${field.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Diagnostics of `field` and of every field under it (`kube.readinessProbe` holds
 * `kube.readinessProbe.httpGet.port`), for a control that edits a whole Kubernetes value.
 */
export function errorsUnder(errors: FieldErrors, field: string): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [key, list] of errors) if (under(key, field)) out.push(...list);
  return out.length ? out : NONE;
}

/** True when `field` is `path` or lies under it (`path.x`, `path[0]`). */
export function under(field: string, path: string): boolean {
  return field === path || field.startsWith(`${path}.`) || field.startsWith(`${path}[`);
}
