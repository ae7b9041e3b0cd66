/**
 * The template catalog, fetched after the first frame. The palette and canvas draw from a light
 * summary and the design alone; what reads a template (adding a container, opening an example, the
 * canvas's port labels) takes the catalog from here: `catalogNow()` when it has arrived, else
 * `loadCatalog()` and then the same work.
 */
export type LateCatalog = typeof import('./catalog-code');

let loaded: LateCatalog | null = null;
let loading: Promise<LateCatalog> | null = null;
const listeners = new Set<() => void>();

/** The catalog if it has arrived, else null. */
export function catalogNow(): LateCatalog | null {
  return loaded;
}

/** Fetches the catalog once; a failed fetch is tried again on the next call. */
export function loadCatalog(): Promise<LateCatalog> {
  loading ??= import('./catalog-code').then(
    (m) => {
      loaded = m;
      for (const listener of listeners) listener();
      return m;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Calls `listener` when the catalog arrives; returns the unsubscribe. */
export function onCatalog(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
