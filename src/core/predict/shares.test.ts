import { describe, expect, it } from 'vitest';
import { compileIpHash } from './ip-hash';
import { keyShares, routeShares, sampleIpv4, sampleKey, sampleKeyShares, sampleKeys } from './shares';
import { compileShardPool } from './twemproxy';

const servers = [0, 1, 2].map((i) => ({ host: `redis-${i}`, port: 6379, weight: 1, name: `shard-${i}` }));

function shardPool(hash: 'murmur' | 'fnv1a_64', distribution: 'ketama' | 'random' = 'ketama') {
  const r = compileShardPool({ hash, distribution, servers });
  if (!r.ok) throw new Error(r.error);
  return r.pool;
}

describe('samples', () => {
  it('generates keys from a pattern', () => {
    expect(sampleKey(7)).toBe('key:7');
    expect(sampleKey(7, 'user:{n}:cart')).toBe('user:7:cart');
    expect(sampleKey(7, 'session-')).toBe('session-7');
    expect(sampleKeys(3)).toEqual(['key:0', 'key:1', 'key:2']);
  });

  it('generates the same spread-out IPv4 addresses every time', () => {
    const a = sampleIpv4(1000);
    expect(sampleIpv4(1000)).toEqual(a);
    expect(new Set(a.map((ip) => ip.split('.')[0])).size).toBeGreaterThan(200);
  });
});

describe('keyShares', () => {
  it('counts keys per server, with shares that add up to 1', () => {
    const s = keyShares(shardPool('murmur'), sampleKeys(3000));
    expect(s.total).toBe(3000);
    expect(s.servers.map((x) => x.label)).toEqual(['shard-0', 'shard-1', 'shard-2']);
    expect(s.servers.reduce((a, x) => a + x.count, 0)).toBe(3000);
    expect(s.servers.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 12);
    for (const x of s.servers) expect(x.share).toBeGreaterThan(0.2);
  });

  it('shows how fnv1a_64 clusters keys that differ only in a suffix', () => {
    const fnv = sampleKeyShares(shardPool('fnv1a_64'), 100);
    const murmur = sampleKeyShares(shardPool('murmur'), 100);
    expect(Math.max(...fnv.servers.map((x) => x.share))).toBeGreaterThan(0.6);
    expect(Math.max(...murmur.servers.map((x) => x.share))).toBeLessThan(0.5);
  });

  it('reports keys under the random distribution as unpredictable', () => {
    const s = keyShares(shardPool('murmur', 'random'), ['a', 'b']);
    expect(s.unpredictable).toBe(2);
    expect(s.servers.every((x) => x.count === 0)).toBe(true);
  });
});

describe('routeShares', () => {
  it('splits sampled clients close to the weights and counts invalid addresses', () => {
    const r = compileIpHash([
      { address: 'web:80', weight: 9 },
      { address: 'experiment:80', weight: 1 },
    ]);
    if (!r.ok) throw new Error(r.error);
    const s = routeShares(r.pool, [...sampleIpv4(5000), 'not-an-ip']);
    expect(s.invalid).toBe(1);
    expect(s.total).toBe(5000);
    expect(s.servers[0]?.share).toBeGreaterThan(0.86);
    expect(s.servers[0]?.share).toBeLessThan(0.94);
  });
});
