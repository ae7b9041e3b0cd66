/**
 * A generated bundle checked the way a cluster would: written to disk, built with `kubectl kustomize`,
 * and its objects held to the Kubernetes schema and the API server's own rules.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadAll } from 'js-yaml';
import { afterAll, expect, it } from 'vitest';
import { type Design, validate } from '../../src/core';
import { apiServerProblems, schemaProblem } from './apiserver';
import { requireProgram } from './programs';

type File = { readonly path: string; readonly content: string };

/** A function that writes a bundle's files under a fresh directory (removed after the file's tests) and returns it. */
export function bundleWriter(prefix: string): (name: string, files: readonly File[]) => string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  return (name, files) => {
    const dir = join(root, name);
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true });
      writeFileSync(join(dir, f.path), f.content);
    }
    return dir;
  };
}

/** The objects `kubectl kustomize DIR` builds. */
export function kustomize(dir: string): any[] {
  return loadAll(
    execFileSync(requireProgram('kubectl'), ['kustomize', dir], { encoding: 'utf8', timeout: 30_000 }),
  ) as any[];
}

/** Objects keyed by KIND/NAME. */
export const byKey = (docs: readonly any[]) => Object.fromEntries(docs.map((d) => [`${d.kind}/${d.metadata.name}`, d]));

/** The overlay names of a bundle (overlays/NAME/...), in first-seen order. */
export function overlayNames(files: readonly File[]): readonly string[] {
  return [...new Set(files.filter((f) => f.path.startsWith('overlays/')).map((f) => f.path.split('/')[1] ?? ''))];
}

/** The checks every bundle must pass: no error diagnostic, the Kubernetes schema, the API server's rules. */
export function itPassesClusterChecks(design: Design, objects: readonly any[]): void {
  it('has no error diagnostics', () => {
    expect(validate(design).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('validates against the Kubernetes schema', () => {
    expect(objects.map(schemaProblem).filter(Boolean)).toEqual([]);
  });

  it("passes the API server's own rules", () => {
    expect(apiServerProblems(objects)).toEqual([]);
  });
}
