/**
 * Where nutcracker 0.5 sends a key: the same hash, hash tag, ketama ring or modula table as
 * `src/nc_server.c` and `src/hashkit/` build them, for a pool whose servers are all live (no ejected
 * host). The ring is built once per pool; placing a key then hashes it and binary-searches the ring,
 * without allocating.
 */
import { Utf8Buffer, utf8 } from './bytes';
import { hashById, isTwemproxyHash, TWEMPROXY_HASHES, type TwemproxyHash } from './hashes';
import { md5Words } from './md5';

export const TWEMPROXY_DISTRIBUTIONS = ['ketama', 'modula', 'random'] as const;
export type TwemproxyDistribution = (typeof TWEMPROXY_DISTRIBUTIONS)[number];

/** One `servers:` entry, `host:port:weight name`. */
export interface ShardServer {
  readonly host: string;
  readonly port: number;
  readonly weight: number;
  /** The optional name after the weight; empty or missing when the server has none. */
  readonly name?: string;
}

export interface ShardPoolSpec {
  readonly hash: TwemproxyHash;
  readonly distribution: TwemproxyDistribution;
  /** Two characters, e.g. `{}`; empty or missing for none. */
  readonly hashTag?: string;
  readonly servers: readonly ShardServer[];
}

/** `place` returns this for the `random` distribution: every request goes to a server chosen at random. */
export const RANDOM_SERVER = -1;

/** A compiled pool: place keys on it. */
export interface ShardPool {
  readonly spec: ShardPoolSpec;
  /** How each server is shown: its name, or `host:port` when it has none. */
  readonly labels: readonly string[];
  /** The ketama ring (point values, ascending, and their server indexes); empty for other distributions. */
  readonly ring: { readonly values: Uint32Array; readonly servers: Uint16Array };
  /** The index of the server that holds `key`, or `RANDOM_SERVER`. */
  place(key: string): number;
  /** The same for a key already in bytes: `bytes[start .. start + length)`. */
  placeBytes(bytes: Uint8Array, start: number, length: number): number;
}

export type ShardPoolResult =
  | { readonly ok: true; readonly pool: ShardPool }
  | { readonly ok: false; readonly error: string };

const KETAMA = 0;
const MODULA = 1;
const POINTS_PER_SERVER = 160;
const POINTS_PER_HASH = 4;
/** nutcracker formats each point name into a buffer of this size (`KETAMA_MAX_HOSTLEN`). */
const MAX_POINT_NAME = 86;
/** nutcracker leaves the port out of a server's ring name when it is memcached's default port. */
const DEFAULT_KETAMA_PORT = 11211;

/** How a server is shown: its name, or `host:port`. */
export function serverLabel(server: ShardServer): string {
  return server.name ? server.name : `${server.host}:${server.port}`;
}

/** The string nutcracker hashes to place a server's ketama points: the name, else `host:port` (`host` on port 11211). */
export function ketamaServerName(server: ShardServer): string {
  if (server.name) return server.name;
  return server.port === DEFAULT_KETAMA_PORT ? server.host : `${server.host}:${server.port}`;
}

/**
 * How many ring points each server gets, computed in single precision as `ketama_update` does:
 * `floorf(weight / total * 160 / 4 * servers + 1e-10) * 4`.
 */
export function ketamaPointCounts(weights: readonly number[]): number[] {
  const f = Math.fround;
  const total = f(weights.reduce((sum, w) => sum + w, 0));
  const live = f(weights.length);
  return weights.map((weight) => {
    const pct = f(f(weight) / total);
    const scaled = f(f(f(pct * POINTS_PER_SERVER) / 4) * live);
    return Math.floor(f(scaled + 0.0000000001)) * POINTS_PER_HASH;
  });
}

function buildRing(servers: readonly ShardServer[]): ShardPoolResult | { values: Uint32Array; servers: Uint16Array } {
  const counts = ketamaPointCounts(servers.map((s) => s.weight));
  const total = counts.reduce((sum, n) => sum + n, 0);
  const values = new Uint32Array(total);
  const owners = new Uint16Array(total);
  const words = new Int32Array(4);
  let at = 0;
  for (let s = 0; s < servers.length; s++) {
    const name = ketamaServerName(servers[s] as ShardServer);
    for (let p = 0; p < (counts[s] as number) / POINTS_PER_HASH; p++) {
      let bytes = utf8(`${name}-${p}`);
      if (bytes.length > MAX_POINT_NAME) {
        return {
          ok: false,
          error: `server name "${name}" is too long for nutcracker's ketama ring (at most ${MAX_POINT_NAME - 5} bytes)`,
        };
      }
      // A name of exactly 86 bytes is cut to 85 and hashed with the terminating zero byte.
      if (bytes.length === MAX_POINT_NAME) bytes = Uint8Array.from([...bytes.subarray(0, MAX_POINT_NAME - 1), 0]);
      md5Words(bytes, 0, bytes.length, words);
      for (let x = 0; x < POINTS_PER_HASH; x++, at++) {
        values[at] = (words[x] as number) >>> 0;
        owners[at] = s;
      }
    }
  }
  // glibc's qsort is a merge sort here, so equal values keep their insertion order.
  const order = Array.from({ length: total }, (_, i) => i).sort(
    (i, j) => (values[i] as number) - (values[j] as number) || i - j,
  );
  return {
    values: Uint32Array.from(order, (i) => values[i] as number),
    servers: Uint16Array.from(order, (i) => owners[i] as number),
  };
}

