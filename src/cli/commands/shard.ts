/** `podsmith shard DESIGN.json --container NAME KEY…`: the server nutcracker sends each key to. */
import { RANDOM_SERVER, shardPoolOf } from '../../core';
import { parseArgs, readDesign } from '../design-file';
import { type Command, UsageError } from '../io';
import { findContainer, readItems } from '../predict-input';

/** What is printed for a key under `distribution: random`. */
export const RANDOM_LABEL = '(random)';

/**
 * Prints `KEY<TAB>SERVER` per key: the server's name, or `host:port` when it has none, for the pool
 * as the generated nutcracker.yaml has it. Keys come after the options or, when there are none, from
 * standard input, one a line.
 */
export const shardCommand: Command = async (argv, io) => {
  const { positionals, options } = parseArgs(argv, ['container']);
  const [file, ...keys] = positionals;
  const design = readDesign(io, file);
  const name = options.get('container');
  const { workload, params } = findContainer(design, name, 'twemproxy', 'a twemproxy ambassador');
  const compiled = shardPoolOf(params, workload.name);
  if (!compiled.ok) throw new UsageError(`container "${name}": ${compiled.error}`);
  const { pool } = compiled;
  const lines: string[] = [];
  for (const key of await readItems(io, keys, 'keys')) {
    const server = pool.place(key);
    lines.push(`${key}\t${server === RANDOM_SERVER ? RANDOM_LABEL : pool.labels[server]}\n`);
  }
  io.stdout(lines.join(''));
  return 0;
};
