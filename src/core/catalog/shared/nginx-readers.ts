/** What the nginx templates' readers share: the shapes they return and the lookups they make in a config. */

import { blocks, type ConfBlock, type ConfDirective, type ConfNode, directives } from '../../format/nginx/parse';
import type { Params } from '../../model/design';
import { portOf } from '../../read/words';

export interface NginxFound {
  readonly template: string;
  readonly params: Params;
  readonly volumes?: readonly string[];
}

export interface Target {
  readonly host: string;
  readonly port: number;
}

export const first = (nodes: readonly ConfNode[], name: string): ConfDirective | undefined =>
  directives(nodes, name)[0];

export function listenPort(server: ConfBlock): number | undefined {
  const listen = first(server.children, 'listen');
  return listen ? portOf(listen.args[0] ?? '') : undefined;
}

/** `host[:port]` of an upstream `server` line or a stream `proxy_pass`. */
export function address(text: string, defaultPort: number): Target | undefined {
  if (text.startsWith('unix:')) return undefined;
  const m = /^(\[[^\]]+\]|[^:/\s]+)(?::([0-9]{1,5}))?$/.exec(text);
  if (!m) return undefined;
  const port = m[2] === undefined ? defaultPort : Number(m[2]);
  return port >= 1 && port <= 65535 ? { host: (m[1] as string).replace(/^\[|\]$/g, ''), port } : undefined;
}

/** Where an http `proxy_pass` URL goes: an upstream of the config (its first server) or a host. */
export function httpTarget(children: readonly ConfNode[], url: string | undefined): Target | undefined {
  const m = url ? /^(https?):\/\/([^/$]+)/.exec(url) : null;
  if (!m) return undefined;
  const upstream = blocks(children, 'upstream').find((u) => u.args[0] === m[2]);
  if (upstream) {
    const server = first(upstream.children, 'server');
    return server ? address(server.args[0] ?? '', 80) : undefined;
  }
  return address(m[2] as string, m[1] === 'https' ? 443 : 80);
}

export const servers = (children: readonly ConfNode[]) => blocks(children, 'server');
export const locations = (server: ConfBlock) => blocks(server.children, 'location');
export const proxyPass = (loc: ConfBlock) => first(loc.children, 'proxy_pass')?.args[0];

export type SecretAt = (dir: string) => { volume: string; secret: string } | undefined;
