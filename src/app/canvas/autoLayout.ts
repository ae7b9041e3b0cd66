/**
 * Auto-layout: dagre (loaded on first use) places workloads and externals left to right along
 * their links; `relayout` then stacks each workload's containers.
 */
import type { Design, Point } from '../../core';
import { ownerOf, relayout } from '../../core/edit/ops';
import { layoutContainers } from '../../core/model/layout';
import { EXTERNAL_HEIGHT, EXTERNAL_WIDTH } from './adapter';

/** Top-left corners of every workload and external, by id. */
export async function layoutPositions(design: Design): Promise<Map<string, Point>> {
  const { graphlib, layout } = await import('@dagrejs/dagre');
  const g = new graphlib.Graph();
  g.setGraph({ rankdir: 'LR', nodesep: 40, ranksep: 90, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const sizes = new Map<string, { width: number; height: number }>();
  for (const w of design.workloads) {
    const laid = layoutContainers(w.containers);
    sizes.set(w.id, { width: laid.width, height: laid.height });
  }
  for (const e of design.externals) sizes.set(e.id, { width: EXTERNAL_WIDTH, height: EXTERNAL_HEIGHT });
  for (const [id, size] of sizes) g.setNode(id, { ...size });
  for (const l of design.links) {
    const a = ownerOf(design, l.from);
    const b = ownerOf(design, l.to);
    if (a && b && a !== b) g.setEdge(a, b);
  }
  layout(g);
  const out = new Map<string, Point>();
  for (const [id, size] of sizes) {
    const n = g.node(id);
    if (n) out.set(id, { x: n.x - size.width / 2, y: n.y - size.height / 2 });
  }
  return out;
}

/** The design tidied: containers stacked, workloads and externals laid out along the links. */
export async function autoLayout(design: Design): Promise<Design> {
  try {
    return relayout(design, await layoutPositions(design));
  } catch {
    return relayout(design);
  }
}
