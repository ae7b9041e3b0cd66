import { describe, expect, it } from 'vitest';
import {
  compileShardPool,
  ketamaPointCounts,
  ketamaServerName,
  RANDOM_SERVER,
  type ShardPool,
  type ShardPoolSpec,
  type ShardServer,
  serverLabel,
} from './twemproxy';

const three = (weights: readonly number[], named = true): ShardServer[] =>
  weights.map((weight, i) => ({ host: '127.0.0.1', port: 7000 + i, weight, ...(named ? { name: `shard-${i}` } : {}) }));

function pool(spec: Partial<ShardPoolSpec> & Pick<ShardPoolSpec, 'hash' | 'distribution'>): ShardPool {
  const r = compileShardPool({ servers: three([1, 1, 1]), ...spec });
  if (!r.ok) throw new Error(r.error);
  return r.pool;
}

describe('server names', () => {
  it('shows a server by its name, else host:port', () => {
    expect(serverLabel({ host: 'redis-0', port: 6379, weight: 1, name: 'shard-0' })).toBe('shard-0');
    expect(serverLabel({ host: 'redis-0', port: 6379, weight: 1 })).toBe('redis-0:6379');
    expect(serverLabel({ host: 'redis-0', port: 6379, weight: 1, name: '' })).toBe('redis-0:6379');
  });

  it('places an unnamed server on the ring by host:port, or by host alone on port 11211', () => {
    expect(ketamaServerName({ host: 'redis-0', port: 6379, weight: 1 })).toBe('redis-0:6379');
    expect(ketamaServerName({ host: 'mc-0', port: 11211, weight: 1 })).toBe('mc-0');
    expect(ketamaServerName({ host: 'mc-0', port: 11211, weight: 1, name: 'a' })).toBe('a');
  });
});

describe('ketama ring', () => {
  it('gives each of n equal servers 160 points', () => {
    expect(ketamaPointCounts([1, 1, 1])).toEqual([160, 160, 160]);
    expect(pool({ hash: 'md5', distribution: 'ketama' }).ring.values).toHaveLength(480);
  });

  it('shares points by weight, in single precision as nutcracker computes them', () => {
    expect(ketamaPointCounts([1, 2, 5])).toEqual([60, 120, 300]);
    // 6/25 in float is just under 0.24, so 47.99… points/4 floor to 47: 188 points, not 192.
    // (test/real/shard-live.test.ts checks this pool against nutcracker.)
    expect(ketamaPointCounts([1, 6, 6, 6, 6])).toEqual([28, 188, 188, 188, 188]);
  });

  it('keeps the ring sorted and owned by valid servers', () => {
    const { values, servers } = pool({ hash: 'md5', distribution: 'ketama', servers: three([1, 2, 5]) }).ring;
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1] as number);
    expect(new Set(servers)).toEqual(new Set([0, 1, 2]));
    // The first point of this ring: md5("shard-2-…") word; fixed by the names, not the addresses.
    expect([values[0], servers[0]]).toEqual([674680, 2]);
  });

  it('depends on names, not addresses, when servers are named', () => {
    const a = pool({ hash: 'murmur', distribution: 'ketama' });
    const moved = three([1, 1, 1]).map((s) => ({ ...s, host: '10.0.0.9', port: 6379 }));
    const b = pool({ hash: 'murmur', distribution: 'ketama', servers: moved });
    expect(Array.from(b.ring.values)).toEqual(Array.from(a.ring.values));
    const unnamed = pool({ hash: 'murmur', distribution: 'ketama', servers: three([1, 1, 1], false) });
    expect(Array.from(unnamed.ring.values)).not.toEqual(Array.from(a.ring.values));
  });

  it("refuses a name too long for nutcracker's 86-byte point buffer", () => {
    const r = compileShardPool({
      hash: 'md5',
      distribution: 'ketama',
      servers: [{ host: 'h', port: 1, weight: 1, name: 'x'.repeat(90) }, ...three([1])],
    });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/too long/) });
  });
});

