/**
 * From the twemproxy template's parameters to the pool nutcracker.yaml describes. The server list is
 * exported on its own (`twemproxyServers`) because key-placement prediction must see exactly the
 * servers, names and order the file has.
 */

import {
  DISTRIBUTIONS,
  type Distribution,
  HASHES,
  type Hash,
  type NutcrackerPool,
  type NutcrackerServer,
  text,
  wholeNumber,
} from '../../../format/nutcracker/config';
import type { Params } from '../../../model/design';

export const BACKENDS = ['redis', 'memcached'] as const;
export type Backend = (typeof BACKENDS)[number];

/** `statefulset`: the ambassador brings its own shards; `servers`: the user lists them. */
export const MODES = ['statefulset', 'servers'] as const;
export type Mode = (typeof MODES)[number];

export const DEFAULT_HASH: Hash = 'murmur';
export const DEFAULT_DISTRIBUTION: Distribution = 'ketama';
export const MAX_SHARDS = 64;

/** The port each shard serves on: Redis's and memcached's own defaults. */
export function shardPort(backend: Backend): number {
  return backend === 'memcached' ? 11211 : 6379;
}

/** Name of the shards' StatefulSet and of its headless Service: `WORKLOAD-shards`. */
export function shardSetName(workloadName: string): string {
  return `${workloadName}-shards`;
}

/**
 * DNS name of shard `i`: the StatefulSet's pod `WORKLOAD-shards-I` under its headless Service
 * `WORKLOAD-shards`, resolvable from any pod of the namespace.
 */
export function shardHost(workloadName: string, i: number): string {
  const set = shardSetName(workloadName);
  return `${set}-${i}.${set}`;
}

/** One cell of a table row, or undefined when the row is not an object or lacks the key. */
function cell(row: unknown, key: string): unknown {
  if (typeof row !== 'object' || row === null || !Object.hasOwn(row, key)) return undefined;
  return (row as Readonly<Record<string, unknown>>)[key];
}

function oneOf<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function backendOf(params: Params): Backend {
  return oneOf(BACKENDS, text(params.backend), 'redis');
}

export function modeOf(params: Params): Mode {
  return oneOf(MODES, text(params.mode), 'statefulset');
}

/** Shard count as generated: a whole number from 1 to 64 (validation reports any other value). */
export function shardCountOf(params: Params): number {
  return Math.min(MAX_SHARDS, Math.max(1, wholeNumber(params.shardCount, 3)));
}

/**
 * The servers of the generated nutcracker.yaml, exactly as written there and in the same order.
 * In `statefulset` mode: `WORKLOAD-shards-I.WORKLOAD-shards:PORT:1` named `shard-I`. The names keep
 * the hash ring independent of DNS names: renaming the workload or the namespace leaves every key
 * on the shard with the same ordinal. In `servers` mode: the `servers` table, row by row.
 *
 * @example twemproxyServers({ mode: 'statefulset', shardCount: 2, backend: 'redis' }, 'web')
 * // [{ host: 'web-shards-0.web-shards', port: 6379, weight: 1, name: 'shard-0' }, { ...1 }]
 */
export function twemproxyServers(params: Params, workloadName: string): NutcrackerServer[] {
  if (modeOf(params) === 'statefulset') {
    const port = shardPort(backendOf(params));
    return Array.from({ length: shardCountOf(params) }, (_, i) => ({
      host: shardHost(workloadName, i),
      port,
      weight: 1,
      name: `shard-${i}`,
    }));
  }
  const rows: readonly unknown[] = Array.isArray(params.servers) ? params.servers : [];
  return rows.map((row) => {
    const name = text(cell(row, 'name'));
    return {
      host: text(cell(row, 'host')),
      port: wholeNumber(cell(row, 'port'), 0),
      weight: wholeNumber(cell(row, 'weight'), 1),
      ...(name === '' ? {} : { name }),
    };
  });
}

/** The whole pool of nutcracker.yaml for these parameters (invalid enum values fall back to defaults). */
export function nutcrackerPool(params: Params, workloadName: string): NutcrackerPool {
  const backend = backendOf(params);
  return {
    name: backend,
    listen: `127.0.0.1:${wholeNumber(params.listenPort, 6379)}`,
    hash: oneOf(HASHES, text(params.hash), DEFAULT_HASH),
    hashTag: text(params.hashTag),
    distribution: oneOf(DISTRIBUTIONS, text(params.distribution), DEFAULT_DISTRIBUTION),
    timeout: wholeNumber(params.timeout, 0),
    redis: backend === 'redis',
    preconnect: params.preconnect === true,
    autoEjectHosts: params.autoEjectHosts === true,
    serverRetryTimeout: wholeNumber(params.serverRetryTimeout, 30000),
    serverFailureLimit: wholeNumber(params.serverFailureLimit, 2),
    serverConnections: wholeNumber(params.serverConnections, 1),
    servers: twemproxyServers(params, workloadName),
  };
}
