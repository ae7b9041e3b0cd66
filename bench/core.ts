/**
 * Core figures: validate and generate the whole bundle for designs of 10, 100 and 1,000 containers.
 * "cold" builds every workload from scratch (a fresh copy of the document each run); "after an edit"
 * is what the editor does on a keystroke: one parameter of one container changed, everything
 * regenerated, unchanged workloads reused by identity. Both are timed after `WARMUP` renders, so they
 * measure the work, not the JIT compiling it; the first render in the process is printed beside them. Times are wall-clock medians with the
 * process's CPU time beside them (on a shared machine the wall time also measures the neighbours:
 * read it with the load average), and the garbage collections' pauses within that wall time
 * (`v8.GCProfiler`: at 1,000 containers they are a third of it, and move most from run to run), and
 * beside the CPU time the part of it spent in the kernel and the page faults it served: on a virtual
 * machine, touching memory the heap has just taken (as a collection does when it moves objects to
 * the old generation) can cost the kernel more than the collector's own copying.
 * "builds per keystroke" counts template builds while the editor's
 * views (the bundle, the diagnostics and every container's port labels) follow one parameter edit.
 * The memory figures (`alloc.ts`) do not depend on the load: bytes allocated and collections per render.
 */
import { loadavg } from 'node:os';
import { GCProfiler } from 'node:v8';
import { builtContainer, type Design, render, TEMPLATES } from '../src/core';
import { setParam } from '../src/core/edit/ops';
import { allocationRows, measureAllocation } from './alloc';
import { designOfSize } from './designs';

interface Timing {
  readonly wall: number;
  readonly cpu: number;
  /** Garbage-collection pauses during the render (milliseconds, median): part of `wall`. */
  readonly gc: number;
  /** CPU time spent in the kernel (milliseconds, median): part of `cpu`. */
  readonly kernel: number;
  /** Page faults the kernel served without reading a disk (median): new memory being touched. */
  readonly faults: number;
}

function median(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/**
 * Median wall and CPU time of rendering `prepare(i)` for i in 0..warmup+runs-1, the first `warmup`
 * runs left out: they let the JIT compile the code as an editor session has (each run still gets a
 * document whose caches are cold when `prepare` copies it).
 */
function timed(runs: number, prepare: (i: number) => Design, warmup = WARMUP): Timing {
  const walls: number[] = [];
  const cpus: number[] = [];
  const gcs: number[] = [];
  const kernels: number[] = [];
  const faults: number[] = [];
  for (let i = 0; i < runs + warmup; i++) {
    const design = prepare(i);
    const profiler = new GCProfiler();
    profiler.start();
    const before = process.resourceUsage();
    const t0 = performance.now();
    render(design);
    const wall = performance.now() - t0;
    const after = process.resourceUsage();
    const stats = (profiler.stop()?.statistics ?? []) as readonly { readonly cost: number }[];
    if (i < warmup) continue;
    walls.push(wall);
    // CPU times are in microseconds, as is `cost`.
    const kernel = after.systemCPUTime - before.systemCPUTime;
    cpus.push((after.userCPUTime - before.userCPUTime + kernel) / 1000);
    kernels.push(kernel / 1000);
    faults.push(after.minorPageFault - before.minorPageFault);
    gcs.push(stats.reduce((sum, s) => sum + s.cost, 0) / 1000);
  }
  return {
    wall: median(walls),
    cpu: median(cpus),
    gc: median(gcs),
    kernel: median(kernels),
    faults: median(faults),
  };
}

/** Renders left out before timing: the code is optimised by then, as in an editor session of a few seconds. */
const WARMUP = 10;

/** The first render of a fresh copy in this process, JIT and caches both cold (one run: a figure to read, not a target). */
function firstRender(design: Design): Timing {
  return timed(1, () => structuredClone(design), 0);
}

const timeCold = (design: Design, runs: number, warmup = WARMUP): Timing =>
  timed(runs, () => structuredClone(design), warmup);

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

function timeEdit(design: Design, runs: number): Timing {
  let current = design;
  render(current);
  return timed(runs, (i) => {
    current = edited(current, i);
    return current;
  });
}

const ms = (t: Timing): string =>
  `${t.wall.toFixed(1)} ms (garbage collection ${t.gc.toFixed(1)} ms of it; CPU ${t.cpu.toFixed(1)} ms, ` +
  `${t.kernel.toFixed(1)} ms of it in the kernel, ${t.faults} page faults)`;

/**
 * Template builds, by container, while the editor follows one edit of `key` on the first container
 * of `template`: the bundle and diagnostics (one render) and the port labels of every container.
 */
function buildsPerKeystroke(design: Design, template: string, key: string): { edited: number; others: number } {
  const target = design.workloads.flatMap((w) => w.containers).find((c) => c.template === template);
  if (!target) throw new Error(`no ${template} container in the bench design`);
  const follow = (d: Design) => {
    render(d);
    for (const w of d.workloads) for (const c of w.containers) builtContainer(d, w.id, c.id);
  };
  follow(design);
  const counts = { edited: 0, others: 0 };
  const originals = TEMPLATES.map((t) => [t, t.build] as const);
  for (const [t, build] of originals)
    t.build = (input) => {
      if (input.container.id === target.id) counts.edited++;
      else counts.others++;
      return build.call(t, input);
    };
  try {
    const value = Number(target.params[key] ?? 1);
    follow(setParam(design, target.id, key, value + 1));
  } finally {
    for (const [t, build] of originals) t.build = build;
  }
  return counts;
}

export async function bench(): Promise<{ label: string; value: string }[]> {
  const out: { label: string; value: string }[] = [];
  out.push({
    label: 'load average at the start (1, 5, 15 min)',
    value: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  });
  const first = firstRender(designOfSize(1000));
  out.push({
    label: 'validate + generate bundle, 1000 containers, first render in the process (JIT cold)',
    value: ms(first),
  });
  for (const n of [10, 100, 1000]) {
    const design = designOfSize(n);
    const files = render(structuredClone(design)).bundle.files.length;
    const runs = 21;
    out.push({
      label: `validate + generate bundle, ${n} containers (${files} files), cold, median of ${runs} after ${WARMUP} warm-up renders`,
      value: ms(timeCold(design, runs)),
    });
    if (n === 1000)
      out.push({
        label: `  the same, ${runs} renders more in this process (a reading, not the figure: the JIT has compiled more by then)`,
        value: ms(timeCold(design, runs, 0)),
      });
    out.push({
      label: `validate + generate bundle, ${n} containers, after an edit, median`,
      value: ms(timeEdit(design, runs)),
    });
  }
  const big = designOfSize(1000);
  out.push(...allocationRows(1000, measureAllocation(big)));
  for (const [template, key, note] of [
    ['twemproxy', 'listenPort', ''],
    ['service-broker', 'listenPort', ', its overlays build it once per environment it does not select'],
  ] as const) {
    const b = buildsPerKeystroke(big, template, key);
    out.push({
      label: `builds per keystroke, 1000 containers, a ${template} parameter${note}`,
      value: `${b.edited} of the edited container, ${b.others} of others`,
    });
  }
  return out;
}
