import { describe, expect, it } from 'vitest';
import { designOfSize } from '../../../bench/designs';
import { builtWorkload, type Design } from '../../core';
import { NodeCache, toNodes } from './adapter';
import { boxPaths, nodeAt } from './boxes';
import {
  CANVAS_MIN_ZOOM,
  detailAt,
  fitZoom,
  groupOf,
  groupsBut,
  HIDE_STEP,
  hiddenCopy,
  LOW_DETAIL_ZOOM,
  MIN_DETAIL_ZOOM,
  OUT_STEP,
  type Rect,
  SHOW_STEP,
  stepTowards,
  viewRect,
  withHidden,
} from './detail';
import type { CanvasNode } from './types';

describe('level of detail', () => {
  it.each([
    [2, 'full'],
    [LOW_DETAIL_ZOOM, 'full'],
    [LOW_DETAIL_ZOOM - 0.01, 'low'],
    [MIN_DETAIL_ZOOM, 'low'],
    [MIN_DETAIL_ZOOM - 0.01, 'min'],
    [0.05, 'min'],
  ] as const)('zoom %s draws %s nodes', (zoom, detail) => {
    expect(detailAt(zoom)).toBe(detail);
  });
});

const nodesOf = (design: Design, selection: string | null = null): CanvasNode[] =>
  toNodes(
    design,
    {
      selection: selection ? { kind: 'container', id: selection } : null,
      problems: new Map(),
      dropTarget: null,
      built: builtWorkload,
    },
    new NodeCache(),
  ) as CanvasNode[];

const big = designOfSize(1000);
const bigNodes = nodesOf(big);
const groups = groupsBut(bigNodes, null);
/** Two rows of workloads in view, at their top left. */
const view: Rect = { x: 0, y: 0, width: 20 * 320, height: 2 * 400 - 1 };

/** The groups in view. */
const inView = (): string[] =>
  [...groups].filter((g) => {
    const n = bigNodes.find((x) => x.id === g) as CanvasNode;
    return n.position.y < view.y + view.height && n.position.x < view.x + view.width;
  });

/** How many nodes the hidden groups hold. */
const nodesIn = (hidden: ReadonlySet<string>): number => bigNodes.filter((n) => hidden.has(groupOf(n))).length;

/** Steps `stepTowards` until it stops changing, and returns every step's set. */
function walk(from: ReadonlySet<string>, min: boolean, keep: string | null, budget: number): ReadonlySet<string>[] {
  const steps = [from];
  for (let i = 0; i < 1000; i++) {
    const prev = steps[steps.length - 1] as ReadonlySet<string>;
    const next = stepTowards(bigNodes, prev, min, keep, view, budget);
    if (next === prev) return steps;
    steps.push(next);
  }
  throw new Error('never settles');
}

/** How many nodes, in view, change from one set of hidden groups to the next. */
function inViewChanged(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  return bigNodes.filter((n) => {
    const g = groupOf(n);
    const top = bigNodes.find((x) => x.id === g) as CanvasNode;
    const inView = top.position.x < view.x + view.width && top.position.y < view.y + view.height;
    return inView && a.has(g) !== b.has(g);
  }).length;
}

