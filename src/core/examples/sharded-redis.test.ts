import { loadAll } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { exampleDef as example } from '../../../test/support/design';
import { generateBundle } from '../generate/bundle';
import { validate } from '../validate';
import { FIRST_EXAMPLE } from '.';

const shardedRedis = example('sharded-redis');

type Obj = {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
  spec: Record<string, unknown>;
};

describe('sharded-redis example', () => {
  const { design } = shardedRedis;
  const bundle = generateBundle(design);
  const all = bundle.files.find((f) => f.path === 'all.yaml')?.content ?? '';
  const objects = loadAll(all) as Obj[];

  it('is the first example a new user sees, from the book’s Ch. 3', () => {
    expect(FIRST_EXAMPLE).toBe(shardedRedis.name);
    expect(shardedRedis.source).toMatch(/Ch\. 3.*Shard a Service/);
  });

  it('has no diagnostic at all: no error and no warning', () => {
    expect(validate(design)).toStrictEqual([]);
  });

  it('pairs a Node app that connects to localhost:6379 with a twemproxy ambassador listening there', () => {
    const [app, proxy] = design.workloads[0]?.containers ?? [];
    expect(app).toMatchObject({ template: 'app-node', role: 'app', params: { connectsTo: ['localhost:6379'] } });
    expect(proxy).toMatchObject({ template: 'twemproxy', role: 'ambassador', params: { listenPort: 6379 } });
  });

  it('runs the shards as an apps/v1 StatefulSet with a selector, 3 replicas, under a headless Service', () => {
    const set = objects.find((o) => o.kind === 'StatefulSet');
    expect(set).toMatchObject({
      apiVersion: 'apps/v1',
      metadata: { name: 'web-shards' },
      spec: {
        serviceName: 'web-shards',
        replicas: 3,
        selector: { matchLabels: { 'app.kubernetes.io/name': 'web-shards' } },
      },
    });
    const service = objects.find((o) => o.kind === 'Service' && o.metadata.name === 'web-shards');
    expect(service?.spec).toMatchObject({ clusterIP: 'None' });
  });

  it('gives every container string args', () => {
    const pods = objects.filter((o) => o.kind === 'Deployment' || o.kind === 'StatefulSet');
    const containers = pods.flatMap(
      (o) => (o.spec.template as { spec: { containers: { name: string; args?: unknown[] }[] } }).spec.containers,
    );
    for (const c of containers) for (const a of c.args ?? []) expect(typeof a).toBe('string');
    const proxy = containers.find((c) => c.name === 'twemproxy');
    expect(proxy?.args?.slice(0, 5)).toStrictEqual(['nutcracker', '-c', '/etc/nutcracker/nutcracker.yaml', '-v', '7']);
  });

  it('exports nutcracker.yaml with the three shards by their stable names', () => {
    const config = bundle.files.find((f) => f.path.endsWith('nutcracker.yaml'))?.content ?? '';
    expect(config).toContain('    - web-shards-0.web-shards:6379:1 shard-0\n');
    expect(config).toContain('    - web-shards-2.web-shards:6379:1 shard-2\n');
    expect(config).toContain('  hash: murmur\n');
  });
});
