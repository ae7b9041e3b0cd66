/**
 * A small typed tree of a VCL 4.1 program: backends, and subroutines made of `if`, `set`, `unset` and
 * `return` statements over a closed set of variables. Strings are plain values that the renderer
 * writes as VCL string literals Varnish reads back unchanged (see `string.ts`).
 */

/** Built-in subroutines the generators extend (Varnish's builtin.vcl runs after them unless they return). */
export type SubName = 'vcl_recv' | 'vcl_hash' | 'vcl_backend_response' | 'vcl_deliver';

/** Variables the generators read or write; header names are letters, digits and `-`. */
export type VclVariable =
  | 'req.url'
  | 'req.method'
  | 'obj.hits'
  | 'beresp.ttl'
  | 'beresp.grace'
  | 'beresp.uncacheable'
  | `req.http.${string}`
  | `beresp.http.${string}`
  | `resp.http.${string}`;

export type VclValue =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'duration'; readonly seconds: number }
  | { readonly kind: 'bool'; readonly value: boolean };

export type VclCondition =
  /** `SUBJECT ~ "PATTERN"`: a PCRE2 match. */
  | { readonly kind: 'match'; readonly subject: VclVariable; readonly pattern: string }
  /** `!SUBJECT`: a header that is not set. */
  | { readonly kind: 'unset'; readonly subject: VclVariable }
  /** `SUBJECT > N`. */
  | { readonly kind: 'greater'; readonly subject: VclVariable; readonly value: number };

export type VclStatement =
  | { readonly kind: 'set'; readonly target: VclVariable; readonly value: VclValue }
  | { readonly kind: 'return'; readonly action: 'pass' | 'lookup' | 'deliver' | 'hash' }
  | {
      readonly kind: 'if';
      /** How the conditions join: any of them (`||`) or all of them (`&&`). */
      readonly join: '||' | '&&';
      readonly conditions: readonly VclCondition[];
      readonly body: readonly VclStatement[];
      /** The `else` branch. */
      readonly otherwise?: readonly VclStatement[];
    }
  | { readonly kind: 'comment'; readonly text: string };

export interface VclBackend {
  /** A VCL identifier, e.g. `app`. */
  readonly name: string;
  readonly host: string;
  readonly port: number;
  readonly connectTimeoutSeconds?: number;
  readonly firstByteTimeoutSeconds?: number;
}

export interface VclSub {
  readonly name: SubName;
  readonly body: readonly VclStatement[];
}

export interface VclProgram {
  /** Comment lines at the top of the file. */
  readonly header: readonly string[];
  readonly backends: readonly VclBackend[];
  readonly subs: readonly VclSub[];
}

/** `set TARGET = "TEXT";` */
export const setString = (target: VclVariable, value: string): VclStatement => ({
  kind: 'set',
  target,
  value: { kind: 'string', value },
});

/** `set TARGET = Ns;` */
export const setDuration = (target: VclVariable, seconds: number): VclStatement => ({
  kind: 'set',
  target,
  value: { kind: 'duration', seconds },
});

/**
 * `if (A || B) { BODY } else { OTHERWISE }`.
 *
 * @example when('||', [{ kind: 'match', subject: 'req.url', pattern: '^/admin' }], [{ kind: 'return', action: 'pass' }])
 */
export const when = (
  join: '||' | '&&',
  conditions: readonly VclCondition[],
  body: readonly VclStatement[],
  otherwise?: readonly VclStatement[],
): VclStatement => ({ kind: 'if', join, conditions, body, ...(otherwise ? { otherwise } : {}) });
