/** The late catalog for React views: null until it has arrived, then the catalog (a re-render). */
import { useSyncExternalStore } from 'react';
import { catalogNow, type LateCatalog, onCatalog } from './catalog';

export function useCatalog(): LateCatalog | null {
  return useSyncExternalStore(onCatalog, catalogNow, catalogNow);
}
