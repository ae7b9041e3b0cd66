/**
 * nutcracker.yaml for nutcracker 0.5: one server pool, written as plain block YAML. Only keys that
 * nutcracker 0.5 knows are written (`src/nc_conf.c`: listen, hash, hash_tag, distribution, timeout,
 * redis, preconnect, auto_eject_hosts, server_connections, server_retry_timeout,
 * server_failure_limit, servers); booleans are lowercase, `hash_tag` is always quoted, and each
 * server is one `host:port:weight name` string.
 */
import { doubleQuoted, scalar } from './yaml';

/** nutcracker's key hash functions (`hash:`), in the order of its hashkit. */
export const HASHES = [
  'one_at_a_time',
  'md5',
  'crc16',
  'crc32',
  'crc32a',
  'fnv1_64',
  'fnv1a_64',
  'fnv1_32',
  'fnv1a_32',
  'hsieh',
  'murmur',
  'jenkins',
] as const;
export type Hash = (typeof HASHES)[number];

/** How a key's hash picks a server (`distribution:`). */
export const DISTRIBUTIONS = ['ketama', 'modula', 'random'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** One backend server, as written in `servers:`. */
export interface NutcrackerServer {
  readonly host: string;
  readonly port: number;
  readonly weight: number;
  /** nutcracker's name for the server: ketama hashes it onto the ring instead of `host:port`. */
  readonly name?: string;
}

/** One server pool; the file holds exactly one. */
export interface NutcrackerPool {
  /** The pool's top-level key (shown in nutcracker's stats). */
  readonly name: string;
  /** `HOST:PORT` the proxy listens on. */
  readonly listen: string;
  readonly hash: Hash;
  /** Two characters, or empty for none. */
  readonly hashTag: string;
  readonly distribution: Distribution;
  /** Milliseconds to wait for a server; 0 writes no `timeout:` (nutcracker then waits for ever). */
  readonly timeout: number;
  /** true: the Redis protocol; false: memcached. */
  readonly redis: boolean;
  readonly preconnect: boolean;
  readonly autoEjectHosts: boolean;
  readonly serverRetryTimeout: number;
  readonly serverFailureLimit: number;
  readonly serverConnections: number;
  readonly servers: readonly NutcrackerServer[];
}

/** The `servers:` item of one server: `host:port:weight` and the name after a space, if any. */
export function serverLine(s: NutcrackerServer): string {
  const name = s.name ?? '';
  return `${s.host}:${s.port}:${s.weight}${name === '' ? '' : ` ${name}`}`;
}

function utf8Length(s: string): number {
  return new TextEncoder().encode(s).length;
}

/**
 * The text of nutcracker.yaml for one pool. Pure and deterministic; ends with one newline. Never
 * throws: a value the file cannot hold is escaped so the YAML stays intact (validation reports it),
 * and a hash tag nutcracker would refuse (not two bytes) is left out.
 *
 * @example
 * renderNutcracker({ name: 'redis', listen: '127.0.0.1:6379', hash: 'murmur', ... })
 * // 'redis:\n  listen: 127.0.0.1:6379\n  hash: murmur\n...'
 */
export function renderNutcracker(pool: NutcrackerPool): string {
  const lines: string[] = [
    '# twemproxy (nutcracker 0.5). Each server is host:port:weight name; ketama places the name on its ring.',
    `${scalar(pool.name)}:`,
    `  listen: ${scalar(pool.listen)}`,
    `  hash: ${scalar(pool.hash)}`,
  ];
  if (utf8Length(pool.hashTag) === 2) lines.push(`  hash_tag: ${doubleQuoted(pool.hashTag)}`);
  lines.push(`  distribution: ${scalar(pool.distribution)}`);
  if (pool.timeout > 0) lines.push(`  timeout: ${pool.timeout}`);
  lines.push(
    `  redis: ${pool.redis ? 'true' : 'false'}`,
    `  preconnect: ${pool.preconnect ? 'true' : 'false'}`,
    `  auto_eject_hosts: ${pool.autoEjectHosts ? 'true' : 'false'}`,
    `  server_retry_timeout: ${pool.serverRetryTimeout}`,
    `  server_failure_limit: ${pool.serverFailureLimit}`,
    `  server_connections: ${pool.serverConnections}`,
    '  servers:',
  );
  for (const server of pool.servers) lines.push(`    - ${scalar(serverLine(server))}`);
  return `${lines.join('\n')}\n`;
}
