import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../../edit/sketch';
import type { Params } from '../../../model/design';
import { isImageReference, isPinnedImage } from '../../../validate/names';
import { checkParams } from '../../../validate/params';
import { resolveParams } from '../../params';
import { restoredParams } from '../../restored.testing';
import { NUTCRACKER_CONFIG_PATH, TWEMPROXY_IMAGE, twemproxy } from './index';
import { HASHES, twemproxyServers } from './pool';

function build(params: Params) {
  const design = sketchDesign({
    name: 'shop',
    workloads: [{ name: 'web', containers: [{ template: 'twemproxy', params }] }],
  });
  const workload = design.workloads[0];
  const container = workload?.containers[0];
  if (!workload || !container) throw new Error('fixture');
  const resolved = resolveParams(twemproxy, container.params);
  const input = { design, workload, container, params: resolved };
  return { contribution: twemproxy.build(input), resolved, check: () => twemproxy.check?.(input) };
}

describe('twemproxy template', () => {
  it('is the ambassador "Sharded Redis" with a pinned image', () => {
    expect(twemproxy).toMatchObject({ id: 'twemproxy', role: 'ambassador', title: 'Sharded Redis' });
    expect(TWEMPROXY_IMAGE).toMatch(/:0\.5\.0$/);
    expect(twemproxy.params.hash).toMatchObject({ kind: 'enum', options: HASHES });
  });

  it('keeps the parameter keys of its contract', () => {
    for (const key of [
      'listenPort',
      'backend',
      'mode',
      'shardCount',
      'shardImage',
      'servers',
      'hash',
      'distribution',
      'hashTag',
      'timeout',
      'serverRetryTimeout',
      'serverFailureLimit',
      'autoEjectHosts',
      'preconnect',
      'serverConnections',
    ])
      expect(twemproxy.params).toHaveProperty(key);
  });

  it('has defaults that pass every generic parameter check', () => {
    expect(checkParams(twemproxy, {}, { workloadId: 'w', containerId: 'c' })).toStrictEqual([]);
  });

  describe.each([
    ['statefulset mode (defaults)', {}, 'redis', 2, 3],
    [
      'statefulset mode, memcached, 5 shards',
      { backend: 'memcached', shardCount: 5, shardImage: 'memcached:1.6.32' },
      'memcached',
      2,
      5,
    ],
    ['servers mode', { mode: 'servers', listenPort: 6380, statsPort: 22223 }, 'redis', 0, 3],
  ])('%s', (_label, params: Params, pool: string, objectCount: number, serverCount: number) => {
    const { contribution, resolved } = build(params);
    const listenPort = Number(resolved.listenPort);
    const statsPort = Number(resolved.statsPort);

    it('listens on localhost only: the proxy port and the stats port', () => {
      expect(contribution.ports).toStrictEqual([
        { name: pool === 'redis' ? 'redis' : 'memcache', containerPort: listenPort, scope: 'localhost' },
        { name: 'nc-stats', containerPort: statsPort, scope: 'localhost' },
      ]);
    });

    it('passes nutcracker its whole command line as string args', () => {
      expect(contribution.args).toStrictEqual([
        'nutcracker',
        '-c',
        NUTCRACKER_CONFIG_PATH,
        '-v',
        '7',
        '-a',
        '127.0.0.1',
        '-s',
        String(statsPort),
      ]);
      for (const a of contribution.args ?? []) expect(typeof a).toBe('string');
      expect(contribution.command).toBeUndefined();
    });

    it('mounts nutcracker.yaml where the args point, listing the servers twemproxyServers returns', () => {
      expect(contribution.files).toHaveLength(1);
      const file = contribution.files?.[0];
      expect(file).toMatchObject({ name: 'nutcracker.yaml', language: 'yaml', mountPath: NUTCRACKER_CONFIG_PATH });
      const body = (load(file?.content ?? '') as Record<string, Record<string, unknown>>)[pool];
      expect(body?.listen).toBe(`127.0.0.1:${listenPort}`);
      const servers = twemproxyServers(resolved, 'web');
      expect(servers).toHaveLength(serverCount);
      expect(body?.servers).toStrictEqual(
        servers.map((s) => `${s.host}:${s.port}:${s.weight}${s.name ? ` ${s.name}` : ''}`),
      );
    });

    it(`contributes ${objectCount} shard objects`, () => {
      expect(contribution.objects ?? []).toHaveLength(objectCount);
      if (objectCount > 0) {
        expect(contribution.objects?.map((o) => `${o.kind}/${o.metadata.name}`)).toStrictEqual([
          'StatefulSet/web-shards',
          'Service/web-shards',
        ]);
        expect(contribution.objects?.[0]).toMatchObject({ spec: { replicas: serverCount } });
      }
    });

    it('adds README notes', () => {
      expect(contribution.notes?.length).toBeGreaterThan(2);
    });
  });

  describe.each([
    ['hashTag', 'abc', 'PS010'],
    ['hashTag', '{', 'PS010'],
    ['hashTag', 'é{', 'PS010'],
    ['shardImage', 'redis', 'PS010'],
    ['shardImage', 'Redis:7', 'PS010'],
    ['shardImage', 'redis:latest', 'PS010'],
    ['shardCount', 65, 'PS009'],
    ['listenPort', 0, 'PS009'],
    ['timeout', -1, 'PS009'],
    ['serverConnections', 0, 'PS009'],
  ])('refuses %s = %j', (key, value, rule) => {
    it(`with ${rule} on that field`, () => {
      const out = checkParams(twemproxy, { [key]: value }, { workloadId: 'w', containerId: 'c' });
      expect(out.map((d) => `${d.rule} ${d.target.field}`)).toStrictEqual([`${rule} ${key}`]);
    });
  });

  it.each([
    ['host', 'Redis_0', 'PS010'],
    ['name', 'two words', 'PS010'],
    ['weight', 0, 'PS009'],
    ['port', 70000, 'PS009'],
  ])('refuses server column %s = %j', (column, value, rule) => {
    const servers = [{ host: 'a', port: 6379, weight: 1, name: 'x', [column]: value }];
    const out = checkParams(twemproxy, { mode: 'servers', servers }, { workloadId: 'w', containerId: 'c' });
    expect(out.map((d) => `${d.rule} ${d.target.field}`)).toStrictEqual([`${rule} servers[0].${column}`]);
  });

  it.each([['{}'], ['$$'], ['""'], ['']])('accepts the hash tag %j', (tag) => {
    expect(checkParams(twemproxy, { hashTag: tag }, { workloadId: 'w', containerId: 'c' })).toStrictEqual([]);
  });

  it('teaches what an ambassador is, why it is a separate container, and the fnv1a_64 caveat', () => {
    expect(twemproxy.teaching).toMatch(/ambassador/);
    expect(twemproxy.teaching).toMatch(/own container/);
    expect(twemproxy.teaching).toMatch(/fnv1a_64.*32-bit/s);
  });

  it('refuses any shard image that is not a valid pinned image reference (PS010 on shardImage)', () => {
    const image = fc.oneof(
      fc.string({ unit: 'binary-ascii', maxLength: 30 }),
      fc.stringMatching(/^[a-z0-9._/-]{1,20}(:[A-Za-z0-9_.-]{1,10})?(@sha256:[a-f0-9]{64})?$/),
      fc.constantFrom('redis:latest', `redis@sha256:${'a'.repeat(64)}`, 'localhost:5000/cache/redis:7'),
    );
    fc.assert(
      fc.property(image, (shardImage) => {
        const out = checkParams(twemproxy, { shardImage }, { workloadId: 'w', containerId: 'c' });
        const refused = out.some((d) => d.rule === 'PS010' && d.target.field === 'shardImage');
        expect(refused).toBe(!(isImageReference(shardImage) && isPinnedImage(shardImage)));
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws (build or check), and keeps nutcracker.yaml parseable, whatever values restore() lets through', () => {
    const keys = Object.keys(twemproxy.params);
    const value = fc.oneof(
      fc.anything(),
      fc.string(),
      fc.double(),
      fc.integer({ min: -1, max: 70_000 }),
      fc.boolean(),
      fc.array(fc.dictionary(fc.constantFrom('host', 'port', 'weight', 'name'), fc.oneof(fc.string(), fc.double()))),
    );
    let accepted = 0;
    // A few keys at a time, so that a good share of the inputs passes restore() and reaches the build.
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 3 }), (raw) => {
        const params = restoredParams(twemproxy, raw);
        if (!params) return;
        accepted += 1;
        const { contribution, check } = build(params);
        expect(() => load(contribution.files?.[0]?.content ?? '')).not.toThrow();
        expect(check).not.toThrow();
        for (const a of contribution.args ?? []) expect(typeof a).toBe('string');
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
