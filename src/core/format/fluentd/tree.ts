/**
 * The typed tree a fluentd v1 configuration is built from: directives and nested sections
 * (`<source>`, `<match PATTERN>`, `<buffer>`), `key value` parameters and comments. Generators
 * build a tree and render it with `renderFluentConfig`; they never paste configuration text.
 */

/** A value read from the environment when fluentd starts: rendered `"#{ENV['NAME']}"`. */
export interface EnvRef {
  readonly env: string;
}

export type Scalar = string | number | boolean;

/** What a parameter or a section argument holds. `EnvRef` is for template-authored image configs only. */
export type FluentValue = Scalar | EnvRef;

export interface FluentParam {
  readonly kind: 'param';
  /** `@type`, `host`, ...: letters, digits and `_`, with an optional leading `@`. */
  readonly key: string;
  readonly value: FluentValue;
}

export interface FluentSection {
  readonly kind: 'section';
  /** Element name: letters, digits and `_` (`source`, `match`, `buffer`, `server`). */
  readonly name: string;
  /** The argument after the name: a match pattern, buffer chunk keys; empty for none. */
  readonly arg: string | EnvRef;
  readonly body: readonly FluentNode[];
}

export interface FluentComment {
  readonly kind: 'comment';
  readonly text: string;
}

export type FluentNode = FluentParam | FluentSection | FluentComment;

/** A whole configuration file: its top-level nodes. */
export type FluentConfig = readonly FluentNode[];

/**
 * One parameter line.
 *
 * @example param('port', 6379) // renders `port 6379`
 */
export function param(key: string, value: FluentValue): FluentParam {
  return { kind: 'param', key, value };
}

/**
 * A section with an optional argument.
 *
 * @example section('buffer', '', [param('flush_interval', '5s')])
 */
export function section(name: string, arg: string | EnvRef, body: readonly FluentNode[]): FluentSection {
  return { kind: 'section', name, arg, body };
}

/** A comment line (`# text`); line breaks in the text become spaces. */
export function comment(text: string): FluentComment {
  return { kind: 'comment', text };
}

/** A value fluentd reads from the environment variable `name` at start-up. */
export function env(name: string): EnvRef {
  return { env: name };
}

/**
 * A `<source>` directive: `@type` first, then the parameters and nested sections.
 *
 * @example source('redis_slowlog', [param('host', 'localhost')])
 */
export function source(type: string, body: readonly FluentNode[] = []): FluentSection {
  return section('source', '', [param('@type', type), ...body]);
}

/**
 * A `<match PATTERN>` directive: events whose tag matches the pattern go to this output.
 *
 * @example match('redis.slowlog', 'stdout')
 */
export function match(pattern: string | EnvRef, type: string, body: readonly FluentNode[] = []): FluentSection {
  return section('match', pattern, [param('@type', type), ...body]);
}

/** A `<filter PATTERN>` directive. */
export function filter(pattern: string | EnvRef, type: string, body: readonly FluentNode[] = []): FluentSection {
  return section('filter', pattern, [param('@type', type), ...body]);
}

/** True for an `EnvRef` value. */
export function isEnvRef(value: unknown): value is EnvRef {
  return typeof value === 'object' && value !== null && typeof (value as { env?: unknown }).env === 'string';
}
