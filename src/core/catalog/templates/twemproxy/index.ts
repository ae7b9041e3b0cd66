/**
 * Ambassador: sharded Redis or memcached through twemproxy (nutcracker 0.5). The app talks to one
 * server on localhost; the proxy hashes each key to one of several shards. The file it reads,
 * nutcracker.yaml, is written by `generate/twemproxy`; in `statefulset` mode the ambassador also
 * brings the shards (a StatefulSet and its headless Service).
 */

import { HOST } from '../../rules';
import type { Contribution, StringRule, TemplateDef } from '../../types';
import { example } from './example';
import {
  BACKENDS,
  checkTwemproxy,
  DEFAULT_HASH,
  DISTRIBUTIONS,
  HASHES,
  MODES,
  modeOf,
  nutcrackerPool,
  renderNutcracker,
  shardObjects,
  shardSetName,
  text,
  wholeNumber,
} from './pool';
import { recogniseTwemproxy } from './recognise';

/** Where the config file is mounted, and what the args point nutcracker at. */
export const NUTCRACKER_CONFIG_PATH = '/etc/nutcracker/nutcracker.yaml';

/**
 * Alpine image with nutcracker 0.5.0 (github.com/malexer/docker-twemproxy). Its entrypoint runs its
 * arguments under dumb-init, which turns the SIGTERM Kubernetes sends into the SIGINT nutcracker
 * exits on, so the container gets the whole nutcracker command line as args.
 */
export const TWEMPROXY_IMAGE = 'malexer/twemproxy:0.5.0';
export const DEFAULT_SHARD_IMAGE = 'redis:7.2.5';

const component = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const host = '[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/';

/** An image reference pinned to a tag (not `latest`) or a digest. */
const PINNED_IMAGE: StringRule = {
  pattern: new RegExp(
    `^(?:${host})?${component}(?:/${component})*(?::(?!latest$)[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}|(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?@sha256:[a-f0-9]{64})$`,
  ),
  message: 'an image with a tag other than latest, or a digest, e.g. redis:7.2.5',
};

/** Two printable ASCII characters (nutcracker wants exactly two bytes). */
const HASH_TAG: StringRule = {
  pattern: /^([!-~]{2})?$/,
  message: 'two characters such as {} or $$ (empty for none)',
};

/** nutcracker splits a server line at its last space: a name is printable ASCII without spaces. */
const SERVER_NAME: StringRule = {
  pattern: /^([!-~]{1,63})?$/,
  message: 'up to 63 printable characters without spaces, e.g. shard-0',
};

const TEACHING =
  'An ambassador brokers the app’s connections to the world. This one makes several Redis (or ' +
  'memcached) servers look like one: the app connects to localhost:6379 as if to a single Redis, ' +
  'and twemproxy (nutcracker) hashes each key to choose the shard that holds it.\n\n' +
  'Sharding lives in its own container so the app stays simple: any Redis client works unchanged, ' +
  'the shard list and the hashing are configuration rather than code, and one proven proxy serves ' +
  'apps in every language. Every replica of the app runs its own proxy beside it, so there is no ' +
  'central proxy to scale or to fail.\n\n' +
  'In the StatefulSet mode the ambassador brings its shards: a StatefulSet WORKLOAD-shards whose ' +
  'pods have stable names (WORKLOAD-shards-0, -1, …) under a headless Service of the same name. ' +
  'Each shard is listed as WORKLOAD-shards-I.WORKLOAD-shards:6379:1 shard-I: the name shard-I is ' +
  'what ketama puts on its ring, so keys stay put if the workload or namespace is renamed.\n\n' +
  'ketama (consistent hashing) moves only about 1/N of the keys when a shard is added or ejected; ' +
  'modula moves most of them. A hash tag such as {} hashes only the part of the key between the ' +
  'two characters, so user:{42}:name and user:{42}:cart land on one shard. The book uses ' +
  'fnv1a_64, but nutcracker’s fnv1a_64 is really a 32-bit hash that puts keys differing only in a ' +
  'suffix on one shard; murmur spreads them evenly and is the default here.';

