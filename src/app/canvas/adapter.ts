/**
 * The one adapter between the design and React Flow: design -> nodes and edges, and React Flow's
 * changes (a drag that ends, a connection, a deletion) -> pure edits of `core/model/ops`.
 * Node objects are cached per domain object, so an edit re-creates only the nodes it touched and
 * React Flow re-renders only those.
 */
import { MarkerType, type NodeChange, Position } from '@xyflow/react';
import type {
  BuiltContainer,
  BuiltWorkload,
  Container,
  Design,
  Diagnostic,
  External,
  LinkKind,
  Point,
  Severity,
  Workload,
} from '../../core';
import {
  addLink,
  findContainer,
  moveContainer,
  moveContainerToWorkload,
  moveExternal,
  moveWorkload,
  removeElement,
} from '../../core/edit/ops';
import { CONTAINER_HEIGHT, CONTAINER_WIDTH } from '../../core/model/layout';
import type { Selection } from '../store/selection';
import { HANDLES } from './handles';
import type { CanvasNode, ContainerNode, ExternalNode, LinkEdge, WorkloadNode } from './types';

export const EXTERNAL_WIDTH = 200;
export const EXTERNAL_HEIGHT = 64;
const HANDLE = 10;

export type Edit = (design: Design) => Design;

/** The core's `builtWorkload`: the analysis the port labels are read from. */
export type BuildWorkload = (design: Design, workload: Workload) => BuiltWorkload;

/** What the canvas shows besides the design itself. */
export interface CanvasView {
  readonly selection: Selection | null;
  /** Worst severity per element id (containers, workloads, externals). */
  readonly problems: ReadonlyMap<string, Severity>;
  /** Workload a dragged container would land in. */
  readonly dropTarget: string | null;
  /** The analysis, for the port labels; null until the catalog has arrived (nodes show no ports). */
  readonly built: BuildWorkload | null;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Worst severity per element id; a container's problem also marks nothing else. */
export function problemsById(diagnostics: readonly Diagnostic[]): Map<string, Severity> {
  const out = new Map<string, Severity>();
  const mark = (id: string, s: Severity): void => {
    const current = out.get(id);
    if (!current || RANK[s] > RANK[current]) out.set(id, s);
  };
  for (const d of diagnostics) {
    const t = d.target;
    if (t.kind === 'container') mark(t.containerId, d.severity);
    else if (t.kind === 'workload') mark(t.workloadId, d.severity);
    else if (t.kind === 'external') mark(t.externalId, d.severity);
    else if (t.kind === 'link') mark(t.linkId, d.severity);
  }
  return out;
}

function handles(width: number, height: number): NonNullable<CanvasNode['handles']> {
  const h = HANDLE / 2;
  return [
    {
      id: HANDLES.left,
      type: 'target',
      position: Position.Left,
      x: -h,
      y: height / 2 - h,
      width: HANDLE,
      height: HANDLE,
    },
    { id: HANDLES.top, type: 'target', position: Position.Top, x: width / 2 - h, y: -h, width: HANDLE, height: HANDLE },
    {
      id: HANDLES.right,
      type: 'source',
      position: Position.Right,
      x: width - h,
      y: height / 2 - h,
      width: HANDLE,
      height: HANDLE,
    },
    {
      id: HANDLES.bottom,
      type: 'source',
      position: Position.Bottom,
      x: width / 2 - h,
      y: height - h,
      width: HANDLE,
      height: HANDLE,
    },
  ];
}

/** The box an element occupies on the canvas (absolute), or undefined. */
export function boxOf(design: Design, id: string): { x: number; y: number; width: number; height: number } | undefined {
  const w = design.workloads.find((x) => x.id === id);
  if (w) return w.layout;
  const found = findContainer(design, id);
  if (found) {
    const { workload, container } = found;
    return {
      x: workload.layout.x + container.layout.x,
      y: workload.layout.y + container.layout.y,
      width: CONTAINER_WIDTH,
      height: CONTAINER_HEIGHT,
    };
  }
  const e = design.externals.find((x) => x.id === id);
  if (e) return { ...e.layout, width: EXTERNAL_WIDTH, height: EXTERNAL_HEIGHT };
  return undefined;
}

/** Bottom to top when the target sits below the source in the same column, else right to left. */
export function routeOf(design: Design, from: string, to: string): { sourceHandle: string; targetHandle: string } {
  const a = boxOf(design, from);
  const b = boxOf(design, to);
  const sameColumn = a && b && b.x < a.x + a.width && a.x < b.x + b.width;
  if (a && b && sameColumn && b.y >= a.y + a.height) return { sourceHandle: HANDLES.bottom, targetHandle: HANDLES.top };
  return { sourceHandle: HANDLES.right, targetHandle: HANDLES.left };
}

const portCache = new WeakMap<BuiltContainer, readonly string[]>();
const NO_PORTS: readonly string[] = [];

/**
 * `6379 redis` for each port the container's template opens with its current parameters, read from
 * the core's analysis (which remembers each built container): the canvas builds no template itself.
 * None without the analysis: the first frame is drawn before the catalog arrives, and again after.
 */
export function portsOf(
  design: Design,
  workload: Workload,
  container: Container,
  builtWorkload: BuildWorkload | null,
): readonly string[] {
  if (!builtWorkload) return NO_PORTS;
  const built = builtWorkload(design, workload).containers.find((b) => b.container === container);
  if (!built) return NO_PORTS;
  const hit = portCache.get(built);
  if (hit) return hit;
  const ports = built.contribution.ports.map(
    (p) => `${p.containerPort}${p.name ? ` ${p.name}` : ''}${p.scope === 'localhost' ? ' (local)' : ''}`,
  );
  portCache.set(built, ports);
  return ports;
}

/**
 * Where a node is drawn: at offsets from the canvas origin instead of React Flow's per-node
 * `transform`. Thousands of transformed elements make the browser re-layerize on every frame of a
 * pan or zoom; plain offsets under one transformed viewport do not.
 */
export function placement(abs: Point): { left: number; top: number; transform: string; zIndex: undefined } {
  // No z-index either: one stacking context per node costs as much again; DOM order (each workload
  // before its containers) already stacks them right.
  return { left: abs.x, top: abs.y, transform: 'none', zIndex: undefined };
}

function samePlace(style: CanvasNode['style'], abs: Point): boolean {
  return style?.left === abs.x && style?.top === abs.y;
}

/** Caches node objects by the domain object they show and the view facts they depend on. */
export class NodeCache {
  private readonly workloads = new WeakMap<Workload, WorkloadNode>();
  private readonly containers = new WeakMap<Container, ContainerNode>();
  private readonly externals = new WeakMap<External, ExternalNode>();

