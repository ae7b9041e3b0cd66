/**
 * Cross-field rules of the twemproxy ambassador (PS130-PS139). Each field's own format and bounds
 * are checked from its ParamSpec (PS009, PS010); these are the rules that need two values at once,
 * or the rest of the design.
 */

import type { Diagnostic } from '../../../contracts/diagnostic';
import { Remembered } from '../../../contracts/remembered';
import type { RuleId } from '../../../contracts/rules';
import type { NutcrackerServer } from '../../../format/nutcracker/config';
import type { Workload } from '../../../model/design';
import { resolveParams } from '../../params';
import { fieldDiagnostic } from '../../shared/diagnostics';
import type { BuildInput } from '../../types';
import { TWEMPROXY_PARAMS, type TwemproxyParams } from './params';
import { nutcrackerPool, shardSetName } from './servers';

/** Hashes that put keys differing only in their last characters on one shard (measured with nutcracker 0.5). */
const CLUSTERING: Readonly<Record<string, { readonly why: string; readonly distributions: readonly string[] }>> = {
  fnv1a_64: {
    why: 'is a 32-bit FNV-1a whose 64-bit prime is cut to 435, so keys such as key:1 and key:2 hash to neighbours',
    distributions: ['ketama', 'modula'],
  },
  fnv1_64: {
    why: 'keeps only the low 32 bits of a 64-bit FNV-1, where the last character changes only the lowest bits',
    distributions: ['ketama'],
  },
  crc32: {
    why: 'is the libmemcached CRC32, which keeps only 15 bits, so every key lands at the start of the ketama ring',
    distributions: ['ketama'],
  },
  crc16: {
    why: 'gives only 16 bits, so every key lands at the start of the ketama ring',
    distributions: ['ketama'],
  },
};

/** The largest StatefulSet name whose pods still fit the controller-revision-hash label (63 - 11). */
export const MAX_STATEFULSET_NAME = 52;

/** The name nutcracker gives a server: its own name, else `host:port` (`host` alone for port 11211). */
export function effectiveName(s: NutcrackerServer): string {
  if (s.name) return s.name;
  return s.port === 11211 ? s.host : `${s.host}:${s.port}`;
}

/** The design's workloads by name, in order, made once per workloads list (each shard check looks one up). */
const byName = new Remembered<readonly Workload[], Map<string, Workload[]>>('workloads by name');

function workloadsNamed(workloads: readonly Workload[], name: string): readonly Workload[] {
  let index = byName.get(workloads);
  if (!index) {
    index = new Map();
    for (const w of workloads) {
      const list = index.get(w.name);
      if (list) list.push(w);
      else index.set(w.name, [w]);
    }
    byName.set(workloads, index);
  }
  return index.get(name) ?? [];
}

const LOOPBACK = /^(localhost|127(\.[0-9]{1,3}){3}|0\.0\.0\.0)$/;

/**
 * Every PS130-PS139 diagnostic for one twemproxy container.
 *
 * @example checkTwemproxy({ design, workload, container, params }) // [] for the sharded-redis example
 */
