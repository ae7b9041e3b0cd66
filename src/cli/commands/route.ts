/** `podsmith route DESIGN.json --container NAME IP…`: the upstream server nginx's ip_hash picks per client. */
import { ipHashPoolOf, parseIp, ROUND_ROBIN } from '../../core';
import { parseArgs, readDesign } from '../design-file';
import { type Command, UsageError } from '../io';
import { findContainer, readItems } from '../predict-input';

/**
 * Prints `IP<TAB>ADDRESS` per client address, ADDRESS as the `server` line of the generated
 * nginx.conf has it. Addresses come after the options or, when there are none, from standard input.
 * Every address is checked before anything is printed.
 */
export const routeCommand: Command = async (argv, io) => {
  const { positionals, options } = parseArgs(argv, ['container']);
  const [file, ...given] = positionals;
  const design = readDesign(io, file);
  const name = options.get('container');
  const { params } = findContainer(design, name, 'request-splitter', 'a request-splitting ambassador');
  const compiled = ipHashPoolOf(params);
  if (!compiled.ok) throw new UsageError(`container "${name}": ${compiled.error}`);
  const { pool } = compiled;
  const addresses = await readItems(io, given, 'addresses');
  const picks = addresses.map((text) => {
    const bytes = parseIp(text);
    if (!bytes) throw new UsageError(`"${text}" is not an IPv4 or IPv6 address`);
    return pool.route(bytes);
  });
  io.stdout(
    picks
      .map((p, i) => `${addresses[i]}\t${p === ROUND_ROBIN ? '(round robin)' : pool.upstreams[p]?.address}\n`)
      .join(''),
  );
  return 0;
};
