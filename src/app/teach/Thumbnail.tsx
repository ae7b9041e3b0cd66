/** A small picture of a design's canvas, drawn from its layout: workloads as boxes, containers coloured by role. */
import type { Design } from '../../core';
import { CONTAINER_HEIGHT, CONTAINER_WIDTH } from '../../core/model/layout';

/** Width to height of every thumbnail. */
const RATIO = 2.2;

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Absolute boxes of every element, by id. */
function boxes(design: Design): Map<string, Rect> {
  const out = new Map<string, Rect>();
  for (const w of design.workloads) {
    out.set(w.id, { x: w.layout.x, y: w.layout.y, w: w.layout.width, h: w.layout.height });
    for (const c of w.containers)
      out.set(c.id, {
        x: w.layout.x + c.layout.x,
        y: w.layout.y + c.layout.y,
        w: CONTAINER_WIDTH,
        h: CONTAINER_HEIGHT,
      });
  }
  for (const e of design.externals)
    out.set(e.id, { x: e.layout.x, y: e.layout.y, w: CONTAINER_WIDTH, h: CONTAINER_HEIGHT / 1.5 });
  return out;
}

/** A sentence that says what the picture shows, for screen readers. */
export function describeDesign(design: Design): string {
  const pods = design.workloads.map(
    (w) => `${w.name} (${w.containers.map((c) => `${c.name}, ${c.role}`).join('; ') || 'empty'})`,
  );
  const ext = design.externals.map((e) => e.name);
  return `Canvas: ${pods.join(', ')}${ext.length ? `; outside: ${ext.join(', ')}` : ''}.`;
}

export function Thumbnail({ design, width = 220 }: { design: Design; width?: number }) {
  const all = boxes(design);
  const list = [...all.values()];
  const pad = 24;
  const minX = Math.min(0, ...list.map((b) => b.x)) - pad;
  const minY = Math.min(0, ...list.map((b) => b.y)) - pad;
  const maxX = Math.max(1, ...list.map((b) => b.x + b.w)) + pad;
  const maxY = Math.max(1, ...list.map((b) => b.y + b.h)) + pad;
  // Every thumbnail has one shape: the content is centred in a box of RATIO width to height.
  const cw = maxX - minX;
  const ch = maxY - minY;
  const vw = Math.max(cw, ch * RATIO);
  const vh = vw / RATIO;
  const vx = minX - (vw - cw) / 2;
  const vy = minY - (vh - ch) / 2;
  const centre = (b: Rect) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
  return (
    <svg
      className="thumb"
      role="img"
      aria-label={describeDesign(design)}
      viewBox={`${vx} ${vy} ${vw} ${vh}`}
      width={width}
      height={Math.round(width / RATIO)}
      preserveAspectRatio="xMidYMid meet"
    >
      {design.links.map((l) => {
        const a = all.get(l.from);
        const b = all.get(l.to);
        if (!a || !b) return null;
        const p = centre(a);
        const q = centre(b);
        return <line key={l.id} className="thumb-link" x1={p.x} y1={p.y} x2={q.x} y2={q.y} />;
      })}
      {design.workloads.map((w) => (
        <g key={w.id}>
          <rect
            className="thumb-workload"
            x={w.layout.x}
            y={w.layout.y}
            width={w.layout.width}
            height={w.layout.height}
            rx={14}
          />
          {w.containers.map((c) => (
            <rect
              key={c.id}
              className={`thumb-container role-${c.role}`}
              x={w.layout.x + c.layout.x}
              y={w.layout.y + c.layout.y}
              width={CONTAINER_WIDTH}
              height={CONTAINER_HEIGHT}
              rx={10}
            />
          ))}
        </g>
      ))}
      {design.externals.map((e) => {
        const b = all.get(e.id);
        return b ? (
          <rect key={e.id} className="thumb-external" x={b.x} y={b.y} width={b.w} height={b.h} rx={26} />
        ) : null;
      })}
    </svg>
  );
}
