#!/usr/bin/env node
/**
 * What the start-up code holds: builds the app (into DIST, default dist-modules) and prints each
 * module of the initial chunks (those index.html loads, followed through their static imports) with
 * its size gzipped alone, largest first. Alone-gzipped sizes add up to more than the chunks' gzip;
 * they rank what to move behind a dynamic import. `scripts/check-bundle-budget.mjs` gives the figure.
 *
 * Usage: node scripts/bundle-modules.mjs [DIST] [ROWS]
 */
import { rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const dist = process.argv[2] ?? 'dist-modules';
const rows = Number(process.argv[3] ?? 60);
const chunks = new Map();

await build({
  logLevel: 'silent',
  build: { outDir: dist, emptyOutDir: true, write: false },
  plugins: [
    {
      name: 'module-sizes',
      generateBundle(_options, bundle) {
        for (const c of Object.values(bundle)) if (c.type === 'chunk') chunks.set(c.fileName, c);
      },
    },
  ],
});
rmSync(dist, { recursive: true, force: true });

const entry = [...chunks.values()].find((c) => c.isEntry);
const initial = new Set();
const queue = [entry.fileName];
while (queue.length) {
  const file = queue.shift();
  if (initial.has(file) || !chunks.has(file)) continue;
  initial.add(file);
  queue.push(...chunks.get(file).imports);
}

const modules = [];
for (const file of initial)
  for (const [id, m] of Object.entries(chunks.get(file).modules))
    modules.push({ file, id: id.replace(`${process.cwd()}/`, ''), gz: m.code ? gzipSync(m.code).length : 0 });
modules.sort((a, b) => b.gz - a.gz);
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`initial chunks: ${[...initial].join(', ')}`);
for (const m of modules.slice(0, rows)) console.log(`${kb(m.gz)} KB  ${m.id}  (${m.file})`);
console.log(`${modules.length} modules, ${kb(modules.reduce((s, m) => s + m.gz, 0)).trim()} KB gzipped one by one`);