export function checkTwemproxy({ design, workload, container, params }: BuildInput<TwemproxyParams>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (rule: RuleId, field: string, message: string, fix: string) =>
    out.push(fieldDiagnostic({ workload, container }, rule, field, message, fix));
  const who = container.name;
  const pool = nutcrackerPool(params, workload.name);
  const { mode, backend, listenPort } = params;

  if (mode === 'servers' && pool.servers.length === 0)
    push(
      'PS010',
      'servers',
      `${who}: the servers list is empty; nutcracker refuses a pool without servers.`,
      'Add a server, or switch Shards to a StatefulSet.',
    );
  if (mode === 'servers') {
    const firstByName = new Map<string, number>();
    const firstByAddress = new Map<string, number>();
    pool.servers.forEach((s, i) => {
      const name = effectiveName(s);
      const named = firstByName.get(name);
      if (named === undefined) firstByName.set(name, i);
      else
        push(
          'PS130',
          s.name ? `servers[${i}].name` : `servers[${i}].host`,
          `${who}: servers ${named + 1} and ${i + 1} are both called "${name}" in nutcracker, which refuses two servers with one name.`,
          s.name ? `Give server ${i + 1} a name of its own.` : `Name the servers, or point server ${i + 1} elsewhere.`,
        );
      const address = `${s.host}:${s.port}`;
      const same = firstByAddress.get(address);
      if (same === undefined) firstByAddress.set(address, i);
      else if (named === undefined)
        push(
          'PS131',
          `servers[${i}].host`,
          `${who}: servers ${same + 1} and ${i + 1} both point at ${address}, so one server holds two servers' share of the keys.`,
          `Point server ${i + 1} at another shard, or remove it.`,
        );
      if (LOOPBACK.test(s.host) && s.port === listenPort)
        push(
          'PS138',
          `servers[${i}].port`,
          `${who}: server ${i + 1} (${address}) is the proxy's own listen address; every request would loop back into it.`,
          `Point server ${i + 1} at a real ${backend} server.`,
        );
    });
  }

  const clustering = CLUSTERING[pool.hash];
  if (clustering?.distributions.includes(pool.distribution))
    push(
      'PS132',
      'hash',
      `${who}: hash ${pool.hash} ${clustering.why}; most keys that differ only in a suffix end up on one shard.`,
      'Choose murmur (or md5, hsieh, jenkins, one_at_a_time, crc32a, fnv1a_32); changing the hash moves existing keys.',
    );

  if (pool.distribution === 'random')
    push(
      'PS133',
      'distribution',
      `${who}: distribution random sends each request to any server, so a GET rarely reaches the server that got the SET.`,
      'Use ketama to shard; random suits only servers that all hold the same data.',
    );

  if (pool.distribution === 'modula' && pool.autoEjectHosts)
    push(
      'PS139',
      'distribution',
      `${who}: with modula, ejecting one failed server changes the server of almost every key.`,
      'Use ketama (an ejection moves only the failed server’s keys), or turn off auto eject hosts.',
    );

  if (params.statsPort === listenPort)
    push(
      'PS136',
      'statsPort',
      `${who}: the stats port and the listen port are both ${listenPort}; nutcracker cannot bind one port twice.`,
      'Choose another stats port (nutcracker’s default is 22222).',
    );

  if (mode === 'statefulset') {
    const image = params.shardImage;
    const repo = (image.split('@')[0] ?? '').split('/').pop()?.split(':')[0] ?? '';
    const other = backend === 'redis' ? 'memcached' : 'redis';
    if (repo.startsWith(other))
      push(
        'PS134',
        'shardImage',
        `${who}: the backend is ${backend} but the shard image ${image} runs ${other}; the proxy would speak the wrong protocol.`,
        backend === 'redis'
          ? 'Use a Redis image such as redis:7.2.5.'
          : 'Use a memcached image such as memcached:1.6.32.',
      );
    const setName = shardSetName(workload.name);
    if (setName.length > MAX_STATEFULSET_NAME)
      push(
        'PS137',
        'mode',
        `${who}: the shards' StatefulSet ${setName} is longer than ${MAX_STATEFULSET_NAME} characters; its pods' revision label would not fit.`,
        `Shorten the workload name to ${MAX_STATEFULSET_NAME - '-shards'.length} characters or fewer.`,
      );
    const clash = workloadsNamed(design.workloads, setName).find((w) => w.id !== workload.id);
    const twin = workload.containers.find(
      (c) =>
        c.id !== container.id &&
        c.template === container.template &&
        resolveParams({ params: TWEMPROXY_PARAMS }, c.params).mode === 'statefulset',
    );
    if (clash)
      push(
        'PS135',
        'mode',
        `${who}: workload ${clash.name} has the name of this ambassador's shard StatefulSet and Service.`,
        `Rename workload ${clash.name}, or list the servers yourself (mode servers).`,
      );
    else if (twin && workload.containers.indexOf(twin) < workload.containers.indexOf(container))
      push(
        'PS135',
        'mode',
        `${who} and ${twin.name} would both create the shard StatefulSet and Service ${setName}.`,
        `Set one of them to mode servers and list the other's shards there.`,
      );
  }
  return out;
}
