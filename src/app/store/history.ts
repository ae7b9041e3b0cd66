/**
 * Undo history of immutable designs. A commit pushes the current document onto `past`; edits that
 * share a coalesce key within `COALESCE_MS` (the keystrokes of one field) make a single step.
 */
import type { Design } from '../../core';

/** How long a run of edits to one field stays one undo step. */
export const COALESCE_MS = 1000;
/** How many steps are kept. */
export const HISTORY_LIMIT = 200;

export interface History {
  readonly past: readonly Design[];
  readonly present: Design;
  readonly future: readonly Design[];
  /** Coalesce key and time of the last commit. */
  readonly last: { readonly key: string; readonly at: number } | null;
}

/** A history holding one document and no steps. */
export function startHistory(present: Design): History {
  return { past: [], present, future: [], last: null };
}

/**
 * Records `next` as the new present. A no-op edit (same object) changes nothing; an edit with the
 * same coalesce key as the previous one within `COALESCE_MS` replaces the present without a step.
 */
export function commit(h: History, next: Design, key?: string, now = Date.now()): History {
  if (next === h.present) return h;
  const merge = key !== undefined && h.last !== null && h.last.key === key && now - h.last.at < COALESCE_MS;
  const last = key === undefined ? null : { key, at: now };
  if (merge) return { ...h, present: next, future: [], last };
  const past = [...h.past, h.present];
  return {
    past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past,
    present: next,
    future: [],
    last,
  };
}

export function undo(h: History): History {
  const prev = h.past.at(-1);
  if (prev === undefined) return h;
  return { past: h.past.slice(0, -1), present: prev, future: [h.present, ...h.future], last: null };
}

export function redo(h: History): History {
  const next = h.future[0];
  if (next === undefined) return h;
  return { past: [...h.past, h.present], present: next, future: h.future.slice(1), last: null };
}
