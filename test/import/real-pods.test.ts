/**
 * Real pods round trip: every manifest under `real-pods/` (multi-container workloads as teams keep
 * them, with their Services, ConfigMaps, claims and Secret references) imports without a warning,
 * exports with nothing of the input missing, exports the same bytes again after a second import,
 * and gives manifests a cluster accepts. A new file in the folder is covered without a line of code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load, loadAll } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { type BundleFile, generateBundle, importYaml, type Notice, validate } from '../../src/core';
import { apiServerProblems, schemaProblem } from '../support/apiserver';
import { bundleWriter, byKey, kustomize } from '../support/bundle';
import { lostInExport } from '../support/lost-fields';

type Obj = Record<string, unknown>;

const DIR = join(__dirname, 'real-pods');
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

const writeBundle = bundleWriter('podsmith-real-pods-');

/** The info notices of every import, told once each after the run (they must say nothing is lost). */
const infos = new Map<string, string[]>();
afterAll(() => {
  const lines = [...infos].map(([message, files]) => `- ${message} (${files.join(', ')})`);
  console.log(`Info notices of the real-pods imports (${lines.length} distinct):\n${lines.join('\n')}`);
});

const noticeText = (ns: readonly Notice[]) =>
  ns.map((n) => `  [${n.severity}] ${n.path ?? ''}: ${n.message}${n.verbatim ? `\n    ${n.verbatim}` : ''}`).join('\n');

const allYaml = (files: readonly BundleFile[]) => files.find((f) => f.path === 'all.yaml')?.content ?? '';

/** design.json without the canvas layout (positions may be laid out again by an import). */
function withoutLayout(text: string): unknown {
  return JSON.parse(text, (k, v) => (k === 'layout' ? undefined : v));
}

it('the corpus has at least 22 manifests', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(22);
});

describe.each(FILES)('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const input = loadAll(text) as Obj[];
  const result = importYaml(text);
  const design = result.ok ? result.design : undefined;
  const bundle = design ? generateBundle(design) : undefined;
  const manifests = bundle?.files.filter((f) => f.path.startsWith('manifests/')) ?? [];
  const exported = manifests.map((f) => load(f.content) as Obj);
  if (result.ok)
    for (const n of result.notices)
      if (n.severity === 'info') infos.set(n.message, [...(infos.get(n.message) ?? []), file]);

  it('is valid Kubernetes as written: the schema and the API server rules', () => {
    expect(input.map(schemaProblem).filter(Boolean)).toEqual([]);
    expect(apiServerProblems(input)).toEqual([]);
  });

  it('imports without a warning', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
    const warnings = result.ok ? result.notices.filter((n) => n.severity === 'warning') : [];
    expect(warnings.length, `warnings of the import of ${file}:\n${noticeText(warnings)}`).toBe(0);
  });

  it('exports everything the input holds', () => {
    expect(design).toBeDefined();
    const lost = lostInExport(input, loadAll(allYaml(bundle?.files ?? [])) as Obj[]);
    expect(lost, `fields of ${file} missing from the export:\n${lost.join('\n')}`).toEqual([]);
  });

  it('exports the same bytes after importing its own export', () => {
    expect(bundle).toBeDefined();
    const again = importYaml(allYaml(bundle?.files ?? []));
    expect(again.ok ? [] : again.errors).toEqual([]);
    if (!again.ok || !bundle) return;
    const second = generateBundle(again.design);
    expect(second.files.map((f) => f.path)).toEqual(bundle.files.map((f) => f.path));
    for (const f of bundle.files) {
      const other = second.files.find((g) => g.path === f.path)?.content;
      if (f.path === 'design.json') expect(withoutLayout(other ?? '{}'), f.path).toEqual(withoutLayout(f.content));
      else expect(other, f.path).toBe(f.content);
    }
  });

  it('has no error diagnostics, so the app lets it be exported', () => {
    expect(design).toBeDefined();
    if (!design) return;
    const errors = validate(design).filter((d) => d.severity === 'error');
    expect(errors.map((d) => `[${d.rule}] ${d.message}`)).toEqual([]);
  });

  it('exports manifests the schema and the API server rules accept', () => {
    expect(exported.length).toBeGreaterThan(0);
    expect(exported.map(schemaProblem).filter(Boolean)).toEqual([]);
    expect(apiServerProblems(exported)).toEqual([]);
    expect(loadAll(allYaml(bundle?.files ?? []))).toEqual(exported);
  });

  it('exports a bundle kubectl kustomize builds', () => {
    expect(bundle).toBeDefined();
    if (!bundle) return;
    const dir = writeBundle(file.replace(/\.yaml$/, ''), bundle.files);
    expect(byKey(kustomize(dir))).toEqual(byKey(exported));
  });
});
