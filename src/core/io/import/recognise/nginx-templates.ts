/** The parameters of the four nginx templates, read back from the blocks of a config. */
import { TLS_PROTOCOLS } from '../../../catalog/templates/https-terminator/config';
import { OVERLAY_LINE } from '../../../catalog/templates/service-broker/config';
import type { Params, Row } from '../../../model/design';
import { blocks, type ConfBlock, type ConfDirective, type ConfNode, directives } from '../nginx-conf';
import { dnsLabel, isLoopback, portOf } from './words';

export interface NginxFound {
  readonly template: string;
  readonly params: Params;
  readonly volumes?: readonly string[];
}

interface Target {
  readonly host: string;
  readonly port: number;
}

const first = (nodes: readonly ConfNode[], name: string): ConfDirective | undefined => directives(nodes, name)[0];

function listenPort(server: ConfBlock): number | undefined {
  const listen = first(server.children, 'listen');
  return listen ? portOf(listen.args[0] ?? '') : undefined;
}

/** `host[:port]` of an upstream `server` line or a stream `proxy_pass`. */
function address(text: string, defaultPort: number): Target | undefined {
  if (text.startsWith('unix:')) return undefined;
  const m = /^(\[[^\]]+\]|[^:/\s]+)(?::([0-9]{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const port = m[2] === undefined ? defaultPort : Number(m[2]);
  return port >= 1 && port <= 65535 ? { host: (m[1] as string).replace(/^\[|\]$/g, ''), port } : undefined;
}

/** Where an http `proxy_pass` URL goes: an upstream of the config (its first server) or a host. */
function httpTarget(children: readonly ConfNode[], url: string | undefined): Target | undefined {
  const m = url ? /^(https?):\/\/([^/$]+)/.exec(url) : null;
  if (!m) return undefined;
  const upstream = blocks(children, 'upstream').find((u) => u.args[0] === m[2]);
  if (upstream) {
    const server = first(upstream.children, 'server');
    return server ? address(server.args[0] ?? '', 80) : undefined;
  }
  return address(m[2] as string, m[1] === 'https' ? 443 : 80);
}

const servers = (children: readonly ConfNode[]) => blocks(children, 'server');
const locations = (server: ConfBlock) => blocks(server.children, 'location');
const proxyPass = (loc: ConfBlock) => first(loc.children, 'proxy_pass')?.args[0];

type SecretAt = (dir: string) => { volume: string; secret: string } | undefined;

/** `listen … ssl` proxying to this pod's 127.0.0.1: the HTTPS terminator. */
export function httpsParams(http: readonly ConfNode[], secretAt: SecretAt): NginxFound | undefined {
  for (const server of servers(http)) {
    const listen = directives(server.children, 'listen').find((l) => l.args.includes('ssl'));
    const tlsPort = listen ? portOf(listen.args[0] ?? '') : undefined;
    if (tlsPort === undefined) continue;
    const target = locations(server)
      .map((l) => httpTarget(http, proxyPass(l)))
      .find((t) => t !== undefined);
    if (!target || !isLoopback(target.host)) continue;
    const asked = first(server.children, 'ssl_protocols')?.args ?? [];
    const protocols = TLS_PROTOCOLS.filter((p) => asked.includes(p));
    const cert = first(server.children, 'ssl_certificate')?.args[0] ?? '';
    const secret = cert.includes('/') ? secretAt(cert.slice(0, cert.lastIndexOf('/'))) : undefined;
    return {
      template: 'https-terminator',
      params: {
        tlsPort,
        legacyPort: target.port,
        serverName: first(server.children, 'server_name')?.args[0] ?? '_',
        protocols: protocols.length ? protocols : [...TLS_PROTOCOLS],
        ...(secret ? { certSecret: secret.secret } : {}),
      },
      volumes: secret ? [secret.volume] : [],
    };
  }
  return undefined;
}

/** A location that `mirror`s its requests to another: the tee. */
export function teeParams(http: readonly ConfNode[]): NginxFound | undefined {
  for (const server of servers(http))
    for (const loc of locations(server)) {
      const uri = first(loc.children, 'mirror')?.args[0];
      if (!uri || uri === 'off') continue;
      const production = httpTarget(http, proxyPass(loc));
      const shadowLoc = locations(server).find((l) => l.args.at(-1) === uri);
      const shadow = shadowLoc ? httpTarget(http, proxyPass(shadowLoc)) : undefined;
      if (!production || !shadow) continue;
      return {
        template: 'tee',
        params: {
          listenPort: listenPort(server) ?? 80,
          productionHost: production.host,
          productionPort: production.port,
          shadowHost: shadow.host,
          shadowPort: shadow.port,
        },
      };
    }
  return undefined;
}

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
export function brokerParams(stream: readonly ConfNode[]): NginxFound | undefined {
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
export function splitterParams(http: readonly ConfNode[]): NginxFound | undefined {
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
