/**
 * How a sample spreads over servers: for the explorers that show which shard keys land on and which
 * upstream client addresses reach. Samples are either given or generated deterministically, so the
 * same design always shows the same figures.
 */

import { parseIp } from './ip';
import { type IpHashPool, ROUND_ROBIN } from './ip-hash';
import { RANDOM_SERVER, type ShardPool } from './twemproxy';

/** One server's part of a sample. */
export interface Share {
  readonly label: string;
  readonly count: number;
  /** count / sample size, 0..1. */
  readonly share: number;
}

export interface Shares {
  readonly total: number;
  readonly servers: readonly Share[];
  /** Keys the `random` distribution places anywhere, or addresses nginx hands to round robin. */
  readonly unpredictable: number;
  /** Given addresses that were not IP addresses (always 0 for keys). */
  readonly invalid: number;
}

const DEFAULT_KEY_PATTERN = 'key:{n}';

/**
 * The n-th generated key: `pattern` with `{n}` replaced by n (0-based).
 *
 * @example sampleKey(7, 'user:{n}:cart') // 'user:7:cart'
 */
export function sampleKey(n: number, pattern: string = DEFAULT_KEY_PATTERN): string {
  return pattern.includes('{n}') ? pattern.replaceAll('{n}', String(n)) : `${pattern}${n}`;
}

/** `count` generated keys `pattern` 0..count-1. */
export function sampleKeys(count: number, pattern: string = DEFAULT_KEY_PATTERN): string[] {
  return Array.from({ length: count }, (_, n) => sampleKey(n, pattern));
}

function toShares(labels: readonly string[], counts: readonly number[], rest: number, invalid: number): Shares {
  const total = counts.reduce((sum, n) => sum + n, 0) + rest;
  return {
    total,
    servers: labels.map((label, i) => {
      const count = counts[i] as number;
      return { label, count, share: total === 0 ? 0 : count / total };
    }),
    unpredictable: rest,
    invalid,
  };
}

/**
 * The count and share of keys per server.
 *
 * @example keyShares(pool, sampleKeys(10000)).servers.map((s) => s.share) // e.g. [0.33, 0.34, 0.33]
 */
export function keyShares(pool: ShardPool, keys: Iterable<string>): Shares {
  const counts = new Array<number>(pool.labels.length).fill(0);
  let random = 0;
  for (const key of keys) {
    const i = pool.place(key);
    if (i === RANDOM_SERVER) random++;
    else counts[i] = (counts[i] as number) + 1;
  }
  return toShares(pool.labels, counts, random, 0);
}

/** Key shares for `count` generated keys, without building the key list. */
export function sampleKeyShares(pool: ShardPool, count: number, pattern: string = DEFAULT_KEY_PATTERN): Shares {
  function* keys(): Generator<string> {
    for (let n = 0; n < count; n++) yield sampleKey(n, pattern);
  }
  return keyShares(pool, keys());
}

/**
 * `count` IPv4 addresses spread over the whole address space, the same every time: a 32-bit
 * xorshift sequence from `seed`.
 */
export function sampleIpv4(count: number, seed = 0x9e3779b9): string[] {
  let x = seed | 0 || 1;
  return Array.from({ length: count }, () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    const v = x >>> 0;
    return `${v >>> 24}.${(v >>> 16) & 255}.${(v >>> 8) & 255}.${v & 255}`;
  });
}

/** The count and share of client addresses per upstream server. */
export function routeShares(pool: IpHashPool, addresses: Iterable<string>): Shares {
  const counts = new Array<number>(pool.upstreams.length).fill(0);
  let roundRobin = 0;
  let invalid = 0;
  for (const text of addresses) {
    const bytes = parseIp(text);
    if (!bytes) {
      invalid++;
      continue;
    }
    const i = pool.route(bytes);
    if (i === ROUND_ROBIN) roundRobin++;
    else counts[i] = (counts[i] as number) + 1;
  }
  return toShares(
    pool.upstreams.map((u) => u.address),
    counts,
    roundRobin,
    invalid,
  );
}
