/**
 * nginx's `ip_hash` (1.22, `ngx_http_upstream_ip_hash_module.c`): which upstream server a client
 * address reaches. The hash reads the first three bytes of an IPv4 address (so a whole /24 goes to one
 * server) or all sixteen of an IPv6 one; a server of weight w owns w consecutive hash values modulo the
 * total weight; a pick that is down or already tried re-hashes, and after 20 such tries nginx hands the
 * request to plain round robin. Servers are taken as one address each (a name that resolves to several
 * addresses becomes several peers in nginx).
 */
import { parseIp } from './ip';

/** One `server` line of the upstream block. */
export interface HashUpstream {
  /** The address as written in the config, e.g. `web-v1:80`. */
  readonly address: string;
  readonly weight: number;
  /** Marked `down`, or failed (max_fails reached): ip_hash skips it. */
  readonly down?: boolean;
}

/** Returned instead of a server index when nginx falls back to round robin. */
export const ROUND_ROBIN = -1;

const HASH_START = 89;
const HASH_MULTIPLIER = 113;
const HASH_MODULUS = 6271;
const MAX_TRIES = 20;

/** Where one request's peer selection stands: nginx keeps this per request across retries. */
export interface IpHashState {
  hash: number;
  tries: number;
  readonly tried: Uint8Array;
}

export interface IpHashPool {
  readonly upstreams: readonly HashUpstream[];
  readonly totalWeight: number;
  /** A fresh selection state for one request. */
  start(): IpHashState;
  /**
   * The next peer for a request from `address` (4 or 16 bytes), as one call of nginx's
   * `get_ip_hash_peer`: call again with the same state to see where a retry goes.
   */
  next(address: Uint8Array, state: IpHashState): number;
  /** The server index a request from `address` reaches first, or `ROUND_ROBIN`. */
  route(address: Uint8Array): number;
}

export type IpHashResult =
  | { readonly ok: true; readonly pool: IpHashPool }
  | { readonly ok: false; readonly error: string };

/** The bytes ip_hash reads: three for IPv4, sixteen for IPv6. */
const hashedLength = (address: Uint8Array): number => (address.length === 4 ? 3 : address.length);

/**
 * Compiles an `ip_hash` upstream.
 *
 * @example
 * const r = compileIpHash([{ address: 'web-v1:80', weight: 9 }, { address: 'web-v2:80', weight: 1 }]);
 * if (r.ok) r.pool.route(parseIp('10.0.0.7')!) // 0 or 1
 */
export function compileIpHash(upstreams: readonly HashUpstream[]): IpHashResult {
  if (upstreams.length === 0) return { ok: false, error: 'the upstream has no servers' };
  for (const u of upstreams) {
    if (!Number.isInteger(u.weight) || u.weight < 1) {
      return { ok: false, error: `server ${u.address} has weight ${u.weight}; weights are whole numbers from 1` };
    }
  }
  const weights = Int32Array.from(upstreams, (u) => u.weight);
  const down = Uint8Array.from(upstreams, (u) => (u.down ? 1 : 0));
  const totalWeight = upstreams.reduce((sum, u) => sum + u.weight, 0);
  const count = upstreams.length;
  const allUp = down.every((d) => d === 0);

  const start = (): IpHashState => ({ hash: HASH_START, tries: 0, tried: new Uint8Array(count) });

  const next = (address: Uint8Array, state: IpHashState): number => {
    if (state.tries > MAX_TRIES || count < 2) return ROUND_ROBIN;
    const length = hashedLength(address);
    let hash = state.hash;
    for (;;) {
      for (let i = 0; i < length; i++) hash = (hash * HASH_MULTIPLIER + (address[i] as number)) % HASH_MODULUS;
      let w = hash % totalWeight;
      let p = 0;
      while (w >= (weights[p] as number)) {
        w -= weights[p] as number;
        p++;
      }
      if (!state.tried[p] && !down[p]) {
        state.tried[p] = 1;
        state.hash = hash;
        return p;
      }
      if (++state.tries > MAX_TRIES) return ROUND_ROBIN;
    }
  };

  const route = (address: Uint8Array): number => {
    if (count === 1) return down[0] ? ROUND_ROBIN : 0;
    if (allUp) {
      // Everything up: the first pick stands, no state needed.
      const length = hashedLength(address);
      let hash = HASH_START;
      for (let i = 0; i < length; i++) hash = (hash * HASH_MULTIPLIER + (address[i] as number)) % HASH_MODULUS;
      let w = hash % totalWeight;
      let p = 0;
      while (w >= (weights[p] as number)) {
        w -= weights[p] as number;
        p++;
      }
      return p;
    }
    return next(address, start());
  };

  return { ok: true, pool: { upstreams, totalWeight, start, next, route } };
}

/**
 * The server a client address reaches, by its text; undefined when the text is not an IP address.
 *
 * @example routeAddress(pool, '127.3.9.1') // 0
 */
export function routeAddress(pool: IpHashPool, text: string): number | undefined {
  const bytes = parseIp(text);
  return bytes ? pool.route(bytes) : undefined;
}

/**
 * The exact share of IPv4 client networks (all 2^24 /24 prefixes, each counted once) that each server
 * receives when every server is up: the hash has only 6271 values, so the counts come from a walk over
 * those values rather than over every address.
 */
export function ipv4NetworkShares(pool: IpHashPool): number[] {
  let counts = new Float64Array(HASH_MODULUS);
  counts[HASH_START] = 1;
  for (let byte = 0; byte < 3; byte++) {
    const nextCounts = new Float64Array(HASH_MODULUS);
    for (let h = 0; h < HASH_MODULUS; h++) {
      const c = counts[h] as number;
      if (c === 0) continue;
      const base = h * HASH_MULTIPLIER;
      for (let b = 0; b < 256; b++) {
        const to = (base + b) % HASH_MODULUS;
        nextCounts[to] = (nextCounts[to] as number) + c;
      }
    }
    counts = nextCounts;
  }
  const perServer = new Array<number>(pool.upstreams.length).fill(0);
  const weights = pool.upstreams.map((u) => u.weight);
  for (let h = 0; h < HASH_MODULUS; h++) {
    let w = h % pool.totalWeight;
    let p = 0;
    while (w >= (weights[p] as number)) {
      w -= weights[p] as number;
      p++;
    }
    perServer[p] = (perServer[p] as number) + (counts[h] as number);
  }
  return perServer.map((n) => n / 2 ** 24);
}
