/** `podsmith route DESIGN.json --container NAME IP…`: the upstream server nginx's ip_hash picks per client. */
import { compileIpHash, parseIp, ROUND_ROBIN } from '../../core';
import { splitterUpstreams, stickinessOf } from '../../core/generate/nginx';
import { parseArgs, readDesign } from '../design-file';
import { type Command, UsageError } from '../io';
import { findContainer, readItems } from '../predict-input';

/**
 * Prints `IP<TAB>ADDRESS` per client address, ADDRESS as the `server` line of the generated
 * nginx.conf has it. Addresses come after the options or, when there are none, from standard input.
 */
export const routeCommand: Command = async (argv, io) => {
  const { positionals, options } = parseArgs(argv, ['container']);
  const [file, ...given] = positionals;
  const design = readDesign(io, file);
  const name = options.get('container');
  const { params } = findContainer(design, name, 'request-splitter', 'a request-splitting ambassador');
  const stickiness = stickinessOf(params);
  if (stickiness === 'none') {
    throw new UsageError(`container "${name}" balances round robin (stickiness none): no address decides the upstream`);
  }
  if (stickiness === 'header') {
    throw new UsageError(`container "${name}" hashes a request header (stickiness header), not the client address`);
  }
  const upstreams = splitterUpstreams(params);
  const compiled = compileIpHash(upstreams);
  if (!compiled.ok) throw new UsageError(`container "${name}": ${compiled.error}`);
  const addresses = await readItems(io, given, 'addresses');
  const picks = addresses.map((text) => {
    const bytes = parseIp(text);
    if (!bytes) throw new UsageError(`"${text}" is not an IPv4 or IPv6 address`);
    return compiled.pool.route(bytes);
  });
  io.stdout(
    picks.map((p, i) => `${addresses[i]}\t${p === ROUND_ROBIN ? '(round robin)' : upstreams[p]?.address}\n`).join(''),
  );
  return 0;
};
