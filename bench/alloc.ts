/**
 * Memory figures of a cold render, which do not depend on the machine's load as wall times do:
 * bytes allocated per render (the heap's growth plus what each garbage collection during it freed,
 * from `v8.GCProfiler`), garbage collections per render by kind, and the memory a render keeps
 * alive (its result and the caches keyed on its document, after a full collection).
 *
 * `npx tsx bench/alloc.ts [containers]` prints them alone; `npm run bench` prints them with the
 * core timings. `--by-function` adds the functions that allocate most (V8's sampling heap profiler,
 * collected objects included), for finding what to change; `--under NAME` counts only what is
 * allocated while the function NAME runs.
 */
import { GCProfiler, getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { type Design, render } from '../src/core';
import { designOfSize } from './designs';

/** A full garbage collection: `--expose-gc`'s `gc`, or the same function enabled now. */
function fullGc(): () => void {
  const own = (globalThis as { gc?: () => void }).gc;
  if (own) return own;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export interface Allocation {
  /** Bytes allocated by one render: median over the measured renders. */
  readonly bytes: number;
  /** Scavenges (young-generation collections) per render: mean over the measured renders. */
  readonly scavenges: number;
  /** Other collections (mark-compact steps) per render: mean. */
  readonly majors: number;
  /** Bytes still alive after a full collection that hold the result and the document's caches: median. */
  readonly retained: number;
}

interface GcStat {
  readonly gcType: string;
  readonly beforeGC: { readonly heapStatistics: { readonly usedHeapSize: number } };
  readonly afterGC: { readonly heapStatistics: { readonly usedHeapSize: number } };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Renders `runs` fresh copies of `design` after `warmup` (as the core bench's cold figure does) and
 * measures each: back to back, as an editor would, so a scavenge falls where the young generation
 * fills. Then `runs` more, each between two full collections, for what a render keeps alive.
 */
export function measureAllocation(design: Design, runs = 21, warmup = 10): Allocation {
  const gc = fullGc();
  const bytes: number[] = [];
  let scavenges = 0;
  let majors = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const copy = structuredClone(design);
    const profiler = new GCProfiler();
    profiler.start();
    const before = getHeapStatistics().used_heap_size;
    render(copy);
    const after = getHeapStatistics().used_heap_size;
    const stats = (profiler.stop()?.statistics ?? []) as GcStat[];
    if (i < warmup) continue;
    let freed = 0;
    for (const s of stats) {
      freed += s.beforeGC.heapStatistics.usedHeapSize - s.afterGC.heapStatistics.usedHeapSize;
      if (s.gcType === 'Scavenge') scavenges++;
      else majors++;
    }
    bytes.push(after - before + freed);
  }
  const retained: number[] = [];
  for (let i = 0; i < Math.min(runs, 7); i++) {
    const copy = structuredClone(design);
    gc();
    const before = getHeapStatistics().used_heap_size;
    let result: unknown = render(copy);
    gc();
    retained.push(getHeapStatistics().used_heap_size - before);
    result = undefined;
    void result;
  }
  return { bytes: median(bytes), scavenges: scavenges / runs, majors: majors / runs, retained: median(retained) };
}

const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;

/** The figures as rows of the bench table. */
export function allocationRows(n: number, a: Allocation): { label: string; value: string }[] {
  return [
    {
      label: `allocated per cold render, ${n} containers, median (GCs per render: scavenges, others)`,
      value: `${mb(a.bytes)} (${a.scavenges.toFixed(2)}, ${a.majors.toFixed(2)})`,
    },
    { label: `kept alive by a cold render, ${n} containers (result and caches), median`, value: mb(a.retained) },
  ];
}

interface ProfileNode {
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
  readonly selfSize: number;
  readonly children: readonly ProfileNode[];
}

/**
 * Bytes allocated per cold render by function over `runs` renders (after warm-up), from the sampling
 * heap profiler: by the function itself (only while `under` is on the stack, when given) and by it
 * with everything it calls, largest first.
 */
async function byFunction(
  design: Design,
  runs: number,
  under?: string,
): Promise<{ self: [string, number][]; total: [string, number][] }> {
  const { Session } = await import('node:inspector/promises');
  const session = new Session();
  session.connect();
  for (let i = 0; i < 10; i++) render(structuredClone(design));
  const copies = Array.from({ length: runs }, () => structuredClone(design));
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  for (const copy of copies) render(copy);
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
  session.disconnect();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v / runs);
  // Returns the subtree's size; `open` holds the functions on the stack, so recursion counts once.
  // A built-in (`join`, `push`) is named with its caller.
  const walk = (node: ProfileNode, open: Set<string>, caller = ''): number => {
    const f = node.callFrame;
    const name = f.functionName || '(anonymous)';
    const where = f.url ? `${name} ${f.url.replace(/^.*\/(src|bench)\//, '$1/')}` : `${name} in ${caller}`;
    const outer = !open.has(where);
    if (outer) open.add(where);
    if (!under || [...open].some((o) => o.startsWith(`${under} `))) add(self, where, node.selfSize);
    let size = node.selfSize;
    for (const c of node.children) size += walk(c, open, f.url ? name : caller);
    if (outer) {
      open.delete(where);
      add(total, where, size);
    }
    return size;
  };
  walk(profile.head, new Set());
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { self: sorted(self), total: sorted(total) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 1000);
  const design = designOfSize(n);
  for (const row of allocationRows(n, measureAllocation(design))) console.log(`${row.label.padEnd(84)} ${row.value}`);
  if (args.includes('--by-function')) {
    const under = args[args.indexOf('--under') + 1];
    const { self, total } = await byFunction(design, 5, args.includes('--under') ? under : undefined);
    for (const [title, rows] of [
      ['allocated by the function itself', self],
      ['allocated by the function and what it calls', total],
    ] as const) {
      console.log(`\n${title}, per render:`);
      for (const [where, bytes] of rows.slice(0, 40)) console.log(`${mb(bytes).padStart(9)}  ${where}`);
    }
  }
}
