/**
 * Autosave: the design goes to local storage shortly after every change and at once when the page
 * is hidden. Reading it back (through `restore()`) is in `saved.ts`, loaded only when there is a
 * saved design, so a first visit does not load the schema checker.
 */
import type { Design } from '../../core';
import { afterFrame } from '../after-frame';
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

/**
 * Writes the design where autosave keeps it and returns the length of the text written; throws as
 * `setItem` does (a full quota, private mode).
 */
export function writeDesign(storage: KeyValueStorage, design: Design): number {
  const text = JSON.stringify(design);
  storage.setItem(STORAGE_KEY, text);
  return text.length;
}

export interface Autosave {
  /** Writes the pending change now (on pagehide). */
  flush(): void;
  stop(): void;
}

/**
 * When autosave writes after a change: `delay` ms after the last one, at once (0), or `'by-size'`:
 * at once while the saved text is small, so a tab killed right after a keystroke keeps it, and right
 * after the frame that shows the change once it is large (`AT_ONCE_BELOW` characters), where the
 * write itself (11 ms for 475 K characters in Chromium, 48 ms for a million) would otherwise delay
 * that frame. The page's `pagehide` and `visibilitychange` handlers flush a pending write.
 */
export type SaveTiming = number | 'by-size';

/** Saved texts shorter than this (about 1 ms to write) are written in the change's own task. */
export const AT_ONCE_BELOW = 100_000;

/**
 * Saves the store's design after each change as `timing` says, and the preview's text drafts at
 * once. Failures (a full quota, private mode) become an error notice in the store instead of an
 * exception. The drafts kept from the last visit are put back first, in Edit mode.
 */
export function startAutosave(
  store: EditorStore,
  storage: KeyValueStorage,
  timing: SaveTiming = SAVE_DELAY_MS,
): Autosave {
  restoreDrafts(store, storage);
  /** Cancels the pending write, if any. */
  let pending: (() => void) | null = null;
  let saved: Design | null = store.getState().design;
  /** The length of the last text written: it says whether the next write can be made at once. */
  let size = 0;
  const cancel = (): void => {
    pending?.();
    pending = null;
  };
  const write = (): void => {
    pending = null;
    const design = store.getState().design;
    if (design === saved) return;
    try {
      size = writeDesign(storage, design);
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
    if (timing === 'by-size' && size >= AT_ONCE_BELOW) {
      // One write per frame however many changes it shows.
      pending ??= afterFrame(write);
      return;
    }
    cancel();
    if (timing === 'by-size' || timing <= 0) write();
    else {
      const timer = setTimeout(write, timing);
      pending = () => clearTimeout(timer);
    }
  });
  return {
    flush: () => {
      cancel();
      write();
    },
    stop: () => {
      cancel();
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
