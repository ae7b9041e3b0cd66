/** What the user has selected on the canvas: one element at a time. */
import type { Design } from '../../core';
import { kindOfId } from '../../core/edit/ops';

export type Selection =
  | { readonly kind: 'workload'; readonly id: string }
  | { readonly kind: 'container'; readonly id: string }
  | { readonly kind: 'external'; readonly id: string }
  | { readonly kind: 'link'; readonly id: string };

/** The selection if its element still exists in `design` (after an undo, say), else null. */
export function keepSelection(design: Design, selection: Selection | null): Selection | null {
  if (!selection) return null;
  return kindOfId(design, selection.id) === selection.kind ? selection : null;
}

/** A selection for whatever element the id names, or null. */
export function selectionOf(design: Design, id: string): Selection | null {
  const kind = kindOfId(design, id);
  return kind ? { kind, id } : null;
}