  workload(w: Workload, selected: boolean, problem: Severity | null, dropTarget: boolean): WorkloadNode {
    const hit = this.workloads.get(w);
    const { x, y, width, height } = w.layout;
    if (
      hit &&
      hit.selected === selected &&
      hit.data.problem === problem &&
      hit.data.dropTarget === dropTarget &&
      samePlace(hit.style, { x, y })
    )
      return hit;
    const node: WorkloadNode = {
      id: w.id,
      type: 'workload',
      position: { x, y },
      data: { workload: w, problem, dropTarget },
      width,
      height,
      measured: { width, height },
      handles: handles(width, height),
      selected,
      ariaLabel: `Workload ${w.name}`,
      style: placement({ x, y }),
      zIndex: 0,
    };
    this.workloads.set(w, node);
    return node;
  }

  container(
    design: Design,
    w: Workload,
    c: Container,
    selected: boolean,
    problem: Severity | null,
    built: BuildWorkload | null = null,
  ): ContainerNode {
    const hit = this.containers.get(c);
    const abs = { x: w.layout.x + c.layout.x, y: w.layout.y + c.layout.y };
    const ports = portsOf(design, w, c, built);
    if (
      hit &&
      hit.parentId === w.id &&
      hit.data.ports === ports &&
      hit.selected === selected &&
      hit.data.problem === problem &&
      samePlace(hit.style, abs)
    )
      return hit;
    const node: ContainerNode = {
      id: c.id,
      type: 'container',
      parentId: w.id,
      position: { x: c.layout.x, y: c.layout.y },
      data: { container: c, role: c.role, ports, problem },
      width: CONTAINER_WIDTH,
      height: CONTAINER_HEIGHT,
      measured: { width: CONTAINER_WIDTH, height: CONTAINER_HEIGHT },
      handles: handles(CONTAINER_WIDTH, CONTAINER_HEIGHT),
      selected,
      ariaLabel: `Container ${c.name} (${c.role})`,
      style: placement(abs),
    };
    this.containers.set(c, node);
    return node;
  }

