/**
 * A small typed tree of an HAProxy configuration: sections (`global`, `defaults`, `frontend NAME`,
 * `backend NAME`, `listen NAME`, `resolvers NAME`) holding keyword lines and comments. Keywords are a
 * closed set, so a generated file holds only lines this module knows; arguments are plain values that
 * the renderer turns into words HAProxy reads back unchanged (see `quote.ts`).
 */

export type SectionKind = 'global' | 'defaults' | 'frontend' | 'backend' | 'listen' | 'resolvers';

/** Keywords the generators write. */
export type Keyword =
  | 'log'
  | 'mode'
  | 'option'
  | 'timeout'
  | 'bind'
  | 'default_backend'
  | 'balance'
  | 'cookie'
  | 'server'
  | 'stats'
  | 'monitor-uri';

export interface HaproxyLine {
  readonly kind: 'line';
  readonly keyword: Keyword;
  readonly args: readonly string[];
}

export interface HaproxyComment {
  readonly kind: 'comment';
  readonly text: string;
}

export type HaproxyEntry = HaproxyLine | HaproxyComment;

export interface HaproxySection {
  readonly kind: SectionKind;
  /** The proxy or resolvers name; `global` and `defaults` have none. */
  readonly name?: string;
  readonly entries: readonly HaproxyEntry[];
}

export interface HaproxyConfig {
  /** Comment lines at the top of the file. */
  readonly header: readonly string[];
  readonly sections: readonly HaproxySection[];
}

/**
 * One keyword line; each argument becomes exactly one word.
 *
 * @example line('server', 'production', 'production:80', 'weight', '9') // server production production:80 weight 9
 */
export function line(keyword: Keyword, ...args: readonly string[]): HaproxyLine {
  return { kind: 'line', keyword, args };
}

/** A comment on its own line; control characters in `text` are written as spaces. */
export function comment(text: string): HaproxyComment {
  return { kind: 'comment', text };
}

/**
 * A section with its lines.
 *
 * @example section('backend', 'upstreams', [line('balance', 'roundrobin')])
 */
export function section(kind: SectionKind, name: string | undefined, entries: readonly HaproxyEntry[]): HaproxySection {
  return name === undefined ? { kind, entries } : { kind, name, entries };
}
