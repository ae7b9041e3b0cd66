import type { NodeChange } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { builtWorkload, type Design, type Diagnostic, sketchDesign } from '../../core';
import { findContainer, renameContainer } from '../../core/edit/ops';
import { CONTAINER_HEIGHT, CONTAINER_WIDTH } from '../../core/model/layout';
import {
  type CanvasView,
  connectionEdit,
  containerLanding,
  dragEndEdit,
  NodeCache,
  nodeChangesToOutcome,
  problemsById,
  toEdges,
  toNodes,
  withDrag,
} from './adapter';
import type { CanvasNode } from './types';

const design = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      { name: 'web', containers: [{ template: 'app-node' }, { template: 'app-redis' }] },
      { name: 'db', containers: [{ template: 'app-mysql' }] },
    ],
    externals: [{ name: 'prometheus', kind: 'prometheus', address: 'prometheus:9090' }],
    links: [
      { from: 'web/web', to: 'db/mysql', kind: 'traffic', weight: 3 },
      { from: 'web/web', to: 'web/redis', kind: 'traffic', weight: 1 },
      { from: 'prometheus', to: 'db', kind: 'metrics' },
    ],
  });

const view = (over: Partial<CanvasView> = {}): CanvasView => ({
  selection: null,
  problems: new Map(),
  dropTarget: null,
  built: builtWorkload,
  ...over,
});

describe('design -> nodes', () => {
  it('puts each workload before its containers, then the externals, with accessible names', () => {
    const nodes = toNodes(design(), view());
    expect(nodes.map((n) => [n.id, n.type, n.parentId ?? null, n.ariaLabel])).toEqual([
      ['w1', 'workload', null, 'Workload web'],
      ['w1c1', 'container', 'w1', 'Container web (app)'],
      ['w1c2', 'container', 'w1', 'Container redis (app)'],
      ['w2', 'workload', null, 'Workload db'],
      ['w2c1', 'container', 'w2', 'Container mysql (app)'],
      ['e1', 'external', null, 'External prometheus (prometheus)'],
    ]);
  });
  it('gives nodes their size and handles up front, so none waits to be measured', () => {
    const d = design();
    const [w, c] = toNodes(d, view());
    expect(w?.measured).toEqual({ width: d.workloads[0]?.layout.width, height: d.workloads[0]?.layout.height });
    expect(c?.measured).toEqual({ width: CONTAINER_WIDTH, height: CONTAINER_HEIGHT });
    expect(c?.handles?.map((h) => `${h.type}:${h.position}`)).toEqual([
      'target:left',
      'target:top',
      'source:right',
      'source:bottom',
    ]);
    expect(c?.position).toEqual(d.workloads[0]?.containers[0]?.layout);
  });
  it('shows the ports the template opens', () => {
    const nodes = toNodes(design(), view());
    const redis = nodes.find((n) => n.id === 'w1c2');
    expect(redis?.type === 'container' && redis.data.ports).toEqual(['6379 redis']);
  });
  it('draws the nodes without ports before the analysis arrives, and again with them after', () => {
    const cache = new NodeCache();
    const d = design();
    const early = toNodes(d, view({ built: null }), cache);
    expect(early.flatMap((n) => (n.type === 'container' ? n.data.ports : []))).toEqual([]);
    const late = toNodes(d, view(), cache);
    expect(late.filter((n, i) => n !== early[i]).map((n) => n.id)).toEqual(['w1c1', 'w1c2', 'w2c1']);
    const redis = late.find((n) => n.id === 'w1c2');
    expect(redis?.type === 'container' && redis.data.ports).toEqual(['6379 redis']);
  });
  it('re-creates only the nodes whose element, selection or problem changed', () => {
    const cache = new NodeCache();
    const d = design();
    const first = toNodes(d, view(), cache);
    const renamed = renameContainer(d, 'w1c2', 'cache');
    const second = toNodes(renamed, view({ selection: { kind: 'container', id: 'w2c1' } }), cache);
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    // w1 holds a new container list, w1c2 was renamed, w2c1 is now selected.
    expect(changed).toEqual(['w1', 'w1c2', 'w2c1']);
    expect(second.find((n) => n.id === 'w2c1')?.selected).toBe(true);
    const third = toNodes(renamed, view({ problems: new Map([['e1', 'error']]) }), cache);
    expect(third.filter((n, i) => n !== second[i]).map((n) => n.id)).toEqual(['w2c1', 'e1']);
  });
  it('marks the worst problem of each element', () => {
    const diag = (severity: Diagnostic['severity'], containerId: string): Diagnostic => ({
      rule: 'PS003',
      severity,
      target: { kind: 'container', workloadId: 'w1', containerId },
      message: '',
      fix: '',
    });
    const problems = problemsById([diag('warning', 'w1c1'), diag('error', 'w1c1'), diag('warning', 'w1c2')]);
    expect([...problems]).toEqual([
      ['w1c1', 'error'],
      ['w1c2', 'warning'],
    ]);
  });
});

