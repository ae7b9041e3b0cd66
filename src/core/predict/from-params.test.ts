import { describe, expect, it } from 'vitest';
import { getTemplate, resolveParams } from '../catalog';
import type { Params } from '../model/design';
import { ipHashPoolOf, shardPoolOf } from './from-params';

function params(template: string, given: Params): Params {
  const t = getTemplate(template);
  if (!t) throw new Error(`no template ${template}`);
  return resolveParams(t, given);
}

describe('shardPoolOf', () => {
  it('places keys on the StatefulSet shards by their names shard-0..n-1', () => {
    const r = shardPoolOf(params('twemproxy', { mode: 'statefulset', shardCount: 4 }), 'web');
    expect(r.ok && r.pool.labels).toEqual(['shard-0', 'shard-1', 'shard-2', 'shard-3']);
    // Names, not hosts, are on the ring: the workload's name does not move keys.
    const other = shardPoolOf(params('twemproxy', { mode: 'statefulset', shardCount: 4 }), 'api');
    expect(r.ok && other.ok && Array.from(other.pool.ring.values)).toEqual(r.ok && Array.from(r.pool.ring.values));
  });

  it('uses the servers table in servers mode, and leaves out a hash tag the file leaves out', () => {
    const servers = [
      { host: 'a', port: 6379, weight: 1, name: '' },
      { host: 'b', port: 6379, weight: 2, name: 'big' },
    ];
    const r = shardPoolOf(params('twemproxy', { mode: 'servers', servers, hashTag: '{' }), 'web');
    expect(r.ok && r.pool.labels).toEqual(['a:6379', 'big']);
    expect(r.ok && r.pool.spec.hashTag).toBe('');
  });
});

describe('ipHashPoolOf', () => {
  const upstreams = [
    { name: 'production', host: 'web', port: 80, weight: 9 },
    { name: 'experiment', host: 'exp', port: 80, weight: 1 },
  ];

  it('takes the upstream servers as the config writes them', () => {
    const r = ipHashPoolOf(params('request-splitter', { upstreams, stickiness: 'ip_hash' }));
    expect(r.ok && r.pool.upstreams.map((u) => [u.address, u.weight])).toEqual([
      ['web:80', 9],
      ['exp:80', 1],
    ]);
  });

  it('says why round robin and header stickiness cannot be predicted from an address', () => {
    expect(ipHashPoolOf(params('request-splitter', { upstreams, stickiness: 'none' }))).toEqual({
      ok: false,
      error: 'stickiness is none (round robin): no client address decides the upstream',
    });
    expect(ipHashPoolOf(params('request-splitter', { upstreams, stickiness: 'header' }))).toEqual({
      ok: false,
      error: 'stickiness is header: nginx hashes a request header, not the client address',
    });
  });
});
