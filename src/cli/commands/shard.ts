/** `podsmith shard DESIGN.json --container NAME KEY…`: the server nutcracker sends each key to. */
import { compileShardPool, RANDOM_SERVER, utf8ByteLength } from '../../core';
import { nutcrackerPool } from '../../core/generate/twemproxy';
import { parseArgs, readDesign } from '../design-file';
import { type Command, UsageError } from '../io';
import { findContainer, readItems } from '../predict-input';

/** What is printed for a key under `distribution: random`. */
export const RANDOM_LABEL = '(random)';

/**
 * Prints `KEY<TAB>SERVER` per key: the server's name, or `host:port` when it has none. Keys come after
 * the options or, when there are none, from standard input, one a line.
 */
export const shardCommand: Command = async (argv, io) => {
  const { positionals, options } = parseArgs(argv, ['container']);
  const [file, ...keys] = positionals;
  const design = readDesign(io, file);
  const { workload, params } = findContainer(design, options.get('container'), 'twemproxy', 'a twemproxy ambassador');
  // The pool exactly as nutcracker.yaml has it; a hash tag the file leaves out is left out here too.
  const pool = nutcrackerPool(params, workload.name);
  const compiled = compileShardPool({
    hash: pool.hash,
    distribution: pool.distribution,
    hashTag: utf8ByteLength(pool.hashTag) === 2 ? pool.hashTag : '',
    servers: pool.servers,
  });
  if (!compiled.ok) throw new UsageError(`container "${options.get('container')}": ${compiled.error}`);
  const lines: string[] = [];
  for (const key of await readItems(io, keys, 'keys')) {
    const server = compiled.pool.place(key);
    lines.push(`${key}\t${server === RANDOM_SERVER ? RANDOM_LABEL : compiled.pool.labels[server]}\n`);
  }
  io.stdout(lines.join(''));
  return 0;
};
