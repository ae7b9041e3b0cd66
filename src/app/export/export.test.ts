import { strFromU8, unzipSync } from 'fflate';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { type Design, EXAMPLES, generateBundle, getExample } from '../../core';
import { allYaml, applyOptions, defaultOptions, kustomizeFiles, planExport } from './options';
import { zipFiles } from './zip';

function example(name: string): Design {
  const e = getExample(name);
  if (!e) throw new Error(`no example ${name}`);
  return e.design;
}

const unzip = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([p, b]) => [p, strFromU8(b)]));

describe('zipFiles', () => {
  it.each(EXAMPLES.map((e) => [e.name]))('holds the whole bundle of %s, file for file', (name) => {
    const files = generateBundle(example(name)).files;
    const entries = unzip(zipFiles(files));
    expect(Object.keys(entries)).toEqual(files.map((f) => f.path));
    for (const f of files) expect(entries[f.path], f.path).toBe(f.content);
  });

  it('gives the same bytes for the same files', () => {
    const files = generateBundle(example('sharded-redis')).files;
    expect(zipFiles(files)).toEqual(zipFiles(structuredClone(files)));
  });
});

describe('export options', () => {
  const design = example('sharded-redis');

  it('the defaults export the design as it is', () => {
    const plan = planExport(design, defaultOptions(design));
    expect(plan.design).toBe(design);
    expect(plan.files).toEqual(generateBundle(design).files);
    expect(plan.blocking).toEqual([]);
  });

  it('the namespace goes to every object and the kustomization, not to the design itself', () => {
    const plan = planExport(design, { ...defaultOptions(design), namespace: 'shop' });
    expect(design.namespace).not.toBe('shop');
    for (const f of plan.files.filter((x) => x.path.startsWith('manifests/')))
      expect((load(f.content) as { metadata: { namespace: string } }).metadata.namespace, f.path).toBe('shop');
    expect(load(plan.files.find((f) => f.path === 'kustomization.yaml')?.content ?? '')).toMatchObject({
      namespace: 'shop',
    });
  });

  it('native sidecars on puts the helpers of every workload into initContainers, off takes them out', () => {
    const on = applyOptions(design, { ...defaultOptions(design), nativeSidecars: 'on' });
    expect(on.workloads.every((w) => w.nativeSidecars)).toBe(true);
    expect(allYaml(planExport(design, { ...defaultOptions(design), nativeSidecars: 'on' }).files)).toContain(
      'restartPolicy: Always',
    );
    const off = applyOptions(on, { ...defaultOptions(on), nativeSidecars: 'off' });
    expect(off.workloads.some((w) => w.nativeSidecars)).toBe(false);
    expect(design.workloads.some((w) => w.nativeSidecars)).toBe(false);
  });

  it('one file: no manifests/, and the kustomization lists all.yaml', () => {
    const plan = planExport(design, { ...defaultOptions(design), layout: 'single' });
    expect(plan.files.some((f) => f.path.startsWith('manifests/'))).toBe(false);
    expect(load(plan.files.find((f) => f.path === 'kustomization.yaml')?.content ?? '')).toMatchObject({
      resources: ['all.yaml'],
    });
    expect(allYaml(plan.files)).toBe(allYaml(generateBundle(design).files));
    expect(kustomizeFiles(plan.files).map((f) => f.path)).toEqual(['all.yaml', 'kustomization.yaml']);
  });

  it('the Kustomize download holds the kustomization, its manifests and the overlays', () => {
    const files = generateBundle(example('service-broker')).files;
    const paths = kustomizeFiles(files).map((f) => f.path);
    expect(paths).toContain('kustomization.yaml');
    expect(paths.some((p) => p.startsWith('overlays/'))).toBe(true);
    expect(paths.every((p) => p === 'kustomization.yaml' || /^(manifests|overlays)\//.test(p))).toBe(true);
  });

  it('an invalid namespace blocks the export with an error pointing at the design', () => {
    const plan = planExport(design, { ...defaultOptions(design), namespace: 'Not Valid' });
    expect(plan.blocking.length).toBeGreaterThan(0);
    expect(plan.blocking.some((d) => d.target.kind === 'design')).toBe(true);
  });
});
