import { describe, expect, it } from 'vitest';
import { parseIp } from './ip';
import {
  compileIpHash,
  type HashUpstream,
  type IpHashPool,
  ipv4NetworkShares,
  ROUND_ROBIN,
  routeAddress,
} from './ip-hash';

function compiled(upstreams: readonly HashUpstream[]): IpHashPool {
  const r = compileIpHash(upstreams);
  if (!r.ok) throw new Error(r.error);
  return r.pool;
}

const book = compiled([
  { address: 'web:80', weight: 9 },
  { address: 'experiment:80', weight: 1 },
]);

/** The hash nginx computes, written out the slow way. */
function nginxHash(bytes: readonly number[], rounds = 1): number {
  let hash = 89;
  for (let r = 0; r < rounds; r++) for (const b of bytes) hash = (hash * 113 + b) % 6271;
  return hash;
}

describe('ip_hash', () => {
  it('hashes the first three octets of an IPv4 address', () => {
    // 127.0.0.x: 89 -> 3913 -> 3199 -> 4040; 4040 % 10 = 0, inside web's nine values.
    expect(nginxHash([127, 0, 0])).toBe(4040);
    expect(routeAddress(book, '127.0.0.1')).toBe(0);
    for (let last = 0; last < 256; last += 51)
      expect(routeAddress(book, `10.20.30.${last}`)).toBe(routeAddress(book, '10.20.30.1'));
  });

  it('gives a server of weight w the w hash values after those of the servers before it', () => {
    for (let a = 0; a < 256; a += 7) {
      const h = nginxHash([10, a, 3]);
      expect(routeAddress(book, `10.${a}.3.9`)).toBe(h % 10 < 9 ? 0 : 1);
    }
  });

  it('hashes all sixteen bytes of an IPv6 address', () => {
    const bytes = Array.from(parseIp('2001:db8::1') ?? []);
    expect(bytes).toHaveLength(16);
    expect(routeAddress(book, '2001:db8::1')).toBe(nginxHash(bytes) % 10 < 9 ? 0 : 1);
  });

  it('re-hashes past a server that is down', () => {
    const pool = compiled([
      { address: 'a:80', weight: 1, down: true },
      { address: 'b:80', weight: 1 },
      { address: 'c:80', weight: 1 },
    ]);
    for (let a = 0; a < 256; a += 5) {
      const bytes = [10, a, 1];
      let rounds = 1;
      while (nginxHash(bytes, rounds) % 3 === 0) rounds++;
      expect(routeAddress(pool, `10.${a}.1.1`)).toBe(nginxHash(bytes, rounds) % 3);
    }
  });

  it('hands over to round robin after 20 failed tries', () => {
    const pool = compiled([
      { address: 'a:80', weight: 1, down: true },
      { address: 'b:80', weight: 1, down: true },
    ]);
    expect(routeAddress(pool, '10.0.0.1')).toBe(ROUND_ROBIN);
  });

  it('models retries: the next pick skips servers already tried', () => {
    const pool = compiled([
      { address: 'a:80', weight: 1 },
      { address: 'b:80', weight: 1 },
      { address: 'c:80', weight: 1 },
    ]);
    const address = parseIp('192.168.7.7') ?? new Uint8Array(4);
    const state = pool.start();
    const picks = [pool.next(address, state), pool.next(address, state), pool.next(address, state)];
    expect(new Set(picks)).toEqual(new Set([0, 1, 2]));
    expect(picks[0]).toBe(pool.route(address));
  });

  it('sends everything to the only server of a one-server upstream', () => {
    expect(routeAddress(compiled([{ address: 'a:80', weight: 5 }]), '8.8.8.8')).toBe(0);
  });

  it('returns undefined for text that is not an address', () => {
    expect(routeAddress(book, 'localhost')).toBeUndefined();
  });

  it('refuses an empty upstream and weights below 1', () => {
    expect(compileIpHash([])).toEqual({ ok: false, error: 'the upstream has no servers' });
    expect(compileIpHash([{ address: 'a:80', weight: 0 }])).toEqual({
      ok: false,
      error: 'server a:80 has weight 0; weights are whole numbers from 1',
    });
  });

  it('computes the exact share of all IPv4 /24 networks', () => {
    const shares = ipv4NetworkShares(book);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares[0]).toBeGreaterThan(0.87);
    expect(shares[0]).toBeLessThan(0.93);
    // The same figure by brute force over one /8 slice's worth of prefixes agrees roughly.
    let web = 0;
    let all = 0;
    for (let a = 0; a < 256; a += 3) {
      for (let b = 0; b < 256; b += 5) {
        all++;
        if (book.route(Uint8Array.of(a, b, 7, 1)) === 0) web++;
      }
    }
    expect(Math.abs(web / all - (shares[0] as number))).toBeLessThan(0.02);
  });
});
