/**
 * Import and share-link figures: the time to import a 1,000-document all.yaml (the examples'
 * workloads repeated, every pattern among them), and the length of the share link of the first
 * example a user sees. The import figure is wall time, what a user waits, measured on this process
 * alone; the process's CPU time is printed beside it (on a busy machine the wall time also measures
 * the neighbours, so read it with the load average).
 */
import { encodeShareLink, generateBundle, getExample, importYaml } from '../src/core';
import { designOfSize, withRealPods } from './designs';

const DOCUMENTS = 1000;

/** An all.yaml of exactly `count` documents, cut from the bundle of a large enough design. */
function yamlOfDocuments(count: number, real = false): { text: string; workloads: number } {
  for (let containers = count / 2; ; containers += 50) {
    const design = real ? withRealPods(designOfSize(containers)) : designOfSize(containers);
    const all = generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
    const docs = all.split(/^---\n/m);
    if (docs.length < count) continue;
    const text = docs.slice(0, count).join('---\n');
    return { text, workloads: (text.match(/^kind: (Deployment|StatefulSet|Pod)$/gm) ?? []).length };
  }
}

interface Timing {
  readonly wall: number;
  readonly fastestWall: number;
  readonly cpu: number;
}

const middle = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/**
 * Median wall time of `fn` over `runs` runs (after `warmup` runs), its fastest run, and the median
 * CPU time of the process. CPU time counts V8's parallel garbage-collector threads too, so on an idle
 * machine it exceeds the wall time the user waits.
 */
function timed(fn: () => unknown, runs: number, warmup: number): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    const t0 = performance.now();
    fn();
    walls.push(performance.now() - t0);
    const used = process.cpuUsage(start);
    cpus.push((used.user + used.system) / 1000);
  }
  const fastestWall = Math.min(...walls);
  return { wall: middle(walls), fastestWall, cpu: middle(cpus) };
}

export async function bench(): Promise<{ label: string; value: string }[]> {
  const { text, workloads } = yamlOfDocuments(DOCUMENTS);
  const check = importYaml(text);
  if (!check.ok) throw new Error(check.errors.join('; '));
  const t = timed(() => importYaml(text), 11, 2);
  const real = yamlOfDocuments(DOCUMENTS, true);
  const checkReal = importYaml(real.text);
  if (!checkReal.ok) throw new Error(checkReal.errors.join('; '));
  const r = timed(() => importYaml(real.text), 11, 2);
  const sharded = getExample('sharded-redis');
  if (!sharded) throw new Error('no sharded-redis example');
  const link = encodeShareLink(sharded.design);
  return [
    {
      label: `import all.yaml of ${DOCUMENTS.toLocaleString('en')} documents (${workloads} workloads, ${Math.round(text.length / 1024)} KB), median time (target < 300 ms)`,
      value: `${t.wall.toFixed(1)} ms (fastest ${t.fastestWall.toFixed(1)} ms)`,
    },
    {
      label: '  the same, median CPU time of the process (garbage-collector threads included)',
      value: `${t.cpu.toFixed(1)} ms`,
    },
    {
      label: `import all.yaml of ${DOCUMENTS.toLocaleString('en')} documents with probes, security contexts, a config file and a mount on every container (${real.workloads} workloads, ${Math.round(real.text.length / 1024)} KB), median time (target < 300 ms)`,
      value: `${r.wall.toFixed(1)} ms (fastest ${r.fastestWall.toFixed(1)} ms, CPU ${r.cpu.toFixed(1)} ms)`,
    },
    {
      label: 'share link payload for the sharded-redis example (target < 2,000 characters)',
      value: `${link.length} characters`,
    },
  ];
}
