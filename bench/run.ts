/**
 * `npm run bench`: every performance figure Podsmith tracks, printed as a table.
 * Each area has its own module exporting `bench()`; a module that fails is reported, not hidden.
 */
export {};

const MODULES = ['./core.ts', './predict.ts', './import.ts', './ui.ts', './floor.ts', './trace.ts'];

const only = process.argv.slice(2);
let failed = false;
for (const path of MODULES) {
  const name = path.replace(/^\.\/|\.ts$/g, '');
  if (only.length && !only.includes(name)) continue;
  let mod: { bench?: () => Promise<{ label: string; value: string }[]> };
  try {
    mod = await import(path);
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(e).includes(path.slice(2))) continue;
    throw e;
  }
  if (!mod.bench) continue;
  console.log(`\n## ${name}`);
  try {
    for (const row of await mod.bench()) console.log(`${row.label.padEnd(72)} ${row.value}`);
  } catch (e) {
    failed = true;
    console.log(`failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
process.exitCode = failed ? 1 : 0;
