/**
 * How much each node shows at the current zoom. Set once per threshold crossing by the canvas, so
 * a pan or zoom between thresholds re-renders no node.
 */
import { useStoreApi } from '@xyflow/react';
import { createContext, useContext } from 'react';

/** `full`: everything; `low`: the name only; `min`: a coloured box. */
export type Detail = 'full' | 'low' | 'min';

/** Below this zoom, nodes show their name only. */
export const LOW_DETAIL_ZOOM = 0.45;
/** Below this zoom, names are too small to read: nodes are plain coloured boxes. */
export const MIN_DETAIL_ZOOM = 0.2;

/** The level of detail for a zoom factor. */
export function detailAt(zoom: number): Detail {
  return zoom < MIN_DETAIL_ZOOM ? 'min' : zoom < LOW_DETAIL_ZOOM ? 'low' : 'full';
}

/**
 * Whether nodes are drawn in full (at `full`) or as boxes with their name (below it). The canvas
 * tells `low` from `min` by a class, so crossing 20 % zoom changes no context value and re-renders
 * no node.
 */
export const FullDetailContext = createContext(true);

/**
 * Whether a node is drawn in full. The canvas gives the context a deferred value, so the nodes
 * mounted already change their markup in a render React can interrupt; a node rendered before that
 * (one that comes into view as the zoom crosses 45 % going out) reads the zoom itself, so it mounts
 * with the markup it keeps instead of mounting in full and changing at once.
 */
export function useFullDetail(): boolean {
  const full = useContext(FullDetailContext);
  const store = useStoreApi();
  return full && store.getState().transform[2] >= LOW_DETAIL_ZOOM;
}
