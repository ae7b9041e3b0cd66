import type { DirectiveSample, FileExplainers } from '../../types';

/** Short explanations of the nutcracker.yaml keys Podsmith generates (twemproxy 0.5). */

const HASHES: Readonly<Record<string, string>> = {
  murmur: 'murmur spreads keys evenly.',
  fnv1a_64: 'Careful: nutcracker’s fnv1a_64 is really 32-bit and puts keys that differ only in a suffix on one shard.',
  md5: 'md5 spreads keys evenly but costs more per key.',
};

const DISTRIBUTIONS: Readonly<Record<string, string>> = {
  ketama:
    'ketama is consistent hashing: each server owns 160 points on a ring, so adding or removing one moves only about 1/N of the keys.',
  modula: 'modula is hash mod the number of servers: adding or removing a server moves most keys.',
  random: 'random sends each request to any server: for caches where a key may live anywhere.',
};

const KEYS = {
  listen: (v) => `The address the proxy listens on, ${v}: the app connects here as if to one server.`,
  hash: (v) => `The function that hashes each key. ${HASHES[v] ?? ''}`.trim(),
  hash_tag: (v) =>
    `Only the part of a key between the two characters ${v} is hashed, so user:{42}:a and user:{42}:b land on one shard.`,
  distribution: (v) => `How hashes map to servers. ${DISTRIBUTIONS[v] ?? ''}`.trim(),
  timeout: (v) => `Milliseconds to wait for a server to connect or answer (${v}).`,
  redis: (v) => (v === 'true' ? 'The servers speak the Redis protocol.' : 'The servers speak the memcached protocol.'),
  preconnect: (v) =>
    v === 'true' ? 'Connects to every server at start-up.' : 'Connects to each server on first use, not at start-up.',
  auto_eject_hosts: (v) =>
    v === 'true'
      ? 'A failing server is taken out of the ring for a while; its keys go to the others meanwhile.'
      : 'A failing server stays in the ring; requests for its keys fail until it is back.',
  server_retry_timeout: (v) => `Milliseconds an ejected server stays out before it is tried again (${v}).`,
  server_failure_limit: (v) => `Consecutive failures that eject a server (${v}).`,
  server_connections: (v) => `Connections the proxy opens to each server (${v}); one keeps requests in order.`,
  servers: () => 'The shards, one per line: host:port:weight name.',
  backlog: (v) => `Length of the listen queue (${v}).`,
  client_connections: (v) => `The most client connections the proxy accepts (${v}).`,
  redis_auth: () => 'The password the proxy asks clients for and sends to the servers.',
  redis_db: (v) => `The Redis database number used on the servers (${v}).`,
} satisfies Readonly<Record<string, (value: string) => string>>;

/**
 * What a nutcracker.yaml line does, or undefined for lines it does not know.
 *
 * @example explainTwemproxy('  hash: murmur') // 'The function that hashes each key. murmur spreads keys evenly.'
 */
export function explainTwemproxy(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed.startsWith('#')) return 'A comment: nutcracker ignores it.';
  const server = /^-\s+([^\s:]+):(\d+):(\d+)(?:\s+(\S+))?$/.exec(trimmed);
  if (server) {
    const [, host, port, weight, name] = server;
    const ring = name
      ? `ketama places the name ${name} on its ring, so renaming the host keeps the keys in place`
      : 'ketama places host:port on its ring';
    return `A shard: ${host} port ${port}, weight ${weight}; ${ring}.`;
  }
  const pair = /^([a-z_]+):\s*(.*)$/.exec(trimmed);
  if (!pair) return undefined;
  const [, key = '', raw = ''] = pair;
  const value = raw.replace(/^"(.*)"$/, '$1');
  if (!line.startsWith(' ') && value === '')
    return `The pool ${key}: one proxy listener and the servers it shards over.`;
  return Object.hasOwn(KEYS, key) ? KEYS[key as keyof typeof KEYS](value) : undefined;
}

/** A typical value of each key, for the line that shows it. */
const SAMPLE_VALUES: Readonly<Record<keyof typeof KEYS, string>> = {
  listen: '127.0.0.1:6379',
  hash: 'murmur',
  hash_tag: '"{}"',
  distribution: 'ketama',
  timeout: '400',
  redis: 'true',
  preconnect: 'true',
  auto_eject_hosts: 'true',
  server_retry_timeout: '30000',
  server_failure_limit: '2',
  server_connections: '1',
  servers: '',
  backlog: '512',
  client_connections: '1024',
  redis_auth: 'secret',
  redis_db: '0',
};

/** Every key explained above, with a line of a pool that shows it. */
const DIRECTIVES: readonly DirectiveSample[] = Object.entries(SAMPLE_VALUES).map(([name, value]) => ({
  name,
  sample: `  ${name}: ${value}`,
}));

/** What the preview's hover explains, by the name of the file this template writes (and what completion offers). */
export const explainers: FileExplainers = {
  'nutcracker.yaml': Object.assign((line: string) => explainTwemproxy(line), { directives: DIRECTIVES }),
};
