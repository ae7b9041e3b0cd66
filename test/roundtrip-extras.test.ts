/**
 * Round trip of kept objects: an example's all.yaml with an Ingress, a PersistentVolumeClaim, a
 * HorizontalPodAutoscaler and a NetworkPolicy after it is imported; the four land in
 * `design.extras`; the export writes them back byte for byte (all.yaml and manifests/); and the
 * export imports back to the same design.
 */
import { describe, expect, it } from 'vitest';
import { type Design, EXAMPLES, generateBundle, importYaml, restore } from '../src/core';
import { KEPT_PATHS, KEPT_YAML, keptBodies } from './support/kept';

const file = (design: Design, path: string) => generateBundle(design).files.find((f) => f.path === path)?.content ?? '';

function imported(text: string): { design: Design; notices: readonly { message: string; path?: string }[] } {
  const r = importYaml(text);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r;
}

describe.each(EXAMPLES.map((e) => [e.name, e.design] as const))('%s with kept objects', (_name, example) => {
  const kept = KEPT_YAML.map((y) => y.replace('  namespace: default\n', `  namespace: ${example.namespace}\n`));
  const input = [file(example, 'all.yaml'), ...kept].join('---\n');
  const first = imported(input);
  const bundle = generateBundle(first.design);
  const out = (path: string) => bundle.files.find((f) => f.path === path)?.content;

  it('imports the four objects into extras, as they were, less the design namespace', () => {
    expect(first.design.extras.map((k) => k.object)).toEqual(keptBodies());
    expect(first.design.extras.map((k) => k.id)).toEqual(['k1', 'k2', 'k3', 'k4']);
  });

  it('lists each of them in a notice as kept for export', () => {
    for (const k of first.design.extras) {
      const ref = `${k.object.kind}/${k.object.metadata.name}`;
      expect(first.notices.filter((n) => n.path === ref).map((n) => n.message)).toEqual([
        `${ref}: kept as it was and written back on export (Podsmith designs no ${k.object.kind} itself).`,
      ]);
    }
  });

  it('writes them back byte for byte: the end of all.yaml and their files in manifests/', () => {
    expect(out('all.yaml')?.endsWith(kept.join('---\n'))).toBe(true);
    expect(KEPT_PATHS.map(out)).toEqual(kept);
    expect(out('all.yaml')).toBe(input);
  });

  it('lists their files in kustomization.yaml', () => {
    const k = out('kustomization.yaml') ?? '';
    for (const path of KEPT_PATHS) expect(k).toContain(`  - ${path}\n`);
  });

  it('imports its own export back to the same design, with the same notices', () => {
    const again = imported(out('all.yaml') ?? '');
    expect(again.design).toEqual(first.design);
    expect(again.notices).toEqual(first.notices);
  });

  it('keeps them through design.json', () => {
    expect(restore(JSON.parse(out('design.json') ?? ''))).toEqual({ ok: true, design: first.design });
  });
});

describe('kept objects from a kubectl dump', () => {
  const example = EXAMPLES[0]?.design as Design;
  const dumped = KEPT_YAML[0]?.replace(
    '  name: web\n',
    '  name: web\n  uid: 0b8e7e55-4f0c-4d55-8f1e-9a3c3d1c6a11\n  resourceVersion: "48190"\n  generation: 2\n  creationTimestamp: "2024-05-02T09:14:11Z"\n',
  );
  const input = [
    file(example, 'all.yaml'),
    `${dumped}status:\n  loadBalancer:\n    ingress:\n      - ip: 10.0.0.7\n`,
  ].join('---\n');
  const first = imported(input);

  it('leaves out what the cluster wrote, says so, and writes the object back as it was applied', () => {
    expect(first.notices.find((n) => n.path === 'Ingress/web')?.message).toBe(
      'Ingress/web: kept as it was and written back on export (Podsmith designs no Ingress itself). Left out, as a cluster or kubectl writes them: status, metadata.uid, metadata.resourceVersion, metadata.generation, metadata.creationTimestamp.',
    );
    expect(file(first.design, 'manifests/ingress-web.yaml')).toBe(KEPT_YAML[0]);
  });
});
