/** The service broker read back from an nginx `stream {}` config and its comment lines. */
import { blocks } from '../../../format/nginx/parse';
import type { Row } from '../../../model/design';
import { dnsLabel } from '../../../read/words';
import { address, first, listenPort, type NginxFound, servers } from '../../shared/nginx-readers';
import { type NginxConfig, nginxRecogniser } from '../../shared/nginx-recognise';
import { OVERLAY_LINE } from './config';

/**
 * The environments a broker's comment lines list (`overlays/NAME: HOST:PORT`), in order; a name
 * listed twice, or a line that is not an address, makes the list unusable (empty).
 */
function overlayRows(comments: readonly string[]): Row[] {
  const rows: Row[] = [];
  for (const text of comments) {
    const m = OVERLAY_LINE.exec(text);
    if (!m) continue;
    const target = address(m[2] ?? '', 0);
    if (!target || target.port === 0 || rows.some((r) => r.name === m[1])) return [];
    rows.push({ name: m[1] ?? '', host: target.host, port: target.port });
  }
  return rows;
}

/**
 * A TCP `proxy_pass` in `stream {}`: the service broker, with the environment its note names and
 * the other environments its comment lines list.
 */
function brokerParams({ stream }: NginxConfig): NginxFound | undefined {
  for (const server of servers(stream)) {
    const pass = first(server.children, 'proxy_pass');
    if (!pass) continue;
    const upstream = blocks(stream, 'upstream').find((u) => u.args[0] === pass.args[0]);
    const text = upstream ? (first(upstream.children, 'server')?.args[0] ?? '') : (pass.args[0] ?? '');
    const target = address(text, 0);
    if (!target || target.port === 0) continue;
    const noted = /^environment\s+(\S+)$/.exec(pass.note ?? '')?.[1];
    const name = dnsLabel(noted ?? 'default', 'default');
    const chosen = { name, host: target.host, port: target.port };
    const listed = overlayRows(server.comments ?? []);
    const agrees = listed.some((r) => r.name === name && r.host === target.host && r.port === target.port);
    return {
      template: 'service-broker',
      params: {
        listenPort: listenPort(server) ?? target.port,
        environments: agrees ? listed : [chosen],
        environment: name,
      },
    };
  }
  return undefined;
}

export const recogniseServiceBroker = nginxRecogniser(brokerParams);