describe('hiding nodes from React Flow below 20 %', () => {
  it('groups a workload with its containers', () => {
    const w = big.workloads[0];
    const nodes = bigNodes.filter((n) => groupOf(n) === w?.id);
    expect(nodes.map((n) => n.id)).toEqual([w?.id, ...(w?.containers.map((c) => c.id) ?? [])]);
  });

  it('foresees the zoom of the first fit, to start hidden when it is below 20 %', () => {
    // The app's canvas at 1440 × 900 is 840 × 528: the fit stops at the smallest zoom. The floor's
    // is the whole window (React Flow fitted it to 0.0662 in the browser).
    expect(fitZoom(bigNodes, 840, 528)).toBe(CANVAS_MIN_ZOOM);
    expect(fitZoom(bigNodes, 1440, 900)).toBeCloseTo(0.0662, 3);
    expect(detailAt(fitZoom(bigNodes, 1440, 900))).toBe('min');
    expect(fitZoom(bigNodes.slice(0, 3), 840, 528)).toBe(1);
    expect(fitZoom([], 840, 528)).toBe(1);
  });

  it('reads the part in view from the transform', () => {
    expect(viewRect([-100, -50, 0.5], 800, 600)).toEqual({ x: 200, y: 100, width: 1600, height: 1200 });
  });

  it('going out, hides the groups out of view first, then those in view, a step at a time', () => {
    const steps = walk(new Set(), true, null, HIDE_STEP);
    expect(steps[steps.length - 1]).toEqual(groups);
    const inViewSteps = steps.slice(1).filter((h, i) => inViewChanged(steps[i] as ReadonlySet<string>, h) > 0);
    // Out of view first: once a step has hidden a group in view, every group out of view is hidden.
    const firstIn = steps.findIndex((h, i) => i > 0 && inViewChanged(steps[i - 1] as ReadonlySet<string>, h) > 0);
    expect(steps[firstIn - 1]?.size).toBe(groups.size - inView().length);
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1] as ReadonlySet<string>, steps[i] as ReadonlySet<string>];
      expect(inViewChanged(a, b)).toBeLessThanOrEqual(HIDE_STEP);
      if (inViewChanged(a, b) === 0) expect(nodesIn(b) - nodesIn(a)).toBeLessThanOrEqual(OUT_STEP);
    }
    expect(inViewSteps.length).toBeGreaterThan(1);
  });

  it('going in, shows the groups in view first, a step at a time, then the others', () => {
    const steps = walk(groups, false, null, SHOW_STEP);
    expect(steps[steps.length - 1]?.size).toBe(0);
    const lastIn = steps.findLastIndex((h, i) => i > 0 && inViewChanged(steps[i - 1] as ReadonlySet<string>, h) > 0);
    expect(steps[lastIn]?.size).toBe(groups.size - inView().length);
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [steps[i - 1] as ReadonlySet<string>, steps[i] as ReadonlySet<string>];
      expect(inViewChanged(a, b)).toBeLessThanOrEqual(SHOW_STEP);
      if (inViewChanged(a, b) === 0) expect(nodesIn(a) - nodesIn(b)).toBeLessThanOrEqual(OUT_STEP);
    }
  });

  it('always takes a group, even one larger than the budget', () => {
    const next = stepTowards(bigNodes, groups, false, null, view, 1);
    const first = big.workloads[0];
    expect(inViewChanged(groups, next)).toBe((first?.containers.length ?? 0) + 1);
    expect(groups.size - next.size).toBe(1);
  });

  it('never hides the kept group (the selection), and forgets groups no longer in the design', () => {
    const keep = big.workloads[3]?.id ?? '';
    const steps = walk(new Set(['gone']), true, keep, HIDE_STEP);
    const last = steps[steps.length - 1] as ReadonlySet<string>;
    expect(last.has(keep)).toBe(false);
    expect(last.has('gone')).toBe(false);
    expect(last.size).toBe(groups.size - 1);
  });

  it('gives React Flow hidden copies of the hidden groups, one per node object', () => {
    const hidden = new Set([big.workloads[0]?.id ?? '']);
    const drawn = withHidden(bigNodes, hidden, null);
    const w = big.workloads[0];
    expect(drawn.filter((n) => n.hidden).map((n) => n.id)).toEqual([w?.id, ...(w?.containers.map((c) => c.id) ?? [])]);
    expect(drawn[0]).toBe(hiddenCopy(bigNodes[0] as CanvasNode));
    expect(withHidden(bigNodes, hidden, w?.id ?? null).some((n) => n.hidden)).toBe(false);
    expect(withHidden(bigNodes, new Set(), null)).toBe(bigNodes);
  });
});

describe('the box layer', () => {
  const small = nodesOf(big).slice(0, 3); // a workload and its containers
  const w = small[0] as CanvasNode;
  const c = small[1] as CanvasNode;
  const hidden = new Set([w.id]);

  it('draws each look in one path, workloads first, containers over them and their stripes last', () => {
    const paths = boxPaths(small);
    const looks = paths.map(([look]) => look);
    expect(looks[0]).toBe('wbox');
    const stripes = looks.findIndex((l) => l.startsWith('cstripe'));
    expect(stripes).toBeGreaterThan(1);
    expect(looks.slice(1, stripes).every((l) => l.startsWith('cbox role-'))).toBe(true);
    expect(looks.slice(stripes).every((l) => l.startsWith('cstripe role-'))).toBe(true);
    // One rectangle per node, and a stripe per container.
    const count = (stripes: boolean) =>
      paths.filter(([l]) => l.startsWith('cstripe') === stripes).reduce((n, [, d]) => n + d.split('Z').length - 1, 0);
    expect(count(false)).toBe(small.length);
    expect(count(true)).toBe(small.length - 1);
    expect(boxPaths([])).toEqual([]);
  });

  it('finds the node under a point: a container before its workload', () => {
    const cx = Number(c.style?.left) + 10;
    const cy = Number(c.style?.top) + 10;
    expect(nodeAt(small, hidden, null, { x: cx, y: cy })?.id).toBe(c.id);
    expect(nodeAt(small, hidden, null, { x: Number(w.style?.left) + 2, y: Number(w.style?.top) + 2 })?.id).toBe(w.id);
    expect(nodeAt(small, hidden, null, { x: -1000, y: -1000 })).toBeUndefined();
    expect(nodeAt(small, hidden, w.id, { x: cx, y: cy })).toBeUndefined();
    expect(nodeAt(small, new Set(), null, { x: cx, y: cy })).toBeUndefined();
  });
});
