import { describe, expect, it } from 'vitest';
import { getTemplate } from '../catalog';
import type { Diagnostic } from '../contracts/diagnostic';
import { EXAMPLES, getExample } from '../examples';
import { generateBundle } from '../generate/bundle';
import type { Container, Design, Params } from '../model/design';
import { validate } from '.';
import { diagnosticSpans } from './lines';

const lineOf = (content: string, line: number) => content.split('\n')[line - 1] ?? '';

/** The design with one container's parameters replaced. */
function withParams(design: Design, containerId: string, params: Params): Design {
  return {
    ...design,
    workloads: design.workloads.map((w) => ({
      ...w,
      containers: w.containers.map(
        (c): Container => (c.id === containerId ? { ...c, params: { ...c.params, ...params } } : c),
      ),
    })),
  };
}

/** Every example with one whole-number parameter of one container set one above its maximum. */
const broken = EXAMPLES.flatMap((example) =>
  example.design.workloads.flatMap((w) =>
    w.containers.flatMap((c) =>
      Object.entries(getTemplate(c.template)?.params ?? {}).flatMap(([key, spec]) =>
        spec.kind === 'int'
          ? [
              {
                name: `${example.name} ${c.name}.${key} = ${spec.max + 1}`,
                design: withParams(example.design, c.id, { [key]: spec.max + 1 }),
                containerId: c.id,
                key,
                value: String(spec.max + 1),
              },
            ]
          : [],
      ),
    ),
  ),
);

describe('diagnosticSpans: every example, broken one parameter at a time', () => {
  it('has cases', () => {
    expect(broken.length).toBeGreaterThan(20);
  });

  it.each(broken.map((b) => [b.name, b] as const))('%s', (_name, b) => {
    const diagnostics = validate(b.design).filter(
      (d) => d.target.kind === 'container' && d.target.containerId === b.containerId && d.target.field === b.key,
    );
    expect(diagnostics.map((d) => d.rule)).toContain('PS009');
    const files = generateBundle(b.design).files.filter((f) => f.owners.includes(b.containerId));
    const writing = files.filter((f) => new RegExp(`(?<![\\w-])${b.value}(?![\\w-])`).test(f.content));
    for (const diagnostic of diagnostics) {
      // Where the value is written, the diagnostic marks a line that writes it.
      for (const file of writing) {
        const spans = diagnosticSpans(b.design, diagnostic, file);
        expect(spans.length, file.path).toBeGreaterThan(0);
        for (const span of spans) {
          expect(lineOf(file.content, span.line).slice(span.startColumn - 1, span.endColumn - 1), file.path).toBe(
            b.value,
          );
        }
      }
      // Elsewhere in the container's files, it marks the first line.
      for (const file of files.filter((f) => !writing.includes(f)))
        expect(
          diagnosticSpans(b.design, diagnostic, file).map((s) => s.line),
          file.path,
        ).toEqual([1]);
    }
  });
});

describe('diagnosticSpans', () => {
  const example = getExample('sharded-redis');
  if (example === undefined) throw new Error('the sharded-redis example is missing');
  const proxy = example.design.workloads[0]?.containers.find((c) => c.template === 'twemproxy');
  if (proxy === undefined) throw new Error('the example has no twemproxy');
  const design = withParams(example.design, proxy.id, { hash: 'fnv1a_64' });
  const files = generateBundle(design).files;
  const file = (path: string) => {
    const found = files.find((f) => f.path === path);
    if (found === undefined) throw new Error(`no ${path}`);
    return found;
  };
  const ps132 = validate(design).find((d) => d.rule === 'PS132');

  it('[PS132] marks the hash: line of nutcracker.yaml and of the ConfigMap that carries it', () => {
    expect(ps132).toBeDefined();
    if (ps132 === undefined) return;
    for (const path of ['configs/nutcracker.yaml', 'all.yaml', 'manifests/configmap-web-twemproxy.yaml']) {
      const spans = diagnosticSpans(design, ps132, file(path));
      expect(
        spans.map((s) => lineOf(file(path).content, s.line).trim()),
        path,
      ).toEqual(['hash: fnv1a_64']);
    }
  });

  it('marks nothing in files the element does not make, nor for a design-wide diagnostic', () => {
    if (ps132 === undefined) throw new Error('no PS132');
    expect(diagnosticSpans(design, ps132, file('kustomization.yaml'))).toEqual([]);
    const designWide: Diagnostic = { ...ps132, target: { kind: 'design', field: 'name' } };
    expect(diagnosticSpans(design, designWide, file('all.yaml'))).toEqual([]);
  });

  it('[PS014] marks the replicas line of a workload written with too many replicas', () => {
    const w = design.workloads[0];
    if (w === undefined) throw new Error('no workload');
    const many: Design = { ...design, workloads: [{ ...w, replicas: 20000 }, ...design.workloads.slice(1)] };
    const diagnostic = validate(many).find((d) => d.rule === 'PS014');
    if (diagnostic === undefined) throw new Error('no PS014');
    const deployment = generateBundle(many).files.find((f) => f.path === `manifests/deployment-${w.name}.yaml`);
    if (deployment === undefined) throw new Error('no deployment file');
    const spans = diagnosticSpans(many, diagnostic, deployment);
    expect(spans.map((s) => lineOf(deployment.content, s.line).trim())).toEqual(['replicas: 20000']);
  });

  it('marks the first line when the field has no value to find', () => {
    if (ps132 === undefined) throw new Error('no PS132');
    const unfound: Diagnostic = { ...ps132, target: { ...ps132.target, field: 'kube' } };
    expect(diagnosticSpans(design, unfound, file('configs/nutcracker.yaml'))).toEqual([
      { line: 1, startColumn: 1, endColumn: lineOf(file('configs/nutcracker.yaml').content, 1).length + 1 },
    ]);
  });
});
