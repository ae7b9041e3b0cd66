/**
 * twemproxy (nutcracker): the container that runs `nutcracker -c FILE`, its pool read back from that
 * file. When the servers are exactly the shards the template generates (`WORKLOAD-shards-I…`) and
 * the input holds that StatefulSet and headless Service unchanged, they are the template's own
 * (StatefulSet mode); otherwise the servers are listed as they are.
 */

import { emitYaml } from '../../../format/yaml/emit';
import type { Params, Row } from '../../../model/design';
import { diff } from '../../../read/diff';
import type { Notice } from '../../../read/notice';
import { at, type InputObject, isObj, list, type Obj, str } from '../../../read/objects';
import {
  containerPath,
  declined,
  type RecogniseInput,
  type Recogniser,
  type Recognition,
  rewritten,
  subjectOf,
} from '../../../read/recognise';
import { baseName, flag, hostOf, imageName, isLoopback, portOf } from '../../../read/words';
import { parseConfigYaml } from '../../../read/yaml';
import { DISTRIBUTIONS, HASHES, shardObjects, shardSetName, twemproxyServers } from './pool';

/** What nutcracker 0.5 assumes for a key the file leaves out (`src/nc_conf.c`). */
const NUTCRACKER_DEFAULTS = {
  hash: 'fnv1a_64',
  distribution: 'ketama',
  timeout: 0,
  redis: false,
  preconnect: false,
  autoEjectHosts: false,
  serverRetryTimeout: 30000,
  serverFailureLimit: 2,
  serverConnections: 1,
} as const;

const KNOWN = new Set([
  'listen',
  'hash',
  'hash_tag',
  'distribution',
  'timeout',
  'redis',
  'preconnect',
  'auto_eject_hosts',
  'server_retry_timeout',
  'server_failure_limit',
  'server_connections',
  'servers',
]);

/** `host:port:weight name`, as nutcracker splits a server line. */
function serverRow(line: string): Row | undefined {
  const m = /^(\S+):([0-9]{1,5}):([0-9]+)(?:\s+(\S+))?$/.exec(line.trim());
  if (!m) return undefined;
  return { host: m[1] as string, port: Number(m[2]), weight: Number(m[3]), name: m[4] ?? '' };
}

function readPool(content: string): { name: string; pool: Obj; others: string[]; doc: Obj } | string {
  const read = parseConfigYaml(content);
  if (!read.ok) return `it cannot be read (${read.error})`;
  const doc = read.value;
  if (!isObj(doc)) return 'it holds no server pool';
  const entries = Object.entries(doc).filter(([, v]) => isObj(v));
  const first = entries[0];
  if (!first) return 'it holds no server pool';
  return { name: first[0], pool: first[1] as Obj, others: entries.slice(1).map(([k]) => k), doc };
}

/** The pool's settings one per line, `key: value` and `servers: item`, for comparing two files. */
export function poolLines(pool: Obj): string[] {
  return Object.entries(pool).flatMap(([k, v]) =>
    (Array.isArray(v) ? v : [v]).map((x) => `${k}: ${typeof x === 'string' ? x : JSON.stringify(x)}`),
  );
}

const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);
const whole = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fallback);

/** The shard objects of the input when they are exactly the ones the template would write. */
function ownShards(input: RecogniseInput, backend: 'redis' | 'memcached', count: number): InputObject[] | undefined {
  const name = shardSetName(input.pod.object.name);
  const set = input.index.statefulSets.get(name);
  const service = input.index.services.find((s) => s.name === name);
  if (!set || !service) return undefined;
  const image = str(at(list(at(set.value, 'spec', 'template', 'spec', 'containers'))[0], 'image')) ?? '';
  const expected = shardObjects({
    workloadName: input.pod.object.name,
    designName: input.designName,
    backend,
    replicas: count,
    image,
  });
  const strip = (o: Obj) => {
    const { namespace: _, ...metadata } = (o.metadata ?? {}) as Obj;
    return { ...o, metadata };
  };
  const same = [set, service].every((o, i) => diff(strip(o.value), expected[i]).length === 0);
  return same ? [set, service] : undefined;
}

