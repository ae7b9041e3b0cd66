/**
 * Import and share-link figures: the time to import a 1,000-document all.yaml (the examples'
 * workloads repeated, every pattern among them), and the length of the share link of the first
 * example a user sees. Times are medians of this process's CPU time (user + system, which includes
 * the garbage collector's threads): on a shared machine, wall time measures the neighbours too.
 */
import { encodeShareLink, generateBundle, getExample, importYaml } from '../src/core';
import { designOfSize } from './designs';

const DOCUMENTS = 1000;

/** An all.yaml of exactly `count` documents, cut from the bundle of a large enough design. */
function yamlOfDocuments(count: number): { text: string; workloads: number } {
  for (let containers = count / 2; ; containers += 50) {
    const design = designOfSize(containers);
    const all = generateBundle(design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
    const docs = all.split(/^---\n/m);
    if (docs.length < count) continue;
    const text = docs.slice(0, count).join('---\n');
    return { text, workloads: (text.match(/^kind: (Deployment|StatefulSet|Pod)$/gm) ?? []).length };
  }
}

/** Median and fastest CPU milliseconds of `fn` over `runs` runs, after `warmup` runs. */
function cpuMs(fn: () => unknown, runs: number, warmup: number): { median: number; fastest: number } {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] as number, fastest: times[0] as number };
}

export async function bench(): Promise<{ label: string; value: string }[]> {
  const { text, workloads } = yamlOfDocuments(DOCUMENTS);
  const check = importYaml(text);
  if (!check.ok) throw new Error(check.errors.join('; '));
  const ms = cpuMs(() => importYaml(text), 11, 2);
  const sharded = getExample('sharded-redis');
  if (!sharded) throw new Error('no sharded-redis example');
  const link = encodeShareLink(sharded.design);
  return [
    {
      label: `import all.yaml of ${DOCUMENTS.toLocaleString('en')} documents (${workloads} workloads, ${Math.round(text.length / 1024)} KB), median CPU time (target < 300 ms)`,
      value: `${ms.median.toFixed(1)} ms (fastest ${ms.fastest.toFixed(1)} ms)`,
    },
    {
      label: 'share link payload for the sharded-redis example (target < 2,000 characters)',
      value: `${link.length} characters`,
    },
  ];
}
