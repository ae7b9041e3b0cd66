/** The request splitter read back from an nginx config's upstream. */
import { blocks, type ConfDirective, directives } from '../../../format/nginx/parse';
import type { Row } from '../../../model/design';
import { dnsLabel } from '../../../read/words';
import { address, first, listenPort, locations, type NginxFound, proxyPass, servers } from '../../shared/nginx-readers';
import { type NginxConfig, nginxRecogniser } from '../../shared/nginx-recognise';

function upstreamRows(servers: readonly ConfDirective[]): Row[] {
  const used = new Set<string>();
  return servers.flatMap((s): Row[] => {
    const target = address(s.args[0] ?? '', 80);
    if (!target) return [];
    const weight = Number(/^weight=([0-9]+)$/.exec(s.args.find((a) => a.startsWith('weight=')) ?? '')?.[1] ?? 1);
    const base = dnsLabel(s.note ?? target.host.split('.')[0] ?? '', 'upstream');
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return [{ name, host: target.host, port: target.port, weight }];
  });
}

/** An upstream that spreads requests (weights, ip_hash, a hash, several servers): the request splitter. */
function splitterParams({ http }: NginxConfig): NginxFound | undefined {
  for (const server of servers(http))
    for (const loc of locations(server)) {
      const host = /^https?:\/\/([^/$:]+)/.exec(proxyPass(loc) ?? '')?.[1];
      const upstream = blocks(http, 'upstream').find((u) => u.args[0] === host);
      if (!upstream) continue;
      const list = directives(upstream.children, 'server');
      const ipHash = directives(upstream.children, 'ip_hash').length > 0;
      const hash = first(upstream.children, 'hash')?.args[0];
      const weighted = list.some((s) => s.args.some((a) => a.startsWith('weight=')));
      if (!list.length || !(list.length > 1 || ipHash || hash || weighted)) continue;
      const header = hash ? /^\$http_([a-z0-9_]+)$/.exec(hash)?.[1] : undefined;
      return {
        template: 'request-splitter',
        params: {
          listenPort: listenPort(server) ?? 80,
          upstreams: upstreamRows(list),
          stickiness: ipHash ? 'ip_hash' : header ? 'header' : 'none',
          ...(header ? { stickyHeader: header.replace(/_/g, '-') } : {}),
        },
      };
    }
  return undefined;
}

export const recogniseRequestSplitter = nginxRecogniser(splitterParams);