export const recogniseTwemproxy: Recogniser = (input) => {
  const { container, files } = input;
  const line = [...container.command, ...container.args];
  const named = /twemproxy|nutcracker/.test(imageName(container.image));
  if (!named && !line.some((w) => baseName(w) === 'nutcracker')) return undefined;
  const confPath = flag(line, ['-c', '--conf-file']);
  const file = confPath ? files.find((f) => f.path === confPath) : files.find((f) => /\.ya?ml$/.test(f.path));
  if (!file)
    return declined(
      `${subjectOf(input)}: runs nutcracker, but its config${confPath ? ` ${confPath}` : ''} is not in a ConfigMap of the input; the container is kept as a generic app.`,
      containerPath(input),
    );
  const read = readPool(file.content);
  const notices: Notice[] = [];
  const where = containerPath(input);
  if (typeof read === 'string')
    return declined(
      `${subjectOf(input)}: ${file.path} cannot be read as a twemproxy config (${read}); the container is kept as a generic app.`,
      where,
    );
  const { pool } = read;
  for (const other of read.others)
    notices.push({
      severity: 'warning',
      message: `${subjectOf(input)}: ${file.path} has a second server pool "${other}"; Podsmith's twemproxy has one pool, so it is not kept.`,
      path: where,
      verbatim: emitYaml({ [other]: read.doc[other] }),
    });
  for (const key of Object.keys(pool).filter((k) => !KNOWN.has(k)))
    notices.push({
      severity: 'warning',
      message: `${subjectOf(input)}: the setting ${key} of ${file.path} is not one Podsmith's twemproxy writes; it is not kept.`,
      path: where,
      verbatim: emitYaml({ [key]: pool[key] }),
    });
  const listen = String(pool.listen ?? '');
  const listenPort = portOf(listen) ?? 6379;
  if (!isLoopback(hostOf(listen)))
    notices.push({
      severity: 'info',
      message: `${subjectOf(input)}: twemproxy listened on ${listen}; Podsmith's listens on 127.0.0.1:${listenPort}, for the containers of its pod only.`,
      path: where,
    });
  const redis = bool(pool.redis, NUTCRACKER_DEFAULTS.redis);
  const backend = redis ? 'redis' : 'memcached';
  const enumOf = <T extends string>(options: readonly T[], key: string, fallback: T): T => {
    const v = pool[key];
    if (v === undefined) return fallback;
    if ((options as readonly unknown[]).includes(v)) return v as T;
    notices.push({
      severity: 'warning',
      message: `${subjectOf(input)}: ${key} ${String(v)} is not one nutcracker 0.5 knows; ${fallback} is used.`,
      path: where,
    });
    return fallback;
  };
  const rows: Row[] = [];
  for (const s of list(pool.servers)) {
    const row = typeof s === 'string' ? serverRow(s) : undefined;
    if (row) rows.push(row);
    else
      notices.push({
        severity: 'warning',
        message: `${subjectOf(input)}: the server ${JSON.stringify(s)} is not written host:port:weight [name]; it is not kept.`,
        path: where,
      });
  }
  const statsPort = portOf(flag(line, ['-s', '--stats-port']) ?? '') ?? 22222;
  const stateful = twemproxyServers({ mode: 'statefulset', shardCount: rows.length, backend }, input.pod.object.name);
  const shards =
    rows.length >= 1 && rows.length <= 64 && stateful.every((s, i) => diff(s, rows[i]).length === 0)
      ? ownShards(input, backend, rows.length)
      : undefined;
  const params: Params = {
    listenPort,
    backend,
    ...(shards
      ? {
          mode: 'statefulset',
          shardCount: rows.length,
          shardImage: str(at(list(at(shards[0]?.value, 'spec', 'template', 'spec', 'containers'))[0], 'image')) ?? '',
        }
      : { mode: 'servers', servers: rows }),
    hash: enumOf(HASHES, 'hash', NUTCRACKER_DEFAULTS.hash),
    distribution: enumOf(DISTRIBUTIONS, 'distribution', NUTCRACKER_DEFAULTS.distribution),
    hashTag: typeof pool.hash_tag === 'string' ? pool.hash_tag : '',
    timeout: whole(pool.timeout, NUTCRACKER_DEFAULTS.timeout),
    autoEjectHosts: bool(pool.auto_eject_hosts, NUTCRACKER_DEFAULTS.autoEjectHosts),
    serverRetryTimeout: whole(pool.server_retry_timeout, NUTCRACKER_DEFAULTS.serverRetryTimeout),
    serverFailureLimit: whole(pool.server_failure_limit, NUTCRACKER_DEFAULTS.serverFailureLimit),
    serverConnections: whole(pool.server_connections, NUTCRACKER_DEFAULTS.serverConnections),
    preconnect: bool(pool.preconnect, NUTCRACKER_DEFAULTS.preconnect),
    statsPort,
  };
  const recognition: Recognition = {
    template: 'twemproxy',
    params,
    volumes: [file.volume],
    files: [rewritten([file], 'nutcracker.yaml', 'nutcracker', poolLines(pool))],
    ...(shards ? { objects: shards } : {}),
    notices,
  };
  return recognition;
};