export const twemproxy: TemplateDef = {
  id: 'twemproxy',
  role: 'ambassador',
  title: 'Sharded Redis',
  summary: 'twemproxy on localhost shards Redis or memcached keys over several servers.',
  teaching: TEACHING,
  recognise: recogniseTwemproxy,
  recogniseRank: 10,
  explain: () => import('./explain').then((m) => m.explainers),
  example,
  image: TWEMPROXY_IMAGE,
  defaultName: 'twemproxy',
  params: {
    listenPort: {
      kind: 'int',
      title: 'Listen port',
      doc: 'The app connects to 127.0.0.1 on this port, as if to one Redis server (IPv4 only).',
      default: 6379,
      min: 1,
      max: 65535,
    },
    backend: {
      kind: 'enum',
      title: 'Backend',
      doc: 'The protocol of the proxy and its servers (nutcracker’s redis: true or false).',
      default: 'redis',
      options: BACKENDS,
      optionLabels: ['Redis', 'memcached'],
    },
    mode: {
      kind: 'enum',
      title: 'Shards',
      doc: 'Run the shards as a StatefulSet made with this pod, or list existing servers yourself.',
      default: 'statefulset',
      options: MODES,
      optionLabels: ['A StatefulSet of shards', 'Servers listed below'],
    },
    shardCount: {
      kind: 'int',
      title: 'Shard count',
      doc: 'How many shard pods the StatefulSet runs (StatefulSet mode).',
      default: 3,
      min: 1,
      max: 64,
    },
    shardImage: {
      kind: 'string',
      title: 'Shard image',
      doc: 'The image each shard runs, pinned; a memcached image for the memcached backend (StatefulSet mode).',
      default: DEFAULT_SHARD_IMAGE,
      rule: PINNED_IMAGE,
      placeholder: 'redis:7.2.5',
    },
    servers: {
      kind: 'table',
      title: 'Servers',
      doc: 'Each server is written host:port:weight name; ketama places the name on its ring (servers mode).',
      rowName: 'server',
      maxRows: 64,
      default: [0, 1, 2].map((i) => ({ host: `sharded-redis-${i}.redis`, port: 6379, weight: 1, name: `shard-${i}` })),
      columns: [
        { key: 'host', title: 'Host', kind: 'string', rule: HOST, placeholder: 'redis-0.redis' },
        { key: 'port', title: 'Port', kind: 'int', min: 1, max: 65535 },
        { key: 'weight', title: 'Weight', kind: 'int', min: 1, max: 10000 },
        { key: 'name', title: 'Name', kind: 'string', rule: SERVER_NAME, required: false, placeholder: 'shard-0' },
      ],
    },
    hash: {
      kind: 'enum',
      title: 'Hash',
      doc: 'Hashes each key. murmur spreads keys evenly; fnv1a_64 (the book’s) is 32-bit here and clusters similar keys.',
      default: DEFAULT_HASH,
      options: HASHES,
    },
    distribution: {
      kind: 'enum',
      title: 'Distribution',
      doc: 'ketama: consistent hashing, a change moves few keys; modula: hash mod N; random: any server.',
      default: 'ketama',
      options: DISTRIBUTIONS,
    },
    hashTag: {
      kind: 'string',
      title: 'Hash tag',
      doc: 'Two characters, e.g. {}: only the part of a key between them is hashed, to keep related keys together.',
      default: '',
      required: false,
      rule: HASH_TAG,
      placeholder: '{}',
    },
    timeout: {
      kind: 'int',
      title: 'Timeout',
      doc: 'How long to wait to connect to or hear from a server; 0 waits for ever.',
      default: 400,
      min: 0,
      max: 3_600_000,
      unit: 'ms',
    },
    autoEjectHosts: {
      kind: 'bool',
      title: 'Auto eject hosts',
      doc: 'Take a failing server out of the ring for a while; its keys go to the others meanwhile.',
      default: true,
    },
    serverRetryTimeout: {
      kind: 'int',
      title: 'Server retry timeout',
      doc: 'How long an ejected server stays out before it is tried again.',
      default: 2000,
      min: 1,
      max: 3_600_000,
      unit: 'ms',
    },
    serverFailureLimit: {
      kind: 'int',
      title: 'Server failure limit',
      doc: 'Consecutive failures that eject a server (when auto eject hosts is on).',
      default: 1,
      min: 1,
      max: 1000,
    },
    serverConnections: {
      kind: 'int',
      title: 'Server connections',
      doc: 'Connections the proxy opens to each server; one keeps requests in order.',
      default: 1,
      min: 1,
      max: 1024,
    },
    preconnect: {
      kind: 'bool',
      title: 'Preconnect',
      doc: 'Connect to every server when the proxy starts instead of on first use.',
      default: false,
    },
    statsPort: {
      kind: 'int',
      title: 'Stats port',
      doc: 'nutcracker serves its statistics as JSON on 127.0.0.1 on this port.',
      default: 22222,
      min: 1,
      max: 65535,
    },
  },
  build: ({ design, workload, container, params }): Contribution => {
    const pool = nutcrackerPool(params, workload.name);
    const backend = pool.redis ? 'redis' : 'memcached';
    const listenPort = wholeNumber(params.listenPort, 6379);
    const statsPort = wholeNumber(params.statsPort, 22222);
    const statefulset = modeOf(params) === 'statefulset';
    const shardImage = text(params.shardImage);
    const set = shardSetName(workload.name);
    const notes = [
      `Listens on ${pool.listen} only (IPv4): a client that tries ::1 for localhost must fall back to 127.0.0.1, as Node does.`,
      statefulset
        ? `The shards are the StatefulSet ${set} (${pool.servers.length} × ${shardImage}) behind the headless Service ${set}; nutcracker resolves ${set}-0.${set} and the others when it connects.`
        : `The servers are listed by hand; nutcracker resolves their names when it connects.`,
      `Statistics: kubectl exec ${workload.kind.toLowerCase()}/${workload.name} -c ${container.name} -- nc 127.0.0.1 ${statsPort} prints nutcracker's counters as JSON.`,
      `${TWEMPROXY_IMAGE} runs its args under dumb-init, which turns SIGTERM into the SIGINT nutcracker exits on; with another image, keep "nutcracker" as its command.`,
    ];
    if (statefulset)
      notes.push(
        'The shards have no persistent volume: their data lives as long as each shard pod (a sharded cache); add volumeClaimTemplates to the StatefulSet to keep it.',
      );
    return {
      ports: [
        { name: backend === 'redis' ? 'redis' : 'memcache', containerPort: listenPort, scope: 'localhost' },
        { name: 'nc-stats', containerPort: statsPort, scope: 'localhost' },
      ],
      args: ['nutcracker', '-c', NUTCRACKER_CONFIG_PATH, '-v', '7', '-a', '127.0.0.1', '-s', String(statsPort)],
      files: [
        {
          name: 'nutcracker.yaml',
          content: renderNutcracker(pool),
          language: 'yaml',
          mountPath: NUTCRACKER_CONFIG_PATH,
        },
      ],
      ...(statefulset
        ? {
            objects: shardObjects({
              workloadName: workload.name,
              designName: design.name,
              backend,
              replicas: pool.servers.length,
              image: shardImage,
            }),
          }
        : {}),
      notes,
    };
  },
  check: checkTwemproxy,
};
