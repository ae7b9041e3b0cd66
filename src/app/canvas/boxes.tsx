/**
 * The nodes React Flow does not draw (hidden below 20 % zoom, see `detail.ts`), as coloured boxes:
 * SVG paths in the viewport, one per look and square of the flow, however many nodes, under
 * the nodes React Flow draws. They look as the nodes do at that zoom (`.canvas.lod-min` in
 * styles.css). They take no pointer events (the browser would hit test thousands of shapes whenever
 * the page changes under the mouse): a click on one reaches the pane, and the canvas finds the node
 * with `nodeAt`.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { groupOf } from './detail';
import type { CanvasNode } from './types';

/** A rectangle as path commands: only fills of rectangles, which the browser paints fastest. */
function rect(x: number, y: number, w: number, h: number): string {
  return `M${x} ${y}h${w}v${h}h${-w}Z`;
}

/** Where a node is, absolute (the adapter places every node by `left`/`top`). */
function boxOf(n: CanvasNode): { x: number; y: number; w: number; h: number } {
  return { x: Number(n.style?.left ?? 0), y: Number(n.style?.top ?? 0), w: n.width ?? 0, h: n.height ?? 0 };
}

/** The class of the path a node is drawn in: its look at `min`. */
function lookOf(n: CanvasNode): string {
  const error = n.data.problem === 'error' ? ' has-error' : '';
  if (n.type === 'container') return `cbox role-${n.data.role}${error}`;
  if (n.type === 'workload') return `wbox${n.data.dropTarget ? ' drop-target' : ''}${error}`;
  return 'ebox';
}

/**
 * A node's look and path data, and for a container its stripe's (the thick left border in its
 * role's colour); one per node object. No other border: at this zoom it is a fraction of a pixel,
 * and a path with a hole per node (a border drawn as a ring) made each zoom step paint for 50 to
 * 400 ms.
 */
const shapes = new WeakMap<CanvasNode, readonly [string, string, string?, string?]>();

function shapeOf(n: CanvasNode): readonly [string, string, string?, string?] {
  const hit = shapes.get(n);
  if (hit) return hit;
  const { x, y, w, h } = boxOf(n);
  const look = lookOf(n);
  const shape: readonly [string, string, string?, string?] =
    n.type === 'container'
      ? [look, rect(x, y, w, h), `cstripe role-${n.data.role}`, rect(x, y, 5, h)]
      : [look, rect(x, y, w, h)];
  shapes.set(n, shape);
  return shape;
}

/**
 * Nodes are drawn in paths per look and per square of this size: the browser paints the layer in
 * tiles and culls whole paths by their bounds, so one path over the whole design would be walked
 * for every tile (each zoom step painted for 30 ms and more; DOM boxes did not).
 */
const CELL = 1024;

/**
 * The path data of each look, per square of the flow (`[look, d]`), workloads first so that their
 * containers are drawn over them, and containers' stripes last.
 */
export function boxPaths(nodes: readonly CanvasNode[]): [string, string][] {
  const paths = new Map<string, string[]>();
  const add = (look: string, cell: string, d: string) => {
    const key = `${look}@${cell}`;
    const list = paths.get(key);
    if (list) list.push(d);
    else paths.set(key, [d]);
  };
  for (const n of nodes) {
    const [look, d, stripe, stripeD] = shapeOf(n);
    const { x, y } = boxOf(n);
    const cell = `${Math.floor(x / CELL)},${Math.floor(y / CELL)}`;
    add(look, cell, d);
    if (stripe && stripeD) add(stripe, cell, stripeD);
  }
  const order = (look: string) => (look.startsWith('wbox') ? 0 : look.startsWith('cstripe') ? 2 : 1);
  return [...paths]
    .map(([key, list]) => [key.slice(0, key.indexOf('@')), list.join(''), key] as const)
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([look, d]) => [look, d] as [string, string]);
}

/**
 * The node the box layer draws at a flow point (a container or external before the workload under
 * it), or undefined.
 */
export function nodeAt(
  nodes: readonly CanvasNode[],
  hidden: ReadonlySet<string>,
  keep: string | null,
  point: { x: number; y: number },
): CanvasNode | undefined {
  if (hidden.size === 0) return undefined;
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i] as CanvasNode;
    const g = groupOf(n);
    if (g === keep || !hidden.has(g)) continue;
    const { x, y, w, h } = boxOf(n);
    if (point.x >= x && point.x <= x + w && point.y >= y && point.y <= y + h) return n;
  }
  return undefined;
}

interface BoxesProps {
  readonly nodes: readonly CanvasNode[];
  /** The groups hidden from React Flow: the layer is drawn while there are any. */
  readonly hidden: ReadonlySet<string>;
}

/**
 * While any group is hidden, every node as a box, under React Flow's nodes and links: the paths stay
 * the same while groups are hidden or shown a step at a time, so a step paints only the nodes it
 * mounts or unmounts, not the whole layer again.
 */
export const HiddenBoxes = memo(function HiddenBoxes({ nodes, hidden }: BoxesProps) {
  const active = hidden.size > 0;
  const paths = useMemo(() => (active ? boxPaths(nodes) : []), [nodes, active]);
  if (paths.length === 0) return null;
  return (
    <ViewportPortal>
      <svg className="lod-boxes" aria-hidden="true">
        {paths.map(([look, d], i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the paths are remade whole when the nodes change
          <path key={i} className={look} d={d} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
