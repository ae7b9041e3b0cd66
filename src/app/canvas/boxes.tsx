/**
 * The nodes React Flow does not draw (hidden below 20 % zoom, see `detail.ts`), as coloured boxes:
 * a few SVG paths in the viewport, two per look (border and inside), however many nodes, under
 * the nodes React Flow draws. They look as the nodes do at that zoom (`.canvas.lod-min` in
 * styles.css). They take no pointer events (the browser would hit test thousands of shapes whenever
 * the page changes under the mouse): a click on one reaches the pane, and the canvas finds the node
 * with `nodeAt`.
 */
import { ViewportPortal } from '@xyflow/react';
import { memo, useMemo } from 'react';
import { groupOf } from './detail';
import type { CanvasNode } from './types';

/** A rectangle as path commands. */
function rect(x: number, y: number, w: number, h: number): string {
  return `M${x} ${y}h${w}v${h}h${-w}Z`;
}

/**
 * A box with a border, as two paths' commands: the border (the outer rectangle with the inner one
 * cut out, filled even-odd) and the inside. Only fills, no strokes or rounded corners: at this zoom a
 * border is a pixel at most, and filling rectangles is what the browser paints fastest.
 */
function bordered(x: number, y: number, w: number, h: number, top: number, left: number): [string, string] {
  const inner = rect(x + left, y + top, w - left - top, h - 2 * top);
  return [rect(x, y, w, h) + inner, inner];
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

/** A node's two looks (its border's and its inside's) and their path data; one per node object. */
const shapes = new WeakMap<CanvasNode, readonly [string, string, string, string]>();

function shapeOf(n: CanvasNode): readonly [string, string, string, string] {
  const hit = shapes.get(n);
  if (hit) return hit;
  const { x, y, w, h } = boxOf(n);
  const look = lookOf(n);
  // The borders of `.cnode` (5 px on the left: the role's stripe), `.wnode` and `.enode`.
  const [border, inside] = n.type === 'container' ? bordered(x, y, w, h, 1, 5) : bordered(x, y, w, h, 1.5, 1.5);
  const shape = [`${look} edge`, border, look, inside] as const;
  shapes.set(n, shape);
  return shape;
}

/** The path data of each look, workloads first so that their containers are drawn over them. */
export function boxPaths(nodes: readonly CanvasNode[]): [string, string][] {
  const paths = new Map<string, string[]>();
  const add = (look: string, d: string) => {
    const list = paths.get(look);
    if (list) list.push(d);
    else paths.set(look, [d]);
  };
  for (const n of nodes) {
    const [edgeLook, border, look, inside] = shapeOf(n);
    add(edgeLook, border);
    add(look, inside);
  }
  const order = (look: string) => (look.startsWith('wbox') ? 0 : 1);
  return [...paths]
    .sort((a, b) => order(a[0]) - order(b[0]))
    .map(([look, list]) => [look, list.join('')] as [string, string]);
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
        {paths.map(([look, d]) => (
          <path key={look} className={look} d={d} />
        ))}
      </svg>
    </ViewportPortal>
  );
});