  external(e: External, selected: boolean, problem: Severity | null): ExternalNode {
    const hit = this.externals.get(e);
    if (hit && hit.selected === selected && hit.data.problem === problem) return hit;
    const node: ExternalNode = {
      id: e.id,
      type: 'external',
      position: { x: e.layout.x, y: e.layout.y },
      data: { external: e, problem },
      width: EXTERNAL_WIDTH,
      height: EXTERNAL_HEIGHT,
      measured: { width: EXTERNAL_WIDTH, height: EXTERNAL_HEIGHT },
      handles: handles(EXTERNAL_WIDTH, EXTERNAL_HEIGHT),
      selected,
      ariaLabel: `External ${e.name} (${e.kind})`,
      style: placement(e.layout),
    };
    this.externals.set(e, node);
    return node;
  }
}

/**
 * The design as React Flow nodes: each workload followed by its containers (parents before
 * children, as React Flow requires), then the externals.
 */
export function toNodes(design: Design, view: CanvasView, cache: NodeCache = new NodeCache()): CanvasNode[] {
  const sel = view.selection?.id ?? null;
  const nodes: CanvasNode[] = [];
  for (const w of design.workloads) {
    nodes.push(cache.workload(w, sel === w.id, view.problems.get(w.id) ?? null, view.dropTarget === w.id));
    for (const c of w.containers)
      nodes.push(cache.container(design, w, c, sel === c.id, view.problems.get(c.id) ?? null, view.built));
  }
  for (const e of design.externals) nodes.push(cache.external(e, sel === e.id, view.problems.get(e.id) ?? null));
  return nodes;
}

/**
 * The nodes with one of them being dragged to `position` (relative to its parent, as React Flow
 * reports it): it and, for a workload, its containers are drawn at their new place.
 */
export function withDrag(nodes: readonly CanvasNode[], id: string, position: Point): CanvasNode[] {
  const dragged = nodes.find((n) => n.id === id);
  if (!dragged) return [...nodes];
  const parent = dragged.parentId ? nodes.find((n) => n.id === dragged.parentId) : undefined;
  const origin = parent ? { x: Number(parent.style?.left ?? 0), y: Number(parent.style?.top ?? 0) } : { x: 0, y: 0 };
  const abs = { x: origin.x + position.x, y: origin.y + position.y };
  return nodes.map((n) => {
    if (n.id === id) return { ...n, position, dragging: true, style: { ...n.style, ...placement(abs) } };
    if (n.parentId === id)
      return { ...n, style: { ...n.style, ...placement({ x: abs.x + n.position.x, y: abs.y + n.position.y }) } };
    return n;
  });
}

/** `weight · share%` among the weighted links that leave the same element. */
function weightLabels(design: Design): Map<string, string> {
  const totals = new Map<string, number>();
  for (const l of design.links)
    if (l.weight !== undefined) totals.set(l.from, (totals.get(l.from) ?? 0) + Math.max(0, l.weight));
  const out = new Map<string, string>();
  for (const l of design.links) {
    if (l.weight === undefined) continue;
    const total = totals.get(l.from) ?? 0;
    const share = total > 0 ? Math.round((Math.max(0, l.weight) / total) * 100) : 0;
    out.set(l.id, `${l.weight} · ${share}%`);
  }
  return out;
}

/** The design's links as edges; links touching the selection are highlighted. */
export function toEdges(design: Design, selection: Selection | null): LinkEdge[] {
  const labels = weightLabels(design);
  const sel = selection?.id ?? null;
  let selWorkload: string | null = null;
  if (selection?.kind === 'workload') selWorkload = selection.id;
  const inSelWorkload = (id: string): boolean =>
    selWorkload !== null && findContainer(design, id)?.workload.id === selWorkload;
  return design.links.map((l) => {
    const highlighted =
      sel !== null && (l.id === sel || l.from === sel || l.to === sel || inSelWorkload(l.from) || inSelWorkload(l.to));
    const label = labels.get(l.id);
    return {
      id: l.id,
      type: 'link',
      source: l.from,
      target: l.to,
      ...routeOf(design, l.from, l.to),
      selected: l.id === sel,
      ariaLabel: `Link ${l.kind}${label ? ` ${label}` : ''}`,
      className: `link link-${l.kind}${highlighted ? ' is-highlighted' : ''}`,
      zIndex: highlighted ? 1000 : 500,
      markerEnd: {
        type: MarkerType.ArrowClosed,
        width: 16,
        height: 16,
        color: highlighted ? 'var(--accent)' : 'var(--edge-marker)',
      },
      data: { kind: l.kind, highlighted, ...(label ? { label } : {}) },
    };
  });
}

/** The topmost workload whose box holds the point (absolute canvas coordinates). */
export function workloadAt(design: Design, p: Point): Workload | undefined {
  for (let i = design.workloads.length - 1; i >= 0; i--) {
    const w = design.workloads[i];
    if (!w) continue;
    const { x, y, width, height } = w.layout;
    if (p.x >= x && p.x <= x + width && p.y >= y && p.y <= y + height) return w;
  }
  return undefined;
}

/**
 * Where a container dragged to `position` (relative to its current workload) lands: the workload
 * under its centre, at the matching relative point; undefined when the centre is on empty canvas.
 */
export function containerLanding(
  design: Design,
  containerId: string,
  position: Point,
): { readonly workloadId: string; readonly at: Point } | undefined {
  const found = findContainer(design, containerId);
  if (!found) return undefined;
  const abs = { x: found.workload.layout.x + position.x, y: found.workload.layout.y + position.y };
  const centre = { x: abs.x + CONTAINER_WIDTH / 2, y: abs.y + CONTAINER_HEIGHT / 2 };
  const target = workloadAt(design, centre);
  if (!target) return undefined;
  return { workloadId: target.id, at: { x: abs.x - target.layout.x, y: abs.y - target.layout.y } };
}

/**
 * The edit a finished drag makes: move a workload or external; move a container within its
 * workload or into the workload under it. A container dropped on empty canvas goes back (null).
 */
export function dragEndEdit(design: Design, nodeId: string, position: Point): Edit | null {
  if (design.workloads.some((w) => w.id === nodeId)) return (d) => moveWorkload(d, nodeId, position);
  if (design.externals.some((e) => e.id === nodeId)) return (d) => moveExternal(d, nodeId, position);
  const found = findContainer(design, nodeId);
  if (!found) return null;
  const landing = containerLanding(design, nodeId, position);
  if (!landing) return null;
  if (landing.workloadId === found.workload.id) return (d) => moveContainer(d, nodeId, landing.at);
  return (d) => moveContainerToWorkload(d, nodeId, landing.workloadId, landing.at);
}

/** What changes React Flow reports mean for the document and the selection. */
export interface ChangeOutcome {
  readonly edit: Edit | null;
  /** The id to select, null to clear, undefined to leave the selection alone. */
  readonly select?: string | null;
}

/**
 * Translates node changes: a position change with `dragging: false` ends a drag; `select` changes
 * move the selection; `remove` deletes. Dimension changes and in-drag positions change nothing.
 */
export function nodeChangesToOutcome(
  design: Design,
  changes: readonly NodeChange<CanvasNode>[],
  selected: string | null,
): ChangeOutcome {
  const edits: Edit[] = [];
  let select: string | null | undefined;
  for (const ch of changes) {
    if (ch.type === 'position' && ch.dragging === false && ch.position) {
      const edit = dragEndEdit(design, ch.id, ch.position);
      if (edit) edits.push(edit);
    } else if (ch.type === 'select') {
      if (ch.selected) select = ch.id;
      else if (ch.id === selected && select === undefined) select = null;
    } else if (ch.type === 'remove') {
      const id = ch.id;
      edits.push((d) => removeElement(d, id));
    }
  }
  const edit: Edit | null =
    edits.length === 0 ? null : edits.length === 1 ? (edits[0] ?? null) : (d) => edits.reduce((acc, e) => e(acc), d);
  return select === undefined ? { edit } : { edit, select };
}

/** The kind of link a new connection gets, from what it points at. */
export function linkKindFor(design: Design, target: string): LinkKind {
  const external = design.externals.find((e) => e.id === target);
  if (external?.kind === 'prometheus') return 'metrics';
  if (external?.kind === 'logs') return 'logs';
  return 'traffic';
}

/** The edit for a connection drawn from one handle to another. */
export function connectionEdit(design: Design, source: string | null, target: string | null): Edit | null {
  if (!source || !target || source === target) return null;
  const kind = linkKindFor(design, target);
  return (d) => addLink(d, { from: source, to: target, kind });
}
