/**
 * The mini map: every node drawn once into one `<canvas>` (again only when the nodes change), and
 * the visible area as one outlined box moved by a store subscription, so a pan or zoom re-renders
 * no React component and repaints a single small element. Drag in it to pan; wheel to zoom.
 */
import { Panel, useReactFlow, useStoreApi } from '@xyflow/react';
import { type PointerEvent, useCallback, useEffect, useMemo, useRef, type WheelEvent } from 'react';
import type { CanvasNode } from './types';

const WIDTH = 200;
const HEIGHT = 150;
/** Room around the nodes, as a share of their extent. */
const MARGIN = 0.05;

/**
 * The fill of a node in the map: its role's colour (the same custom properties the nodes use, so the
 * map follows the theme), externals in their grey, workloads as a faint frame.
 */
function colourOf(node: CanvasNode, style: CSSStyleDeclaration): string {
  const variable = node.type === 'container' ? `--${node.data.role}` : node.type === 'external' ? '--external' : '';
  return (variable && style.getPropertyValue(variable).trim()) || 'rgba(140, 150, 170, 0.25)';
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a node is drawn (absolute canvas coordinates), from the placement the adapter gave it. */
export function boxOfNode(node: CanvasNode): Box {
  return {
    x: Number(node.style?.left ?? node.position.x),
    y: Number(node.style?.top ?? node.position.y),
    width: node.width ?? 0,
    height: node.height ?? 0,
  };
}

/** Scale and offset that fit `bounds` (with a margin) into the map, centred. */
export interface MapFrame {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

/** The frame that shows all boxes in a `width` × `height` map; a unit frame when there are none. */
export function frameOf(boxes: readonly Box[], width = WIDTH, height = HEIGHT): MapFrame {
  if (boxes.length === 0) return { scale: 1, x: 0, y: 0 };
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  const w = Math.max(1, maxX - minX) * (1 + 2 * MARGIN);
  const h = Math.max(1, maxY - minY) * (1 + 2 * MARGIN);
  const scale = Math.min(width / w, height / h);
  return {
    scale,
    x: width / 2 - ((minX + maxX) / 2) * scale,
    y: height / 2 - ((minY + maxY) / 2) * scale,
  };
}

/** The mini map panel in the bottom right corner of the canvas. */
export function CanvasMiniMap({ nodes }: { readonly nodes: readonly CanvasNode[] }) {
  const store = useStoreApi();
  const flow = useReactFlow();
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const boxes = useMemo(() => nodes.map(boxOfNode), [nodes]);
  const frame = useMemo(() => frameOf(boxes), [boxes]);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    el.width = WIDTH * ratio;
    el.height = HEIGHT * ratio;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    const style = getComputedStyle(el);
    nodes.forEach((node, i) => {
      const b = boxes[i];
      if (!b) return;
      ctx.fillStyle = colourOf(node, style);
      ctx.fillRect(
        frame.x + b.x * frame.scale,
        frame.y + b.y * frame.scale,
        b.width * frame.scale,
        b.height * frame.scale,
      );
    });
  }, [nodes, boxes, frame]);

  useEffect(() => {
    const place = (transform: readonly [number, number, number], width: number, height: number): void => {
      const el = view.current;
      if (!el) return;
      const [tx, ty, zoom] = transform;
      const s = frame.scale / zoom;
      el.style.left = `${frame.x - tx * s}px`;
      el.style.top = `${frame.y - ty * s}px`;
      el.style.width = `${width * s}px`;
      el.style.height = `${height * s}px`;
    };
    const first = store.getState();
    place(first.transform, first.width, first.height);
    return store.subscribe((s, prev) => {
      if (s.transform !== prev.transform || s.width !== prev.width || s.height !== prev.height)
        place(s.transform, s.width, s.height);
    });
  }, [store, frame]);

  /** Centres the view on the canvas point under the pointer. */
  const centreOn = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      const rect = e.currentTarget.getBoundingClientRect();
      const x = (e.clientX - rect.left - frame.x) / frame.scale;
      const y = (e.clientY - rect.top - frame.y) / frame.scale;
      void flow.setCenter(x, y, { zoom: flow.getZoom() });
    },
    [flow, frame],
  );

  const onPointerDown = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (e.button !== 0) return;
      dragging.current = true;
      e.currentTarget.setPointerCapture(e.pointerId);
      centreOn(e);
    },
    [centreOn],
  );
  const onPointerMove = useCallback(
    (e: PointerEvent<HTMLDivElement>) => {
      if (dragging.current) centreOn(e);
    },
    [centreOn],
  );
  const onPointerUp = useCallback(() => {
    dragging.current = false;
  }, []);
  const onWheel = useCallback(
    (e: WheelEvent<HTMLDivElement>) => {
      void flow.zoomTo(flow.getZoom() * 2 ** (-e.deltaY * 0.002));
    },
    [flow],
  );

  return (
    <Panel position="bottom-right" className="react-flow__minimap canvas-minimap">
      <div
        className="canvas-minimap-area nodrag nopan nowheel"
        role="img"
        aria-label="Mini map"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={onWheel}
      >
        <canvas ref={canvas} style={{ width: WIDTH, height: HEIGHT }} />
        <div ref={view} className="canvas-minimap-view" />
      </div>
    </Panel>
  );
}
