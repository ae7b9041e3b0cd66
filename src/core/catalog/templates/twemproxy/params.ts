/**
 * The twemproxy ambassador's parameters: one spec, read typed (`TwemproxyParams`) by the template,
 * its pool and its checks. A default is written here and nowhere else.
 */

import { DISTRIBUTIONS, HASHES } from '../../../format/nutcracker/config';
import { HOST } from '../../rules';
import type { ParamSpecs, ParamsOf, StringRule } from '../../types';
import { BACKENDS, MAX_SHARDS, MODES } from './servers';

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

export const DEFAULT_SHARD_IMAGE = 'redis:7.2.5';

/** The twemproxy template's parameter specs, in form order. */
export const TWEMPROXY_PARAMS = {
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
    max: MAX_SHARDS,
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
    default: 'murmur',
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
} as const satisfies ParamSpecs;

/** The twemproxy template's parameter values, typed from its spec, with every default applied. */
export type TwemproxyParams = ParamsOf<typeof TWEMPROXY_PARAMS>;
