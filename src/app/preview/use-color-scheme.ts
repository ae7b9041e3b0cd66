/**
 * The system colour scheme (`prefers-color-scheme`), kept up to date as the user switches it.
 */
import { useSyncExternalStore } from 'react';

/** `dark` or `light`, as the system prefers. */
export type ColorScheme = 'dark' | 'light';

const QUERY = '(prefers-color-scheme: dark)';

let list: MediaQueryList | null | undefined;

/** The query's list, made once: React reads the snapshot on every render of every user. */
function media(): MediaQueryList | null {
  if (list === undefined)
    list = typeof window === 'undefined' || typeof window.matchMedia !== 'function' ? null : window.matchMedia(QUERY);
  return list;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  if (list === null) return () => undefined;
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

const snapshot = (): ColorScheme => (media()?.matches ? 'dark' : 'light');
const serverSnapshot = (): ColorScheme => 'light';

/** Follows the system colour scheme; re-renders when it changes. */
export function useColorScheme(): ColorScheme {
  return useSyncExternalStore(subscribe, snapshot, serverSnapshot);
}
