/**
 * Golden files: every generated file of every example, as reviewed in `test/golden/EXAMPLE/PATH`.
 * After an intended change, run `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and review the diff
 * with `git diff test/golden` like any other code change.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, generateBundle } from '../src/core';

const GOLDEN = join(import.meta.dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

describe.each(EXAMPLES.map((e) => [e.name, e] as const))('golden files of %s', (name, example) => {
  const dir = join(GOLDEN, name);
  const files = generateBundle(example.design).files;
  if (update) {
    rmSync(dir, { recursive: true, force: true });
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
  }

  it('has exactly the reviewed set of files', () => {
    const onDisk = listFiles(dir)
      .map((p) => relative(dir, p))
      .sort();
    expect(onDisk, `run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts and review git diff test/golden`).toEqual(
      files.map((f) => f.path).sort(),
    );
  });

  it.each(files.map((f) => [f.path, f] as const))('%s matches its golden file', (path, f) => {
    const golden = join(dir, path);
    expect(
      existsSync(golden),
      `${name}/${path} has no golden file: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`,
    ).toBe(true);
    expect(f.content).toBe(readFileSync(golden, 'utf8'));
  });
});
