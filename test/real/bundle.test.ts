/**
 * Every example's bundle, checked the way a cluster would: the Kubernetes schema, the API server's
 * own rules, and `kubectl kustomize` on the base and on every overlay.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { load, loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES, generateBundle, validate } from '../../src/core';
import { apiServerProblems, schemaProblem } from '../support/apiserver';
import { requireProgram } from '../support/programs';

const root = mkdtempSync(join(tmpdir(), 'podsmith-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function writeBundle(name: string, files: readonly { path: string; content: string }[]): string {
  const dir = join(root, name);
  for (const f of files) {
    mkdirSync(dirname(join(dir, f.path)), { recursive: true });
    writeFileSync(join(dir, f.path), f.content);
  }
  return dir;
}

const byKey = (docs: readonly any[]) => Object.fromEntries(docs.map((d) => [`${d.kind}/${d.metadata.name}`, d]));

describe.each(EXAMPLES.map((e) => [e.name, e] as const))('example %s', (name, example) => {
  const bundle = generateBundle(example.design);
  const manifests = bundle.files.filter((f) => f.path.startsWith('manifests/'));
  const objects = manifests.map((f) => load(f.content) as any);

  it('has no error diagnostics', () => {
    expect(validate(example.design).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('validates against the Kubernetes schema', () => {
    expect(objects.map(schemaProblem).filter(Boolean)).toEqual([]);
  });

  it("passes the API server's own rules", () => {
    expect(apiServerProblems(objects)).toEqual([]);
  });

  it('all.yaml holds exactly the manifests, in order', () => {
    const all = bundle.files.find((f) => f.path === 'all.yaml');
    expect(loadAll(all?.content ?? '')).toEqual(objects);
  });

  it('builds with kubectl kustomize, base and every overlay', () => {
    const kubectl = requireProgram('kubectl');
    const dir = writeBundle(name, bundle.files);
    const base = loadAll(execFileSync(kubectl, ['kustomize', dir], { encoding: 'utf8', timeout: 30_000 })) as any[];
    expect(byKey(base)).toEqual(byKey(objects));
    const overlays = [
      ...new Set(bundle.files.filter((f) => f.path.startsWith('overlays/')).map((f) => f.path.split('/')[1])),
    ];
    for (const env of overlays) {
      const built = loadAll(
        execFileSync(kubectl, ['kustomize', join(dir, 'overlays', env as string)], {
          encoding: 'utf8',
          timeout: 30_000,
        }),
      ) as any[];
      expect(built.map(schemaProblem).filter(Boolean)).toEqual([]);
      expect(apiServerProblems(built)).toEqual([]);
      expect(Object.keys(byKey(built)).sort()).toEqual(Object.keys(byKey(objects)).sort());
    }
  });

  it('is deterministic: the same design gives the same bytes', () => {
    const again = generateBundle(structuredClone(example.design));
    expect(again).toEqual(bundle);
  });

  it('every file ends with exactly one newline', () => {
    for (const f of bundle.files) expect(f.content.endsWith('\n') && !f.content.endsWith('\n\n'), f.path).toBe(true);
  });
});
