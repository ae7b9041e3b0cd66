/**
 * Round trip of every example: export the bundle, import its all.yaml, and get the same design
 * back (templates, parameters, names, links; ids and layout aside), then export that design again
 * and get the same files, byte for byte (design.json aside, which holds ids and layout).
 *
 * A few things of a design live in no manifest: an external endpoint that nothing in the pod names
 * (the browsers in front of an HTTPS sidecar, the Prometheus that scrapes an exporter) and the
 * environments a service broker is not pointed at (they are only in `overlays/`). `NOT_IN_MANIFESTS`
 * lists them; the test takes them out of the original and then demands exact equality, so a loss
 * beyond the list, or a gap that closes, fails it.
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

interface Gap {
  /** External endpoints no manifest names, with their links. */
  readonly externals?: readonly string[];
  /** Service-broker environments other than the chosen one, by container name. */
  readonly environments?: Readonly<Record<string, readonly string[]>>;
  /** Files of the bundle that differ because of the above (README lists externals; overlays per environment). */
  readonly files: readonly string[];
}

const NOT_IN_MANIFESTS: Readonly<Record<string, Gap>> = {
  'https-sidecar': { externals: ['browsers'], files: ['README.md'] },
  'redis-exporter': { externals: ['prometheus'], files: ['README.md'] },
  'service-broker': {
    externals: ['mysql-production'],
    environments: { 'mysql-broker': ['production'] },
    files: [
      'README.md',
      'overlays/production/configmap-web-mysql-broker.yaml',
      'overlays/production/deployment-web.yaml',
      'overlays/production/kustomization.yaml',
      'overlays/production/service-web.yaml',
    ],
  },
};

/** The design without what the manifests cannot carry. */
function withoutGaps(design: Design, gap: Gap | undefined): Design {
  if (!gap) return design;
  const gone = new Set(design.externals.filter((e) => gap.externals?.includes(e.name)).map((e) => e.id));
  return {
    ...design,
    externals: design.externals.filter((e) => !gone.has(e.id)),
    links: design.links.filter((l) => !gone.has(l.from) && !gone.has(l.to)),
    workloads: design.workloads.map((w) => ({
      ...w,
      containers: w.containers.map((c) => {
        const drop = gap.environments?.[c.name];
        if (!drop) return c;
        const rows = (c.params.environments ?? []) as readonly { name: string }[];
        return { ...c, params: { ...c.params, environments: rows.filter((r) => !drop.includes(r.name)) } };
      }),
    })),
  };
}

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

describe.each(EXAMPLES.map((e) => [e.name, e] as const))('round trip of %s', (name, example) => {
  const gap = NOT_IN_MANIFESTS[name];

  it('imports its own all.yaml without a notice, as the same design', () => {
    expect(normalised(imported(example))).toEqual(normalised(withoutGaps(example.design, gap)));
  });

  it('exports the imported design to the same files', () => {
    const before = files(example.design);
    const after = files(imported(example));
    const differing = [...new Set([...before.keys(), ...after.keys()])].filter((p) => before.get(p) !== after.get(p));
    expect(differing.sort()).toEqual([...(gap?.files ?? [])].sort());
    expect(files(withoutGaps(example.design, gap))).toEqual(after);
  });
});
