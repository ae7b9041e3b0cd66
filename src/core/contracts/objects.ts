/** Shapes shared by the catalog and the generators: a plain Kubernetes object and a check on a string. */

/** A plain Kubernetes object (apiVersion, kind, metadata, ...) added to the bundle as is. */
export type KubeObject = Readonly<Record<string, unknown>> & {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly [key: string]: unknown };
};

/** A check on a string value. `message` says what is expected, e.g. "a DNS name such as redis-0". */
export interface StringRule {
  readonly pattern: RegExp;
  readonly message: string;
}
