/**
 * Predictions straight from an ambassador's parameters: the pool and the upstream exactly as the
 * generated nutcracker.yaml and nginx.conf have them, so the CLI and the explorers answer for the
 * file the user exports.
 */

import { resolveParams } from '../catalog/params';
import { upstreamServers } from '../catalog/templates/request-splitter/config';
import { REQUEST_SPLITTER_PARAMS } from '../catalog/templates/request-splitter/params';
import { nutcrackerPool, TWEMPROXY_PARAMS } from '../catalog/templates/twemproxy/pool';
import type { Params } from '../model/design';
import { utf8ByteLength } from './bytes';
import { compileIpHash, type IpHashResult } from './ip-hash';
import { compileShardPool, type ShardPoolResult } from './twemproxy';

/**
 * The key placement of a twemproxy ambassador (`workloadName` names its shards in StatefulSet mode).
 * A hash tag the file leaves out (not two bytes) is left out here too. `params` are the container's,
 * stored or resolved: they are read through the twemproxy template's spec.
 *
 * @example shardPoolOf(container.params, 'web')
 */
export function shardPoolOf(params: Params, workloadName: string): ShardPoolResult {
  const pool = nutcrackerPool(resolveParams({ params: TWEMPROXY_PARAMS }, params), workloadName);
  return compileShardPool({
    hash: pool.hash,
    distribution: pool.distribution,
    hashTag: utf8ByteLength(pool.hashTag) === 2 ? pool.hashTag : '',
    servers: pool.servers,
  });
}

/**
 * The ip_hash upstream of a request-splitting ambassador, or why none can be predicted from a client
 * address (round robin, or a header hash). `params` are the container's, stored or resolved: they are
 * read through the request splitter's spec.
 */
export function ipHashPoolOf(params: Params): IpHashResult {
  const typed = resolveParams({ params: REQUEST_SPLITTER_PARAMS }, params);
  switch (typed.stickiness) {
    case 'none':
      return { ok: false, error: 'stickiness is none (round robin): no client address decides the upstream' };
    case 'header':
      return { ok: false, error: 'stickiness is header: nginx hashes a request header, not the client address' };
    default:
      return compileIpHash(upstreamServers(typed));
  }
}
