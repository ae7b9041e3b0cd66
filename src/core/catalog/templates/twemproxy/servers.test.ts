import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderNutcracker, serverLine } from '../../../format/nutcracker/config';
import type { Params } from '../../../model/design';
import { resolveParams } from '../../params';
import { twemproxy } from './index';
import { nutcrackerPool, shardHost, shardSetName, twemproxyServers } from './servers';
import { shardObjects } from './shards';

const TABLE = [
  { host: 'cache-a.prod', port: 6379, weight: 2, name: 'a' },
  { host: '10.0.0.7', port: 6380, weight: 1, name: '' },
];

describe('twemproxyServers', () => {
  describe.each([
    [
      'statefulset, redis, 3 shards',
      { mode: 'statefulset', backend: 'redis', shardCount: 3 },
      [
        'web-shards-0.web-shards:6379:1 shard-0',
        'web-shards-1.web-shards:6379:1 shard-1',
        'web-shards-2.web-shards:6379:1 shard-2',
      ],
    ],
    [
      'statefulset, memcached, 1 shard',
      { mode: 'statefulset', backend: 'memcached', shardCount: 1 },
      ['web-shards-0.web-shards:11211:1 shard-0'],
    ],
    ['statefulset, count clamped to 64', { mode: 'statefulset', backend: 'redis', shardCount: 1000 }, 64],
    ['statefulset, count clamped to 1', { mode: 'statefulset', backend: 'redis', shardCount: -2 }, 1],
    [
      'servers table in order, empty name left out',
      { mode: 'servers', servers: TABLE },
      ['cache-a.prod:6379:2 a', '10.0.0.7:6380:1'],
    ],
    ['empty servers table', { mode: 'servers', servers: [] }, []],
  ])('%s', (_label, given: Params, expected: readonly string[] | number) => {
    const params = resolveParams(twemproxy, given);
    const servers = twemproxyServers(params, 'web');
    it('returns the servers', () => {
      if (typeof expected === 'number') expect(servers).toHaveLength(expected);
      else expect(servers.map(serverLine)).toStrictEqual(expected);
    });
    it('returns exactly what the generated nutcracker.yaml lists, in order', () => {
      const body = (load(renderNutcracker(nutcrackerPool(params, 'web'))) as Record<string, { servers: unknown }>)[
        params.backend === 'memcached' ? 'memcached' : 'redis'
      ];
      expect(body?.servers ?? []).toStrictEqual(servers.map(serverLine));
    });
  });

  it('names shards after the StatefulSet pods under their headless Service', () => {
    expect(shardSetName('web')).toBe('web-shards');
    expect(shardHost('web', 2)).toBe('web-shards-2.web-shards');
  });

  it('keeps the server name apart from the host, as an object without name when empty', () => {
    expect(twemproxyServers(resolveParams(twemproxy, { mode: 'servers', servers: TABLE }), 'w')).toStrictEqual([
      { host: 'cache-a.prod', port: 6379, weight: 2, name: 'a' },
      { host: '10.0.0.7', port: 6380, weight: 1 },
    ]);
  });
});

describe('nutcrackerPool', () => {
  it.each([
    ['hash', 'bogus', 'murmur'],
    ['distribution', 'vnode', 'ketama'],
  ])('falls back to the default when %s is %j (validation reports it)', (key, value, expected) => {
    expect(nutcrackerPool(resolveParams(twemproxy, { [key]: value }), 'w')[key as 'hash' | 'distribution']).toBe(
      expected,
    );
  });

  it('listens on 127.0.0.1 only', () => {
    expect(nutcrackerPool(resolveParams(twemproxy, { listenPort: 6380 }), 'w').listen).toBe('127.0.0.1:6380');
  });
});

describe('shardObjects', () => {
  const [set, service] = shardObjects({
    workloadName: 'web',
    designName: 'shop',
    backend: 'redis',
    replicas: 3,
    image: 'redis:7.2.5',
  });

  it('makes an apps/v1 StatefulSet whose selector equals its pod labels, under its headless Service', () => {
    expect(set).toMatchObject({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'web-shards' },
      spec: { serviceName: 'web-shards', replicas: 3 },
    });
    const spec = set?.spec as {
      selector: { matchLabels: Record<string, string> };
      template: { metadata: { labels: Record<string, string> }; spec: { containers: { ports: unknown[] }[] } };
    };
    for (const [k, v] of Object.entries(spec.selector.matchLabels)) expect(spec.template.metadata.labels[k]).toBe(v);
    expect(spec.template.spec.containers[0]?.ports).toStrictEqual([{ name: 'redis', containerPort: 6379 }]);
    expect(service).toMatchObject({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web-shards' },
      spec: { clusterIP: 'None', selector: spec.selector.matchLabels },
    });
  });

  it('lists keys in the usual Kubernetes order', () => {
    expect(Object.keys(set ?? {})).toStrictEqual(['apiVersion', 'kind', 'metadata', 'spec']);
    expect(Object.keys(service ?? {})).toStrictEqual(['apiVersion', 'kind', 'metadata', 'spec']);
  });

  it('serves memcached on 11211 under the IANA name memcache', () => {
    const [m] = shardObjects({
      workloadName: 'w',
      designName: 'd',
      backend: 'memcached',
      replicas: 1,
      image: 'memcached:1.6.32',
    });
    expect(JSON.stringify(m)).toContain('{"name":"memcache","containerPort":11211}');
  });
});