describe('design -> edges', () => {
  it('labels weighted links with their share and highlights the selection', () => {
    const edges = toEdges(design(), { kind: 'container', id: 'w1c2' });
    expect(edges.map((e) => [e.id, e.source, e.target, e.data?.label ?? null, e.data?.highlighted])).toEqual([
      ['l1', 'w1c1', 'w2c1', '3 · 75%', false],
      ['l2', 'w1c1', 'w1c2', '1 · 25%', true],
      ['l3', 'e1', 'w2', null, false],
    ]);
  });
  it('routes a link to a container below bottom to top, others right to left', () => {
    const edges = toEdges(design(), null);
    expect(edges.map((e) => [e.id, e.sourceHandle, e.targetHandle])).toEqual([
      ['l1', 'out-right', 'in-left'],
      ['l2', 'out-bottom', 'in-top'],
      ['l3', 'out-right', 'in-left'],
    ]);
  });
  it('a selected workload highlights the links of its containers', () => {
    const edges = toEdges(design(), { kind: 'workload', id: 'w2' });
    expect(edges.filter((e) => e.data?.highlighted).map((e) => e.id)).toEqual(['l1', 'l3']);
  });
});

describe('changes -> edits', () => {
  const change = (id: string, x: number, y: number, dragging: boolean): NodeChange<CanvasNode> => ({
    id,
    type: 'position',
    position: { x, y },
    dragging,
  });

  it('ignores positions while dragging and moves on drag end', () => {
    const d = design();
    expect(nodeChangesToOutcome(d, [change('w2', 900, 50, true)], null).edit).toBeNull();
    const out = nodeChangesToOutcome(d, [change('w2', 900, 50, false)], null);
    expect(out.edit?.(d).workloads[1]?.layout).toMatchObject({ x: 900, y: 50 });
    const ext = nodeChangesToOutcome(d, [change('e1', 10, 500, false)], null);
    expect(ext.edit?.(d).externals[0]?.layout).toEqual({ x: 10, y: 500 });
  });

  it('a container dropped inside its workload moves there', () => {
    const d = design();
    const edit = dragEndEdit(d, 'w1c1', { x: 30, y: 60 });
    expect(findContainer(edit?.(d) ?? d, 'w1c1')?.container.layout).toEqual({ x: 30, y: 60 });
  });

  it('a container dropped over another workload moves into it, keeping its links', () => {
    const d = design();
    const w1 = d.workloads[0]?.layout;
    const w2 = d.workloads[1]?.layout;
    if (!w1 || !w2) throw new Error('no layout');
    // Relative to w1, a point inside w2's box.
    const pos = { x: w2.x - w1.x + 20, y: w2.y - w1.y + 60 };
    expect(containerLanding(d, 'w1c2', pos)).toEqual({ workloadId: 'w2', at: { x: 20, y: 60 } });
    const next = dragEndEdit(d, 'w1c2', pos)?.(d) ?? d;
    expect(findContainer(next, 'w1c2')?.workload.id).toBe('w2');
    expect(next.links).toEqual(d.links);
  });

  it('a container dropped on empty canvas goes back', () => {
    expect(dragEndEdit(design(), 'w1c2', { x: 5000, y: 5000 })).toBeNull();
  });

  it('select changes move the selection; deselecting the selected element clears it', () => {
    const d = design();
    expect(
      nodeChangesToOutcome(
        d,
        [
          { id: 'w1c1', type: 'select', selected: false },
          { id: 'w2c1', type: 'select', selected: true },
        ],
        'w1c1',
      ).select,
    ).toBe('w2c1');
    expect(nodeChangesToOutcome(d, [{ id: 'w1c1', type: 'select', selected: false }], 'w1c1').select).toBeNull();
    expect('select' in nodeChangesToOutcome(d, [{ id: 'w1c1', type: 'select', selected: false }], 'w2c1')).toBe(false);
  });

  it('remove changes delete the element and its links', () => {
    const d = design();
    const out = nodeChangesToOutcome(d, [{ id: 'w2c1', type: 'remove' }], null);
    const next = out.edit?.(d) ?? d;
    expect(findContainer(next, 'w2c1')).toBeUndefined();
    expect(next.links.map((l) => l.id)).toEqual(['l2', 'l3']);
  });

  it('a connection adds a link whose kind follows the target', () => {
    const d = design();
    expect(connectionEdit(d, 'w1c1', 'w1c1')).toBeNull();
    const toProm = connectionEdit(d, 'w2c1', 'e1')?.(d);
    expect(toProm?.links.at(-1)).toEqual({ id: 'l4', from: 'w2c1', to: 'e1', kind: 'metrics' });
    const toApp = connectionEdit(d, 'w1c2', 'w2c1')?.(d);
    expect(toApp?.links.at(-1)?.kind).toBe('traffic');
  });
});

describe('drawing a drag', () => {
  it('moves the dragged node and, for a workload, its containers', () => {
    const d = design();
    const nodes = toNodes(d, view());
    const moved = withDrag(nodes, 'w1', { x: 100, y: 50 });
    const w1 = moved.find((n) => n.id === 'w1');
    expect(w1?.style).toMatchObject({ left: 100, top: 50 });
    const c = moved.find((n) => n.id === 'w1c2');
    const rel = d.workloads[0]?.containers[1]?.layout;
    expect(c?.style).toMatchObject({ left: 100 + (rel?.x ?? 0), top: 50 + (rel?.y ?? 0) });
    expect(moved.find((n) => n.id === 'w2')).toBe(nodes.find((n) => n.id === 'w2'));
    const child = withDrag(nodes, 'w1c1', { x: 30, y: 70 }).find((n) => n.id === 'w1c1');
    expect(child?.style).toMatchObject({ left: (d.workloads[0]?.layout.x ?? 0) + 30, top: 70 });
  });
});
