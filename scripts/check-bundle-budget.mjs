#!/usr/bin/env node
/**
 * Fails when the initial JavaScript of the production build grows past the budget. "Initial" is
 * every script dist/index.html loads or preloads, followed through their static imports: everything
 * loaded before Monaco is needed (dynamic `import()` chunks are left out). Each file is gzipped with
 * node:zlib at the default level and the sizes are summed.
 *
 * Usage: node scripts/check-bundle-budget.mjs [DIST]   (run `npx vite build` first)
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = process.argv[2] ?? 'dist';

let html;
try {
  html = readFileSync(join(dist, 'index.html'), 'utf8');
} catch {
  console.error(`bundle budget: ${dist}/index.html not found; run "npx vite build" first`);
  process.exit(2);
}

const entries = [
  ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+\.js)"/g),
  ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+\.js)"/g),
].map((m) => posix.normalize(m[1].replace(/^\//, '')));

/** Static imports of a built chunk: `import…from"./x.js"`, `import"./x.js"`, `export…from"./x.js"`. */
function staticImports(code, file) {
  const found = [];
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g,
  )) {
    const spec = m[1];
    if (spec.startsWith('.')) found.push(posix.normalize(posix.join(posix.dirname(file), spec)));
    else if (spec.startsWith('/')) found.push(spec.slice(1));
  }
  return found;
}

const seen = new Set();
const queue = [...entries];
let total = 0;
const rows = [];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(join(dist, file));
  const gz = gzipSync(code).length;
  total += gz;
  rows.push([file, gz]);
  queue.push(...staticImports(code.toString('utf8'), file));
}

for (const [file, gz] of rows) console.log(`  ${(gz / 1024).toFixed(1).padStart(7)} KB  ${file}`);
const kb = total / 1024;
console.log(`initial JS: ${kb.toFixed(1)} KB gzip in ${rows.length} files (budget ${BUDGET_KB} KB)`);
if (kb > BUDGET_KB) {
  console.error(`bundle budget: the initial JavaScript is ${kb.toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget`);
  process.exit(1);
}
