/**
 * The long fuzz run: at least 100,000 hostile inputs over restore(), restoreJson(), importYaml() and
 * decodeShareLink() (designs with odd or hostile Kubernetes fields among them, `test/fuzz/kube-fields.ts`),
 * and template files over readTemplateFile(). Prints the cases run and the failures (the first few of each kind in full).
 * Exit status 1 when any input fails.
 *
 * Usage: npm run fuzz [-- CASES [SEED]]
 */
import fc from 'fast-check';
import {
  billionLaughs,
  jsonInputs,
  linkInputs,
  objectInputs,
  templateInputs,
  yamlInputs,
} from '../test/fuzz/arbitraries';
import { checkInput, showInput, type TargetName } from '../test/fuzz/check';
import { buildSeeds } from '../test/fuzz/seeds';

const total = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? Date.now() % 2 ** 31);
const seeds = buildSeeds();
const plan: readonly [TargetName, fc.Arbitrary<unknown>, number][] = [
  ['restore', objectInputs(seeds), 0.22],
  ['restoreJson', jsonInputs(seeds), 0.22],
  ['importYaml', yamlInputs(seeds), 0.2],
  ['importYaml', billionLaughs(seeds), 0.03],
  ['decodeShareLink', linkInputs(seeds), 0.22],
  ['readTemplateFile', templateInputs(seeds), 0.11],
];
// Small batches keep few huge inputs alive at once, so garbage collection does not pass for a slow answer.
const BATCH = 25;

let run = 0;
let failed = 0;
const kinds = new Map<string, number>();
const started = Date.now();
console.log(`fuzz: ${total.toLocaleString('en')} cases, seed ${seed}`);
for (const [index, [target, arbitrary, share]] of plan.entries()) {
  const cases = Math.ceil(total * share);
  for (let done = 0; done < cases; done += BATCH) {
    const inputs = fc.sample(arbitrary, {
      numRuns: Math.min(BATCH, cases - done),
      seed: seed + index * 1_000_003 + done,
    });
    for (const input of inputs) {
      run++;
      const failure = checkInput(target, input);
      if (!failure) continue;
      failed++;
      const kind = failure.split('\n')[0]?.replace(/\d+/g, 'N').slice(0, 120) ?? failure;
      const seen = kinds.get(kind) ?? 0;
      kinds.set(kind, seen + 1);
      if (seen < 2) console.log(`FAIL ${failure}\n  input: ${showInput(input)}\n`);
    }
  }
  console.log(
    `  ${target}: ${run.toLocaleString('en')} cases so far, ${failed} failed (${Math.round((Date.now() - started) / 1000)} s)`,
  );
}
console.log(`cases run: ${run.toLocaleString('en')}; failures: ${failed}`);
for (const [kind, n] of kinds) console.log(`  ${n} × ${kind}`);
process.exit(failed ? 1 : 0);