describe('placing keys', () => {
  // Placements checked against nutcracker 0.5 by the same keys in test/real/shard-live.test.ts.
  const keys = ['key:1', 'key:2', 'user:{7}:cart', '{}x', 'é'];
  it.each([
    ['fnv1a_64', 'ketama', [2, 2, 2, 2, 2]],
    ['fnv1a_64', 'modula', [1, 0, 2, 2, 1]],
    ['murmur', 'ketama', [2, 2, 2, 2, 0]],
    ['murmur', 'modula', [2, 1, 1, 2, 2]],
    ['md5', 'ketama', [2, 2, 1, 2, 2]],
    ['md5', 'modula', [1, 1, 2, 2, 2]],
    ['crc32a', 'ketama', [1, 2, 1, 2, 0]],
    ['crc32a', 'modula', [2, 2, 1, 2, 2]],
  ] as const)('%s %s with weights 1:2:5 and hash tag {}', (hash, distribution, expected) => {
    const p = pool({ hash, distribution, hashTag: '{}', servers: three([1, 2, 5]) });
    expect(keys.map((k) => p.place(k))).toEqual(expected);
  });

  it('hashes only the part between the hash tag characters', () => {
    const p = pool({ hash: 'murmur', distribution: 'ketama', hashTag: '{}' });
    const target = p.place('user42');
    for (const k of ['{user42}', 'a{user42}b', 'cart:{user42}:items', '{user42}{other}'])
      expect(p.place(k)).toBe(target);
  });

  it('hashes the whole key when the tag is empty or not closed', () => {
    const tagged = pool({ hash: 'md5', distribution: 'modula', hashTag: '{}' });
    const plain = pool({ hash: 'md5', distribution: 'modula' });
    for (const k of ['a{}b', 'a{b', '}a{', 'x{']) expect(tagged.place(k)).toBe(plain.place(k));
  });

  it('fills modula entries by weight in server order', () => {
    // Both tables have three entries, so a key takes entry hash % 3 in each.
    const p = pool({ hash: 'md5', distribution: 'modula', servers: three([1, 1, 1]) });
    const q = pool({ hash: 'md5', distribution: 'modula', servers: three([2, 1]) });
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f']) {
      // Weights 2:1 make entries 0 and 1 server 0, entry 2 server 1: the same entry as with 1:1:1.
      const entry = p.place(k);
      expect(q.place(k)).toBe(entry < 2 ? 0 : 1);
    }
  });

  it('reports the random distribution as random', () => {
    expect(pool({ hash: 'md5', distribution: 'random' }).place('k')).toBe(RANDOM_SERVER);
  });

  it('puts every key on the only server of a one-server pool', () => {
    const p = pool({ hash: 'md5', distribution: 'random', servers: three([1]) });
    expect(p.place('anything')).toBe(0);
  });

  it('places keys longer than its scratch buffer', () => {
    const p = pool({ hash: 'md5', distribution: 'ketama' });
    const long = 'k'.repeat(5000);
    expect(p.place(long)).toBe(p.place(long));
    expect([0, 1, 2]).toContain(p.place(`${'é'.repeat(3000)}`));
  });

  it('sends every crc32 key to one server on a ketama ring (its hash has 15 bits)', () => {
    const p = pool({ hash: 'crc32', distribution: 'ketama' });
    const where = new Set(Array.from({ length: 200 }, (_, i) => p.place(`key:${i}`)));
    expect(where.size).toBe(1);
  });
});

describe('compileShardPool errors', () => {
  it.each([
    [{ servers: [] }, 'the pool has no servers'],
    [{ servers: three([1, 0]) }, 'server shard-1 has weight 0; weights are whole numbers from 1'],
    [{ hashTag: '{' }, 'hash_tag "{" is not two characters'],
    [{ hashTag: 'é}' }, 'hash_tag "é}" is not two characters'],
    [{ hash: 'sha1' }, 'unknown hash "sha1"'],
    [{ distribution: 'vnode' }, 'unknown distribution "vnode"'],
  ] as const)('%j', (change, error) => {
    const spec = { hash: 'md5', distribution: 'ketama', servers: three([1, 1]), ...change } as ShardPoolSpec;
    expect(compileShardPool(spec)).toEqual({ ok: false, error });
  });
});
