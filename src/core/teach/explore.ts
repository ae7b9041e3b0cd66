/**
 * Figures the explorers show, computed with the prediction core: how many keys move when a shard is
 * added or removed under ketama and modula, and the two sentences a gallery card says about an example.
 */
import { getTemplate } from '../catalog';
import type { ExampleDef } from '../examples/types';
import { compileShardPool, type ShardPool, type ShardPoolSpec, type ShardServer } from '../predict';

/** Keys that change server, out of how many. */
export interface Moved {
  readonly moved: number;
  readonly total: number;
}

export interface ShardMoves {
  /** One shard added after the last one (a StatefulSet scaled up by one). */
  readonly added: { readonly ketama: Moved; readonly modula: Moved };
  /** The last shard removed (a StatefulSet scaled down by one); undefined with a single shard. */
  readonly removed?: { readonly ketama: Moved; readonly modula: Moved };
}

/** A server to add after `servers`: the next `shard-N` name when the others are named, a new host otherwise. */
export function nextServer(servers: readonly ShardServer[]): ShardServer {
  const last = servers[servers.length - 1];
  const names = new Set(servers.map((s) => s.name ?? ''));
  const hosts = new Set(servers.map((s) => s.host));
  let n = servers.length;
  while (names.has(`shard-${n}`) || hosts.has(`added-shard-${n}`)) n++;
  const named = servers.length > 0 && servers.every((s) => s.name);
  return {
    host: `added-shard-${n}`,
    port: last?.port ?? 6379,
    weight: last?.weight ?? 1,
    ...(named ? { name: `shard-${n}` } : {}),
  };
}

function pool(spec: ShardPoolSpec): ShardPool | undefined {
  const r = compileShardPool(spec);
  return r.ok ? r.pool : undefined;
}

type Distribution = 'ketama' | 'modula';

/** Where each key lands in the pool, or undefined when the pool cannot be built. */
function placements(spec: ShardPoolSpec, keys: readonly string[]): readonly number[] | undefined {
  const p = pool(spec);
  return p && keys.map((key) => p.place(key));
}

/** How many keys a change of servers moves, the servers that stay keeping their index. */
function moved(before: readonly number[] | undefined, after: ShardPoolSpec, keys: readonly string[]): Moved {
  const p = before && pool(after);
  if (!before || !p) return { moved: 0, total: 0 };
  let n = 0;
  keys.forEach((key, i) => {
    if (before[i] !== p.place(key)) n++;
  });
  return { moved: n, total: keys.length };
}

/**
 * What moves when the pool gains or loses its last shard, under ketama and under modula, for `keys`
 * (the pool's hash and hash tag are kept). The pool as it is is placed once per distribution.
 *
 * @example shardMoves(pool.spec, sampleKeys(10000)).added.ketama.moved // about 10000 / (N + 1)
 */
export function shardMoves(spec: ShardPoolSpec, keys: readonly string[]): ShardMoves {
  const of = (distribution: Distribution) => ({ ...spec, distribution });
  const before = { ketama: placements(of('ketama'), keys), modula: placements(of('modula'), keys) };
  const compare = (servers: readonly ShardServer[]) => ({
    ketama: moved(before.ketama, { ...of('ketama'), servers }, keys),
    modula: moved(before.modula, { ...of('modula'), servers }, keys),
  });
  const added = compare([...spec.servers, nextServer(spec.servers)]);
  if (spec.servers.length < 2) return { added };
  return { added, removed: compare(spec.servers.slice(0, -1)) };
}

/**
 * The first `count` sentences of a text (a sentence ends with ".", "!" or "?" before a space or the end).
 *
 * @example firstSentences('One. Two. Three.', 2) // 'One. Two.'
 */
export function firstSentences(text: string, count: number): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[.!?])\s/)
    .slice(0, count)
    .join(' ');
}

/** The template an example is about: its first container that is not an app. */
export function exampleTemplate(example: ExampleDef): string | undefined {
  for (const w of example.design.workloads) for (const c of w.containers) if (c.role !== 'app') return c.template;
  return undefined;
}

/**
 * Two sentences of what an example teaches, from its pattern's teaching text.
 *
 * @example exampleTeaching(getExample('sharded-redis')) // 'An ambassador brokers … the shard that holds it.'
 */
export function exampleTeaching(example: ExampleDef): string {
  const id = exampleTemplate(example);
  const teaching = id ? getTemplate(id)?.teaching : undefined;
  return teaching ? firstSentences(teaching, 2) : example.summary;
}
