/**
 * How much each node shows at the current zoom, and which nodes React Flow draws itself.
 *
 * The level of detail is set once per threshold crossing by the canvas, so a pan or zoom between
 * thresholds re-renders no node. Below 20 % zoom React Flow mounts no node at all: every node is
 * given to it hidden, and one layer (`boxes.tsx`) draws them all as coloured boxes in a few SVG
 * paths, so a pan or zoom there mounts nothing. Crossing 20 %, the nodes are hidden or shown a few
 * at a time, one step after each frame (`stepTowards`), while the layer draws every node under
 * those React Flow draws.
 */
import { getViewportForBounds, useStore, useStoreApi } from '@xyflow/react';
import {
  createContext,
  type RefObject,
  useContext,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { afterFrame } from '../after-frame';
import type { CanvasNode } from './types';

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

/**
 * The most nodes shown in one step when coming back above 20 %: mounting one costs React Flow about
 * 0.3 ms (its wrapper, drag handler and size observer), and each step some 10 ms more (React Flow
 * takes every node into its store again), so that a step stays far from 50 ms on a loaded machine.
 */
export const SHOW_STEP = 10;
/** The most nodes hidden in one step when going below 20 % (unmounting costs about 0.2 ms each). */
export const HIDE_STEP = 20;
/**
 * The most nodes out of view changed in one step: React Flow mounts none of them, but takes each
 * changed node into its store again (about 10 µs each, and once more for a container).
 */
export const OUT_STEP = 500;

const NONE: ReadonlySet<string> = new Set();

/** How the canvas fits the design to its view, counting the nodes the box layer draws. */
export const FIT_VIEW = { padding: 0.15, maxZoom: 1, includeHiddenNodes: true };
/** The canvas's smallest zoom. */
export const CANVAS_MIN_ZOOM = 0.05;

/** The zoom React Flow's first fit (`FIT_VIEW`) gives `nodes` in a view of this size. */
export function fitZoom(nodes: readonly CanvasNode[], width: number, height: number): number {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const n of nodes) {
    if (n.parentId) continue;
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  if (x0 > x1 || width <= 0 || height <= 0) return FIT_VIEW.maxZoom;
  const bounds = { x: x0, y: y0, width: Math.max(1, x1 - x0), height: Math.max(1, y1 - y0) };
  return getViewportForBounds(bounds, width, height, CANVAS_MIN_ZOOM, FIT_VIEW.maxZoom, FIT_VIEW.padding).zoom;
}

/** A node's group: a workload with its containers, or an external. Groups are hidden and shown whole. */
export function groupOf(node: CanvasNode): string {
  return node.parentId ?? node.id;
}

/** A rectangle in flow coordinates. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The part of the flow in view, from React Flow's transform and the pane's size. */
export function viewRect(transform: readonly [number, number, number], width: number, height: number): Rect {
  const [tx, ty, zoom] = transform;
  return { x: -tx / zoom, y: -ty / zoom, width: width / zoom, height: height / zoom };
}

/** Every group of `nodes` but `keep`'s. */
export function groupsBut(nodes: readonly CanvasNode[], keep: string | null): ReadonlySet<string> {
  const out = new Set<string>();
  for (const n of nodes) if (!n.parentId && n.id !== keep) out.add(n.id);
  return out;
}

function overlaps(n: CanvasNode, view: Rect): boolean {
  const { x, y } = n.position;
  const w = n.width ?? 0;
  const h = n.height ?? 0;
  return x <= view.x + view.width && y <= view.y + view.height && x + w >= view.x && y + h >= view.y;
}

/**
 * One step from the groups `hidden` now towards the goal: all groups hidden at `min` (but `keep`'s),
 * none above. Going out, the groups out of `view` are hidden first (before a wider view brings them
 * in), up to `OUT_STEP` nodes a step, then those in view, up to `budget` nodes a step; going in,
 * those in view are shown first, then the others. A step takes at least one group, in document
 * order, and does one kind of work only. Returns `hidden` itself when it is there.
 */
export function stepTowards(
  nodes: readonly CanvasNode[],
  hidden: ReadonlySet<string>,
  min: boolean,
  keep: string | null,
  view: Rect,
  budget: number,
): ReadonlySet<string> {
  const size = new Map<string, number>();
  for (const n of nodes) {
    const g = groupOf(n);
    size.set(g, (size.get(g) ?? 0) + 1);
  }
  const outside: string[] = [];
  const inside: string[] = [];
  for (const n of nodes) {
    if (n.parentId || hidden.has(n.id) === (min && n.id !== keep)) continue;
    (overlaps(n, view) ? inside : outside).push(n.id);
  }
  const gone = [...hidden].filter((g) => !size.has(g));
  if (outside.length === 0 && inside.length === 0 && gone.length === 0) return hidden;
  const next = new Set(hidden);
  // Groups gone from the design leave no trace.
  for (const g of gone) next.delete(g);
  const [first, firstBudget, then, thenBudget] = min
    ? [outside, OUT_STEP, inside, budget]
    : [inside, budget, outside, OUT_STEP];
  const [these, most] = first.length > 0 ? [first, firstBudget] : [then, thenBudget];
  let taken = 0;
  for (const g of these) {
    const count = size.get(g) ?? 1;
    if (taken > 0 && taken + count > most) break;
    if (min && g !== keep) next.add(g);
    else next.delete(g);
    taken += count;
  }
  return next.size === 0 ? NONE : next;
}

const hiddenCopies = new WeakMap<CanvasNode, CanvasNode>();

/** The node as React Flow gets it when the box layer draws it instead (one copy per node object). */
export function hiddenCopy(node: CanvasNode): CanvasNode {
  let copy = hiddenCopies.get(node);
  if (!copy) {
    copy = { ...node, hidden: true } as CanvasNode;
    hiddenCopies.set(node, copy);
  }
  return copy;
}

/** `nodes` with the members of the `hidden` groups hidden, except `keep`'s group. */
export function withHidden(nodes: CanvasNode[], hidden: ReadonlySet<string>, keep: string | null): CanvasNode[] {
  if (hidden.size === 0) return nodes;
  return nodes.map((n) => {
    const g = groupOf(n);
    return g !== keep && hidden.has(g) ? hiddenCopy(n) : n;
  });
}

/**
 * The nodes React Flow gets, and the groups the box layer draws instead. At `min` every group is
 * hidden but `keep`'s (the selection's, so it stays focusable and drawn as selected); above it,
 * none. It gets there one step after each frame (`stepTowards`). `allHidden` says it is there at
 * `min`. `frame` is the canvas's size, null until it is known: React Flow is drawn from then on.
 */
export function useStagedNodes(
  nodes: CanvasNode[],
  min: boolean,
  keep: string | null,
  frame: { readonly width: number; readonly height: number } | null,
): { drawn: CanvasNode[]; hidden: ReadonlySet<string>; allHidden: boolean } {
  const store = useStoreApi();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(NONE);
  const [started, setStarted] = useState(false);
  if (frame && !started) {
    // Before React Flow's first render: if its first fit will be below 20 %, every group starts
    // hidden, so that the fit mounts no node (the whole design is in view then).
    setStarted(true);
    if (detailAt(fitZoom(nodes, frame.width, frame.height)) === 'min') setHidden(groupsBut(nodes, keep));
  }
  useEffect(() => {
    const s = store.getState();
    const budget = min ? HIDE_STEP : SHOW_STEP;
    if (stepTowards(nodes, hidden, min, keep, viewRect(s.transform, s.width, s.height), budget) === hidden) return;
    let cancel = afterFrame(function step() {
      const t = store.getState();
      // Until React Flow's first fit, the view is not the one the groups are to be shown in: a
      // group out of view at zoom 1 is in view at the fit, and would mount there.
      if (t.fitViewQueued) {
        cancel = afterFrame(step);
        return;
      }
      setHidden((h) => stepTowards(nodes, h, min, keep, viewRect(t.transform, t.width, t.height), budget));
    });
    return () => cancel();
  }, [nodes, hidden, min, keep, store]);

  const drawn = useMemo(() => withHidden(nodes, hidden, keep), [nodes, hidden, keep]);
  const groups = useMemo(() => groupsBut(nodes, keep), [nodes, keep]);
  let allHidden = true;
  for (const g of groups)
    if (!hidden.has(g)) {
      allHidden = false;
      break;
    }
  return { drawn, hidden, allHidden };
}

/**
 * Everything a canvas (the designer's, and the bench's floor page) needs to draw `nodes` at the
 * current zoom: the level, whether nodes are drawn in full, the section to measure (put `section`
 * on it; React Flow is drawn once `frame` is known), the nodes React Flow mounts, those the box
 * layer draws, and the section's level-of-detail classes.
 */
export function useLevelOfDetail(
  nodes: CanvasNode[],
  keep: string | null,
): {
  level: Detail;
  full: boolean;
  section: RefObject<HTMLElement | null>;
  frame: { readonly width: number; readonly height: number } | null;
  drawn: CanvasNode[];
  hidden: ReadonlySet<string>;
  className: string;
} {
  // The only subscription to the view: it changes at the two level-of-detail thresholds, so a pan
  // or zoom between them re-renders nothing.
  const level = useStore((s) => detailAt(s.transform[2]));
  // Across 45 % the nodes in view change their markup in a render React can interrupt, so the
  // crossing makes no long task (see useFullDetail). Their look (the lod-low class) changes with it.
  const full = useDeferredValue(level === 'full');
  // React Flow is drawn once the canvas's size is known (in the same frame): its first fit can then
  // be foreseen, and a design that fits below 20 % starts hidden (see useStagedNodes).
  const section = useRef<HTMLElement>(null);
  const [frame, setFrame] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const r = section.current?.getBoundingClientRect();
    setFrame({ width: r?.width ?? 0, height: r?.height ?? 0 });
  }, []);
  const { drawn, hidden, allHidden } = useStagedNodes(nodes, level === 'min', keep, frame);
  // The nodes still mounted below 20 % keep their names until they are hidden: restyling them all
  // as the zoom crosses 20 % was most of that task. Only the selection's group is left then.
  const className = level === 'min' && allHidden ? ' lod-low lod-min' : full ? '' : ' lod-low';
  return { level, full, section, frame, drawn, hidden, className };
}