/** First ring point at or above `hash`, wrapping to the first point (`ketama_dispatch`). */
function ketamaDispatch(values: Uint32Array, owners: Uint16Array, hash: number): number {
  let left = 0;
  let right = values.length;
  while (left < right) {
    const middle = (left + right) >>> 1;
    if ((values[middle] as number) < hash) left = middle + 1;
    else right = middle;
  }
  return owners[right === values.length ? 0 : right] as number;
}

/** The server whose run of modula entries holds `entry`. */
function modulaDispatch(ends: Float64Array, entry: number): number {
  let left = 0;
  let right = ends.length - 1;
  while (left < right) {
    const middle = (left + right) >>> 1;
    if ((ends[middle] as number) <= entry) left = middle + 1;
    else right = middle;
  }
  return left;
}

function checkSpec(spec: ShardPoolSpec): string | undefined {
  if (!isTwemproxyHash(spec.hash)) return `unknown hash "${spec.hash}"`;
  if (!(TWEMPROXY_DISTRIBUTIONS as readonly string[]).includes(spec.distribution)) {
    return `unknown distribution "${spec.distribution}"`;
  }
  if (spec.servers.length === 0) return 'the pool has no servers';
  if (spec.servers.length > 0xffff) return 'the pool has too many servers';
  for (const server of spec.servers) {
    if (!Number.isInteger(server.weight) || server.weight < 1) {
      return `server ${serverLabel(server)} has weight ${server.weight}; weights are whole numbers from 1`;
    }
  }
  const tag = spec.hashTag ?? '';
  if (tag !== '' && utf8(tag).length !== 2) return `hash_tag "${tag}" is not two characters`;
  return undefined;
}

/**
 * Compiles a pool for placing keys, or says why it cannot.
 *
 * @example
 * const r = compileShardPool({ hash: 'murmur', distribution: 'ketama', servers: [
 *   { host: 'redis-0', port: 6379, weight: 1 }, { host: 'redis-1', port: 6379, weight: 1 }] });
 * if (r.ok) r.pool.labels[r.pool.place('user:42')] // 'redis-0:6379' or 'redis-1:6379'
 */
export function compileShardPool(spec: ShardPoolSpec): ShardPoolResult {
  const problem = checkSpec(spec);
  if (problem) return { ok: false, error: problem };
  const hashId = TWEMPROXY_HASHES.indexOf(spec.hash);
  const distribution = TWEMPROXY_DISTRIBUTIONS.indexOf(spec.distribution);
  const tagBytes = spec.hashTag ? utf8(spec.hashTag) : undefined;
  const open = tagBytes ? (tagBytes[0] as number) : -1;
  const close = tagBytes ? (tagBytes[1] as number) : -1;
  const single = spec.servers.length === 1;

  let values: Uint32Array = new Uint32Array(0);
  let owners: Uint16Array = new Uint16Array(0);
  if (spec.distribution === 'ketama') {
    const ring = buildRing(spec.servers);
    if ('ok' in ring) return ring;
    values = ring.values;
    owners = ring.servers;
  }
  // modula: each server fills `weight` consecutive entries of a table, in order; a key goes to entry
  // hash % (total weight). `ends[i]` is the first entry after server i's.
  const ends = new Float64Array(spec.servers.length);
  let totalWeight = 0;
  spec.servers.forEach((server, i) => {
    totalWeight += server.weight;
    ends[i] = totalWeight;
  });

  const keyHash = (bytes: Uint8Array, start: number, length: number): number => {
    if (open >= 0) {
      const end = start + length;
      let tagStart = start;
      while (tagStart < end && bytes[tagStart] !== open) tagStart++;
      if (tagStart < end) {
        let tagEnd = tagStart + 1;
        while (tagEnd < end && bytes[tagEnd] !== close) tagEnd++;
        if (tagEnd < end && tagEnd - tagStart > 1) return hashById(hashId, bytes, tagStart + 1, tagEnd - tagStart - 1);
      }
    }
    return length === 0 ? 0 : hashById(hashId, bytes, start, length);
  };

  const placeBytes = (bytes: Uint8Array, start: number, length: number): number => {
    if (single) return 0;
    switch (distribution) {
      case KETAMA:
        return ketamaDispatch(values, owners, keyHash(bytes, start, length));
      case MODULA:
        return modulaDispatch(ends, keyHash(bytes, start, length) % totalWeight);
      default:
        return RANDOM_SERVER;
    }
  };

  const buffer = new Utf8Buffer();
  const pool: ShardPool = {
    spec,
    labels: spec.servers.map(serverLabel),
    ring: { values, servers: owners },
    placeBytes,
    place: (key) => {
      const length = buffer.encode(key);
      return placeBytes(buffer.bytes, 0, length);
    },
  };
  return { ok: true, pool };
}
