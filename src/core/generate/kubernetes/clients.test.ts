import { describe, expect, it } from 'vitest';
import { getExample, importYaml } from '../..';
import type { Design } from '../../model/design';
import { CLIENTS_ANNOTATION, clientsAnnotation, clientsOf, readClients } from './clients';

function example(name: string): Design {
  const design = getExample(name)?.design;
  if (!design) throw new Error(`no example ${name}`);
  return design;
}

describe('clientsOf', () => {
  it('names the externals that call into a workload, and the container they call', () => {
    const design = example('https-sidecar');
    expect(clientsOf(design, design.workloads[0] as Design['workloads'][number])).toEqual([
      { name: 'browsers', kind: 'client', address: 'https://legacy.example.com', to: 'https', link: 'traffic' },
    ]);
  });

  it('leaves out what a config already names: a repository git-sync pulls from, a backend an ambassador calls', () => {
    for (const name of ['git-sync-paas', 'sharded-redis', 'request-splitting']) {
      const design = example(name);
      for (const w of design.workloads) expect(clientsAnnotation(design, w)).toBe(undefined);
    }
  });

  it('keeps a link to the workload as a whole, and its weight', () => {
    const design = example('https-sidecar');
    const w = design.workloads[0] as Design['workloads'][number];
    const linked: Design = {
      ...design,
      links: [{ id: 'x', from: design.externals[0]?.id ?? '', to: w.id, kind: 'metrics', weight: 3 }],
    };
    expect(readClients(clientsAnnotation(linked, w))).toEqual([
      { name: 'browsers', kind: 'client', address: 'https://legacy.example.com', link: 'metrics', weight: 3 },
    ]);
  });
});

describe('readClients', () => {
  const good = { name: 'b', kind: 'client', address: 'x', link: 'traffic' };
  it.each([
    ['not JSON', '[{'],
    ['not a list', JSON.stringify(good)],
    ['an unknown external kind', JSON.stringify([{ ...good, kind: 'browser' }])],
    ['a link kind that is not a call', JSON.stringify([{ ...good, link: 'files' }])],
    ['a weight below 1', JSON.stringify([{ ...good, weight: 0 }])],
    ['a container that is not a name', JSON.stringify([{ ...good, to: 3 }])],
    ['no address', JSON.stringify([{ ...good, address: undefined }])],
    ['a number', 42],
  ])('reads nothing from %s', (_, value) => {
    expect(readClients(value)).toEqual([]);
  });

  it('keeps the well-formed entries of a list', () => {
    expect(readClients(JSON.stringify([good, { ...good, kind: 'nope' }]))).toEqual([good]);
  });
});

describe('an import', () => {
  const manifest = (annotation: string) =>
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  annotations:\n    ${CLIENTS_ANNOTATION}: '${annotation}'\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n        - {name: web, image: nginx:1.27, ports: [{containerPort: 80}]}\n`;

  it('adds the externals the annotation names, linked to their container', () => {
    const r = importYaml(
      manifest(
        JSON.stringify([{ name: 'Shoppers!', kind: 'client', address: 'https://shop', to: 'web', link: 'traffic' }]),
      ),
    );
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.design.externals.map((e) => [e.name, e.kind, e.address])).toEqual([
      ['shoppers', 'client', 'https://shop'],
    ]);
    expect(r.design.links.map((l) => [l.from, l.to, l.kind])).toEqual([['e1', 'w1c1', 'traffic']]);
  });

  it('ignores an entry that names no container of the workload', () => {
    const r = importYaml(
      manifest(JSON.stringify([{ name: 'b', kind: 'client', address: 'https://shop', to: 'nginx', link: 'traffic' }])),
    );
    if (!r.ok) throw new Error(r.errors.join('\n'));
    expect(r.design.externals).toEqual([]);
    expect(r.notices.map((n) => n.message).join('\n')).toContain(CLIENTS_ANNOTATION);
  });
});
