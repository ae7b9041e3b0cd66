/**
 * A small typed tree of nginx configuration: directives (`name args;`), blocks (`name args { … }`) and
 * comments. Names are a closed set, so a generated config can only hold directives this module knows;
 * arguments are plain values that the renderer turns into tokens nginx reads back unchanged.
 */

/** Blocks the generators write. */
export type BlockName = 'events' | 'http' | 'stream' | 'server' | 'upstream' | 'location';

/**
 * Simple directives the generators write. `load_module` is deliberately absent: the official image
 * builds the stream module in, and a generated config never loads modules.
 */
export type DirectiveName =
  | 'worker_processes'
  | 'pid'
  | 'error_log'
  | 'worker_connections'
  | 'access_log'
  | 'client_body_temp_path'
  | 'proxy_temp_path'
  | 'fastcgi_temp_path'
  | 'uwsgi_temp_path'
  | 'scgi_temp_path'
  | 'listen'
  | 'server_name'
  | 'ssl_certificate'
  | 'ssl_certificate_key'
  | 'ssl_protocols'
  | 'ssl_session_cache'
  | 'ssl_session_timeout'
  | 'server'
  | 'ip_hash'
  | 'hash'
  | 'set_real_ip_from'
  | 'real_ip_header'
  | 'proxy_pass'
  | 'proxy_set_header'
  | 'proxy_http_version'
  | 'proxy_connect_timeout'
  | 'proxy_read_timeout'
  | 'proxy_send_timeout'
  | 'mirror'
  | 'mirror_request_body'
  | 'internal';

export interface NginxDirective {
  readonly kind: 'directive';
  readonly name: DirectiveName;
  readonly args: readonly string[];
  /** A comment written after the `;` on the same line. */
  readonly note?: string;
}

export interface NginxBlock {
  readonly kind: 'block';
  readonly name: BlockName;
  readonly args: readonly string[];
  readonly children: readonly NginxNode[];
}

export interface NginxComment {
  readonly kind: 'comment';
  readonly text: string;
}

export type NginxNode = NginxDirective | NginxBlock | NginxComment;

/**
 * A directive; each argument becomes exactly one token.
 *
 * @example directive('server', 'production:80', 'weight=9') // server production:80 weight=9;
 */
export function directive(name: DirectiveName, ...args: readonly string[]): NginxDirective {
  return { kind: 'directive', name, args };
}

/**
 * A directive with a comment after it on the same line.
 *
 * @example noted('server', ['web:80'], 'production') // server web:80;  # production
 */
export function noted(name: DirectiveName, args: readonly string[], note: string): NginxDirective {
  return { kind: 'directive', name, args, note };
}

/**
 * A block with its children.
 *
 * @example block('location', ['/'], [directive('proxy_pass', 'http://backend')])
 */
export function block(name: BlockName, args: readonly string[], children: readonly NginxNode[]): NginxBlock {
  return { kind: 'block', name, args, children };
}

/** A comment on its own line; control characters in `text` are written as spaces. */
export function comment(text: string): NginxComment {
  return { kind: 'comment', text };
}
