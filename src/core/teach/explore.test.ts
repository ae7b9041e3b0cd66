import { describe, expect, it } from 'vitest';
import { getTemplate, resolveParams } from '../catalog';
import { EXAMPLES, getExample } from '../examples';
import { sampleKeys, shardPoolOf } from '../predict';
import { exampleTeaching, firstSentences, nextServer, shardMoves } from './explore';

function pool(shardCount: number) {
  const t = getTemplate('twemproxy');
  if (!t) throw new Error('no twemproxy');
  const r = shardPoolOf(resolveParams(t, { shardCount }), 'web');
  if (!r.ok) throw new Error(r.error);
  return r.pool;
}

describe('shardMoves', () => {
  const keys = sampleKeys(10_000);

  it('ketama moves about 1/(N+1) of the keys when a shard is added; modula moves most', () => {
    const m = shardMoves(pool(3).spec, keys);
    expect(m.added.ketama.total).toBe(10_000);
    expect(m.added.ketama.moved / 10_000).toBeGreaterThan(0.15);
    expect(m.added.ketama.moved / 10_000).toBeLessThan(0.35);
    expect(m.added.modula.moved / 10_000).toBeGreaterThan(0.6);
  });

  it('removing the last shard moves about its share under ketama and most keys under modula', () => {
    const m = shardMoves(pool(4).spec, keys);
    expect(m.removed).toBeDefined();
    expect((m.removed?.ketama.moved ?? 0) / 10_000).toBeGreaterThan(0.15);
    expect((m.removed?.ketama.moved ?? 0) / 10_000).toBeLessThan(0.35);
    expect((m.removed?.modula.moved ?? 0) / 10_000).toBeGreaterThan(0.6);
  });

  it('says nothing about removing the only shard', () => {
    expect(shardMoves(pool(1).spec, keys).removed).toBeUndefined();
  });

  it('the keys that move under ketama when a shard is added all go to the new shard', () => {
    const before = pool(3);
    const after = pool(4);
    for (const key of keys.slice(0, 2000)) {
      const a = before.place(key);
      const b = after.place(key);
      if (a !== b) expect(b).toBe(3);
    }
  });
});

describe('nextServer', () => {
  it('continues shard-N names and avoids names in use', () => {
    expect(nextServer(pool(3).spec.servers)).toMatchObject({ name: 'shard-3', port: 6379, weight: 1 });
    expect(
      nextServer([
        { host: 'a', port: 1, weight: 2, name: 'shard-1' },
        { host: 'b', port: 1, weight: 2, name: 'x' },
      ]),
    ).toEqual({ host: 'added-shard-2', port: 1, weight: 2, name: 'shard-2' });
  });
  it('gives no name when the servers have none', () => {
    expect(nextServer([{ host: 'a', port: 11211, weight: 1 }]).name).toBeUndefined();
  });
});

describe('gallery text', () => {
  it('firstSentences keeps whole sentences', () => {
    expect(firstSentences('One is 1.5 here. Two! Three? Four.', 2)).toBe('One is 1.5 here. Two!');
    expect(firstSentences('No full stop', 2)).toBe('No full stop');
  });
  it('every example has two sentences of teaching', () => {
    for (const ex of EXAMPLES) {
      const text = exampleTeaching(ex);
      expect(text.length).toBeGreaterThan(40);
      expect(text.length).toBeLessThan(500);
    }
    expect(exampleTeaching(getExample('sharded-redis')!)).toMatch(/^An ambassador brokers/);
  });
});
