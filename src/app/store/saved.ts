/** The saved design, read back through `restore()` like every untrusted input. */
import { type Design, restore } from '../../core';
import { type KeyValueStorage, STORAGE_KEY, UNREADABLE_KEY } from './persist';

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
