/**
 * Lesson progress in the browser's local storage. Whatever the storage holds (nothing, old or
 * broken data) reads as valid progress, and a storage that refuses to read or write is ignored.
 */
import { EMPTY_PROGRESS, type Progress, parseProgress, serializeProgress } from '../../core/teach';

export const PROGRESS_KEY = 'podsmith.lessons.v1';

/** The part of `Storage` progress needs. */
export interface KeyValue {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ProgressStore {
  load(): Progress;
  save(progress: Progress): void;
}

/** A progress store over `storage` (or a memory-only one when storage is null). */
export function progressStore(storage: KeyValue | null): ProgressStore {
  let memory: Progress = EMPTY_PROGRESS;
  return {
    load() {
      if (!storage) return memory;
      try {
        return parseProgress(storage.getItem(PROGRESS_KEY));
      } catch {
        return memory;
      }
    },
    save(progress) {
      memory = progress;
      try {
        storage?.setItem(PROGRESS_KEY, serializeProgress(progress));
      } catch {
        // Storage full or refused: progress lives in memory for this visit.
      }
    },
  };
}

/** The browser's local storage, or null where it is not allowed. */
export function browserStorage(): KeyValue | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
