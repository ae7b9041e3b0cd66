/**
 * Core figures: validate and generate the whole bundle for designs of 10, 100 and 1,000 containers.
 * "cold" builds every workload from scratch (a fresh copy of the document each run); "after an edit"
 * is what the editor does on a keystroke: one parameter of one container changed, everything
 * regenerated, unchanged workloads reused by identity.
 */
import { type Design, render } from '../src/core';
import { designOfSize } from './designs';

function median(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

function timeCold(design: Design, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const copy = structuredClone(design);
    const t0 = performance.now();
    render(copy);
    if (i >= 2) times.push(performance.now() - t0);
  }
  return median(times);
}

/** A new document with the first container's replicas-like edit: its image tag changes. */
function edited(design: Design, n: number): Design {
  const [first, ...rest] = design.workloads;
  if (!first) return design;
  const [c, ...cs] = first.containers;
  if (!c) return design;
  return {
    ...design,
    workloads: [{ ...first, containers: [{ ...c, image: `${c.image.split(':')[0]}:edit-${n}` }, ...cs] }, ...rest],
  };
}

function timeEdit(design: Design, runs: number): number {
  let current = design;
  render(current);
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    current = edited(current, i);
    const t0 = performance.now();
    render(current);
    if (i >= 2) times.push(performance.now() - t0);
  }
  return median(times);
}

export async function bench(): Promise<{ label: string; value: string }[]> {
  const out: { label: string; value: string }[] = [];
  for (const n of [10, 100, 1000]) {
    const design = designOfSize(n);
    const files = render(structuredClone(design)).bundle.files.length;
    const runs = n >= 1000 ? 11 : 21;
    out.push({
      label: `validate + generate bundle, ${n} containers (${files} files), cold, median`,
      value: `${timeCold(design, runs).toFixed(1)} ms`,
    });
    out.push({
      label: `validate + generate bundle, ${n} containers, after an edit, median`,
      value: `${timeEdit(design, runs).toFixed(1)} ms`,
    });
  }
  return out;
}
