// Sums the JSON reports of Vitest and Playwright into one closing line: "total: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const [vitestFile, playwrightFile] = process.argv.slice(2);

if (vitestFile && existsSync(vitestFile)) {
  const v = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  // A file that fails to load has no failed test but fails the run.
  if (v.success === false && !v.numFailedTests) failed += v.numFailedTestSuites || 1;
} else {
  console.log('vitest: no report written');
  failed += 1;
}

if (playwrightFile && existsSync(playwrightFile)) {
  const p = JSON.parse(readFileSync(playwrightFile, 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
  if ((p.errors ?? []).length) failed += p.errors.length;
} else {
  console.log('playwright: no report written');
  failed += 1;
}

// Checks that are not tests (lint, types, bundle budget) count as one failure each.
const steps = (process.env.FAILED_STEPS ?? '').split(/\s+/).filter(Boolean);
if (steps.length) console.log(`failed checks: ${steps.join(', ')}`);
failed += steps.length;

console.log(`total: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
