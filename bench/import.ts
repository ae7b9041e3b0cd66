/**
 * Import and share-link figures: the time to import a 1,000-document all.yaml (the examples'
 * workloads repeated, every pattern among them), and the length of the share link of the first
 * example a user sees. The import figure is wall time, what a user waits, measured on this process
 * alone; the process's CPU time is printed beside it (on a busy machine the wall time also measures
 * the neighbours, so read it with the load average).
 */
import { type Design, encodeShareLink, generateBundle, getExample, importYaml, readBack } from '../src/core';
import { carryOver } from '../src/core/io/readback/carry';
import { designOfSize, shardedRedisCopies, withRealPods } from './designs';

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

/**
 * `n` copies of the sharded-Redis workload, with the links and externals an import of their objects
 * finds (as a design made in the app has them), so that reading a file back is the design's own.
 */
function shardedCopies(n: number): Design {
  const design = shardedRedisCopies(n);
  const all = generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
  const read = importYaml(all);
  if (!read.ok) throw new Error(read.errors.join('; '));
  return carryOver(design, read.design);
}

/**
 * The preview's Edit mode: the time to read one keystroke's text back into the design, for a line of
 * a config file (`hash:`) and of all.yaml (`replicas:`), alternating two values so that each run
 * reads a new text. The bundle is the one the preview already has.
 */
function readBackRows(n: number): { label: string; value: string }[] {
  const design = shardedCopies(n);
  const files = generateBundle(design).files;
  const config = files.find((f) => f.path.startsWith('configs/'));
  const all = files.find((f) => f.path === 'all.yaml');
  if (!config || !all) throw new Error('no config file or all.yaml');
  const cases = [
    [config, 'hash: murmur', ['hash: md5', 'hash: fnv1a_64']],
    [all, '  replicas: 2', ['  replicas: 3', '  replicas: 4']],
  ] as const;
  return cases.map(([file, from, to]) => {
    let k = 0;
    const t = timed(
      () => {
        const r = readBack(design, file.path, file.content.replace(from, to[k++ % 2] as string), files);
        if (!r.ok || r.design === design) throw new Error(`${file.path} did not read back as an edit`);
      },
      15,
      3,
    );
    return {
      label: `read back one keystroke in ${file.path} (\`${from.trim()}\`), ${n} workload${n > 1 ? 's' : ''}, median time`,
      value: `${t.wall.toFixed(1)} ms (fastest ${t.fastestWall.toFixed(1)} ms, CPU ${t.cpu.toFixed(1)} ms)`,
    };
  });
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
    ...readBackRows(1),
    ...readBackRows(200),
  ];
}
