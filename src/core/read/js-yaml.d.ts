/** What js-yaml 4.2 and later has that its published types do not list yet. */
import 'js-yaml';

declare module 'js-yaml' {
  interface LoadOptions {
    /** Deepest nesting of collections the loader accepts before it stops with an error (100 by default). */
    maxDepth?: number | undefined;
  }

  /** The built-in types, to extend a schema with (e.g. `merge` for `<<` keys). */
  export const types: { readonly merge: Type };
}
