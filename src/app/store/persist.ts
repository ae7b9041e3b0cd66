/**
 * Autosave: the design goes to local storage shortly after every change and at once when the page
 * is hidden; at start it comes back through `restore()`, like every untrusted input.
 */
import { type Design, restore } from '../../core';
import type { EditorStore } from './editor';

export const STORAGE_KEY = 'podsmith.design';
/** Where a saved document that cannot be restored is kept, so no work is silently lost. */
export const UNREADABLE_KEY = 'podsmith.design.unreadable';
/** Autosave delay after the last change. */
export const SAVE_DELAY_MS = 250;

/** The part of `Storage` autosave uses (tests pass a Map-backed fake). */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type Saved =
  | { readonly kind: 'none' }
  | { readonly kind: 'design'; readonly design: Design }
  | { readonly kind: 'unreadable'; readonly reason: string };

/** Reads the saved design. A document `restore()` refuses is moved to `UNREADABLE_KEY`. */
export function loadSaved(storage: KeyValueStorage): Saved {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch (e) {
    return { kind: 'unreadable', reason: `local storage cannot be read (${String(e)})` };
  }
  if (text === null) return { kind: 'none' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    keepUnreadable(storage, text);
    return { kind: 'unreadable', reason: 'the saved text is not JSON' };
  }
  const result = restore(json);
  if (result.ok) return { kind: 'design', design: result.design };
  keepUnreadable(storage, text);
  return { kind: 'unreadable', reason: result.errors.slice(0, 3).join('; ') };
}

function keepUnreadable(storage: KeyValueStorage, text: string): void {
  try {
    storage.setItem(UNREADABLE_KEY, text);
  } catch {
    // Nothing more can be done; the caller tells the user.
  }
}

export interface Autosave {
  /** Writes the pending change now (on pagehide). */
  flush(): void;
  stop(): void;
}

/**
 * Saves the store's design `delay` ms after each change. Failures (a full quota, private mode)
 * become an error notice in the store instead of an exception.
 */
export function startAutosave(store: EditorStore, storage: KeyValueStorage, delay = SAVE_DELAY_MS): Autosave {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved: Design | null = store.getState().design;
  const write = (): void => {
    timer = null;
    const design = store.getState().design;
    if (design === saved) return;
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(design));
      saved = design;
    } catch (e) {
      store
        .getState()
        .notify(`Your design could not be saved in this browser (${String(e)}). Export it to keep it.`, 'error');
    }
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.design === prev.design) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(write, delay);
  });
  return {
    flush: () => {
      if (timer !== null) clearTimeout(timer);
      write();
    },
    stop: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      unsubscribe();
    },
  };
}
