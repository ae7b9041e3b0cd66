/** Large designs for benchmarks: the examples' workloads repeated with unique names until N containers. */
import { type Design, EXAMPLES, SCHEMA_VERSION, type Workload } from '../src/core';

export function designOfSize(containers: number): Design {
  const sources = EXAMPLES.flatMap((e) => e.design.workloads);
  const workloads: Workload[] = [];
  let count = 0;
  for (let i = 0; count < containers; i++) {
    const src = sources[i % sources.length] as Workload;
    const take = src.containers.slice(0, containers - count);
    const n = workloads.length + 1;
    workloads.push({
      ...src,
      id: `w${n}`,
      name: `${src.name}-${n}`,
      containers: take.map((c, j) => ({ ...c, id: `w${n}c${j + 1}` })),
      layout: { ...src.layout, x: (n % 20) * 320, y: Math.floor(n / 20) * 400 },
    });
    count += take.length;
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    name: `bench-${containers}`,
    namespace: 'default',
    workloads,
    externals: [],
    links: [],
    extras: [],
    templates: [],
  };
}

/** Median of the time of `fn` over `runs` runs after `warmup` runs, in milliseconds. */
export function medianMs(fn: () => unknown, runs = 15, warmup = 3): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}
