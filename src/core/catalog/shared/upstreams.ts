/**
 * The weighted upstream table that the request-splitting ambassadors share (nginx's and HAProxy's):
 * its columns and default rows, and the peers it names for the links an import infers.
 */

import { DNS_LABEL, HOST } from '../rules';
import type { Peer } from '../types';

/** The upstream table's spec: a name, a host, a port and a weight up to `maxWeight` for each row. */
export function upstreamsParam(doc: string, maxWeight: number) {
  return {
    kind: 'table',
    title: 'Upstreams',
    doc,
    rowName: 'upstream',
    minRows: 1,
    maxRows: 64,
    default: [
      { name: 'production', host: 'production', port: 80, weight: 9 },
      { name: 'experiment', host: 'experiment', port: 80, weight: 1 },
    ],
    columns: [
      { key: 'name', title: 'Name', kind: 'string', rule: DNS_LABEL, placeholder: 'production' },
      { key: 'host', title: 'Host', kind: 'string', rule: HOST, placeholder: 'production' },
      { key: 'port', title: 'Port', kind: 'int', min: 1, max: 65535 },
      { key: 'weight', title: 'Weight', kind: 'int', min: 1, max: maxWeight },
    ],
  } as const;
}

/** Each upstream as the service its host names, with its weight. */
export function upstreamPeers(
  upstreams: readonly {
    readonly name: string;
    readonly host: string;
    readonly port: number;
    readonly weight: number;
  }[],
): readonly Peer[] {
  return upstreams.map((u) => ({
    via: 'host',
    host: u.host,
    port: u.port,
    name: u.name,
    kind: 'service',
    weight: u.weight,
  }));
}
