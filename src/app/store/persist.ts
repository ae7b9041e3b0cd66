/**
 * Autosave: the design goes to local storage shortly after every change and at once when the page
 * is hidden. Reading it back (through `restore()`) is in `saved.ts`, loaded only when there is a
 * saved design, so a first visit does not load the schema checker.
 */
import type { Design } from '../../core';
import { readDrafts, writeDrafts } from './drafts';
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

/** Writes the design where autosave keeps it; throws as `setItem` does (a full quota, private mode). */
export function writeDesign(storage: KeyValueStorage, design: Design): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(design));
}

export interface Autosave {
  /** Writes the pending change now (on pagehide). */
  flush(): void;
  stop(): void;
}

/**
 * Saves the store's design `delay` ms after each change (at once when `delay` is 0), and the preview's
 * text drafts at once. Failures (a full quota, private mode) become an error notice in the store
 * instead of an exception. The drafts kept from the last visit are put back first, in Edit mode.
 */
export function startAutosave(store: EditorStore, storage: KeyValueStorage, delay = SAVE_DELAY_MS): Autosave {
  restoreDrafts(store, storage);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved: Design | null = store.getState().design;
  const write = (): void => {
    timer = null;
    const design = store.getState().design;
    if (design === saved) return;
    try {
      writeDesign(storage, design);
      saved = design;
    } catch (e) {
      store
        .getState()
        .notify(`Your design could not be saved in this browser (${String(e)}). Export it to keep it.`, 'error');
    }
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.drafts !== prev.drafts) {
      try {
        writeDrafts(storage, state.drafts);
      } catch (e) {
        store
          .getState()
          .notify(
            `The text you typed in the preview could not be saved in this browser (${String(e)}). Apply or discard it before you reload.`,
            'error',
          );
      }
    }
    if (state.design === prev.design) return;
    if (timer !== null) clearTimeout(timer);
    // With no delay the change is written before the event that made it returns: a tab that crashes
    // right after a keystroke keeps it.
    if (delay <= 0) write();
    else timer = setTimeout(write, delay);
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

/** Puts the drafts kept in `storage` back into the store, in Edit mode; says so when some could not be read. */
function restoreDrafts(store: EditorStore, storage: KeyValueStorage): void {
  const saved = readDrafts(storage);
  const state = store.getState();
  const paths = Object.keys(saved.drafts);
  if (paths.length > 0) {
    store.setState({ drafts: saved.drafts, editingText: true });
  }
  if (saved.problem)
    state.notify(
      `Your text drafts could not all be opened (${saved.problem}); the design itself is as saved.`,
      'error',
    );
}
