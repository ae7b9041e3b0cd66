/**
 * Round trip of every example: export the bundle, import its all.yaml, and get the same design
 * back (templates, parameters, names, externals, links; ids and layout aside), then export that
 * design again and get the same files, byte for byte (design.json aside, which holds ids and layout).
 *
 * What no config names travels in the manifests too: external callers (the browsers in front of an
 * HTTPS sidecar, the Prometheus that scrapes an exporter) in the workload's `podsmith.io/clients`
 * annotation, and a service broker's other environments in comment lines of its nginx.conf.
 */
import { describe, expect, it } from 'vitest';
import {
  type Design,
  EXAMPLES,
  type ExampleDef,
  generateBundle,
  getTemplate,
  importYaml,
  resolveParams,
} from '../src/core';

/** Everything of a design but ids and layout: links and externals by name, parameters with defaults applied. */
function normalised(design: Design) {
  const names = new Map<string, string>();
  for (const w of design.workloads) {
    names.set(w.id, w.name);
    for (const c of w.containers) names.set(c.id, `${w.name}/${c.name}`);
  }
  for (const e of design.externals) names.set(e.id, `external ${e.name}`);
  return {
    name: design.name,
    namespace: design.namespace,
    workloads: design.workloads.map((w) => ({
      name: w.name,
      kind: w.kind,
      replicas: w.replicas,
      labels: w.labels,
      nativeSidecars: w.nativeSidecars,
      containers: w.containers.map((c) => {
        const template = getTemplate(c.template);
        return {
          name: c.name,
          role: c.role,
          template: c.template,
          image: c.image,
          resources: c.resources,
          params: template ? resolveParams(template, c.params) : c.params,
        };
      }),
    })),
    externals: design.externals.map((e) => `${e.name} (${e.kind}) ${e.address}`).sort(),
    links: design.links
      .map((l) => `${names.get(l.from)} -> ${names.get(l.to)} ${l.kind}${l.weight === undefined ? '' : ` ${l.weight}`}`)
      .sort(),
  };
}

const files = (design: Design) =>
  new Map(
    generateBundle(design)
      .files.filter((f) => f.path !== 'design.json')
      .map((f) => [f.path, f.content]),
  );

function imported(example: ExampleDef): Design {
  const allYaml = generateBundle(example.design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
  const result = importYaml(allYaml);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  expect(result.notices).toEqual([]);
  return result.design;
}

describe.each(EXAMPLES.map((e) => [e.name, e] as const))('round trip of %s', (_name, example) => {
  it('imports its own all.yaml without a notice, as the same design', () => {
    expect(normalised(imported(example))).toEqual(normalised(example.design));
  });

  it('exports the imported design to the same files, byte for byte', () => {
    const before = files(example.design);
    const after = files(imported(example));
    const differing = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
    expect(differing).toEqual([]);
    expect(after).toEqual(before);
  });
});
