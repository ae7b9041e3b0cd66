/**
 * The request-splitting ambassador's nginx.conf: one weighted `upstream` inside `http {}` and a server
 * that proxies every request to it.
 */

import { block, directive, type NginxNode, noted } from '../../../format/nginx/ast';
import { mainContext } from '../../../format/nginx/base';
import { clampInt, hostPort, port } from '../../../format/nginx/values';
import type { Params } from '../../../model/design';
import { resolveParams } from '../../params';
import { REQUEST_SPLITTER_PARAMS, type RequestSplitterParams } from './params';

export { STICKINESS, type Stickiness } from './params';

/** Name of the upstream group in the generated config. */
export const SPLIT_UPSTREAM = 'backend';

export interface SplitterServer {
  /** Exactly the address of the `server` line: `HOST:PORT`. */
  readonly address: string;
  /** The weight written as `weight=W` (1..1000). */
  readonly weight: number;
  /** The row's name (e.g. `production`). */
  readonly name: string;
}

/** The upstream servers of these typed parameters, in config order, as nginx will see them. */
export function upstreamServers(params: Pick<RequestSplitterParams, 'upstreams'>): SplitterServer[] {
  return params.upstreams.map((row) => ({
    address: hostPort(row.host, row.port),
    weight: clampInt(row.weight, 1, 1000),
    name: row.name,
  }));
}

/**
 * The upstream servers of a request splitter's container params (stored or resolved), in config
 * order, as nginx will see them. The generated config is written from this list, so a prediction made
 * from it matches the file.
 *
 * @example splitterUpstreams({ upstreams: [{ name: 'production', host: 'web', port: 80, weight: 9 }] })
 * // [{ address: 'web:80', weight: 9, name: 'production' }]
 */
export function splitterUpstreams(params: Params): SplitterServer[] {
  return upstreamServers(resolveParams({ params: REQUEST_SPLITTER_PARAMS }, params));
}

/**
 * The nginx variable holding a request header: lower case, `-` as `_` (`X-User-Id` is `$http_x_user_id`).
 * Characters a variable name cannot hold become `_`; validation refuses such headers.
 */
export function headerVariable(header: string): string {
  const name = header.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  return `$http_${name || 'x_user_id'}`;
}

function balancing(params: RequestSplitterParams): readonly NginxNode[] {
  switch (params.stickiness) {
    case 'ip_hash':
      return [directive('ip_hash')];
    case 'header':
      return [directive('hash', headerVariable(params.stickyHeader), 'consistent')];
    case 'none':
      return [];
  }
}

/**
 * The whole nginx.conf of a request splitter.
 *
 * With ip_hash, the client address is what gets hashed. An app in the same pod always connects from
 * 127.0.0.1, so the config trusts `X-Forwarded-For` from 127.0.0.1 (the realip module): when the app
 * forwards its user's address there, that is the address ip_hash sees.
 */
export function requestSplitterConfig(params: RequestSplitterParams): readonly NginxNode[] {
  const servers = upstreamServers(params).map((s) => noted('server', [s.address, `weight=${s.weight}`], s.name));
  const realIp =
    params.stickiness === 'ip_hash'
      ? [directive('set_real_ip_from', '127.0.0.1'), directive('real_ip_header', 'X-Forwarded-For')]
      : [];
  return mainContext({
    title: 'Request-splitting ambassador',
    http: [
      block('upstream', [SPLIT_UPSTREAM], [...balancing(params), ...servers]),
      block(
        'server',
        [],
        [
          directive('listen', String(port(params.listenPort))),
          ...realIp,
          block(
            'location',
            ['/'],
            [directive('proxy_pass', `http://${SPLIT_UPSTREAM}`), directive('proxy_set_header', 'Host', '$host')],
          ),
        ],
      ),
    ],
  });
}
