/**
 * From the twemproxy template's parameters to the pool nutcracker.yaml describes. The server list is
 * exported on its own (`twemproxyServers`) because key-placement prediction must see exactly the
 * servers, names and order the file has.
 */

import type { NutcrackerPool, NutcrackerServer } from '../../../format/nutcracker/config';
import type { TwemproxyParams } from './params';

export const BACKENDS = ['redis', 'memcached'] as const;
export type Backend = (typeof BACKENDS)[number];

/** `statefulset`: the ambassador brings its own shards; `servers`: the user lists them. */
export const MODES = ['statefulset', 'servers'] as const;
export type Mode = (typeof MODES)[number];

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

/** What the server list depends on; the servers table is read in `servers` mode only. */
export type ServerListParams = Pick<TwemproxyParams, 'mode' | 'backend' | 'shardCount'> &
  Partial<Pick<TwemproxyParams, 'servers'>>;

/** Shard count as generated: from 1 to 64 (validation reports any other value; the build stays total). */
function shardCountOf(params: ServerListParams): number {
  return Math.min(MAX_SHARDS, Math.max(1, Math.trunc(params.shardCount)));
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
export function twemproxyServers(params: ServerListParams, workloadName: string): NutcrackerServer[] {
  if (params.mode === 'statefulset') {
    const port = shardPort(params.backend);
    return Array.from({ length: shardCountOf(params) }, (_, i) => ({
      host: shardHost(workloadName, i),
      port,
      weight: 1,
      name: `shard-${i}`,
    }));
  }
  return (params.servers ?? []).map(({ host, port, weight, name }) => ({
    host,
    port,
    weight,
    ...(name === '' ? {} : { name }),
  }));
}

/** The whole pool of nutcracker.yaml for these parameters. */
export function nutcrackerPool(params: TwemproxyParams, workloadName: string): NutcrackerPool {
  return {
    name: params.backend,
    listen: `127.0.0.1:${params.listenPort}`,
    hash: params.hash,
    hashTag: params.hashTag,
    distribution: params.distribution,
    timeout: params.timeout,
    redis: params.backend === 'redis',
    preconnect: params.preconnect,
    autoEjectHosts: params.autoEjectHosts,
    serverRetryTimeout: params.serverRetryTimeout,
    serverFailureLimit: params.serverFailureLimit,
    serverConnections: params.serverConnections,
    servers: twemproxyServers(params, workloadName),
  };
}
