/**
 * Everything the designer shows is derived from the design by the core's pure functions. Documents
 * are immutable, so each result is cached per document object: panels that ask for the same
 * design's diagnostics or bundle share one computation.
 */
import { type Design, type Diagnostic, validate } from '../core';

export type BundleLanguage = 'yaml' | 'nginx' | 'fluentd' | 'text' | 'json' | 'markdown' | 'dockerfile';

export interface BundleFile {
  readonly path: string;
  readonly content: string;
  readonly language: BundleLanguage;
  readonly owners: readonly string[];
}

function memo<T>(fn: (design: Design) => T): (design: Design) => T {
  const cache = new WeakMap<Design, T>();
  return (design) => {
    const hit = cache.get(design);
    if (hit !== undefined) return hit;
    const value = fn(design);
    cache.set(design, value);
    return value;
  };
}

/** Every diagnostic of the design, errors first. */
export const diagnosticsOf = memo((design: Design): readonly Diagnostic[] => {
  const order = { error: 0, warning: 1, info: 2 } as const;
  return [...validate(design)].sort((a, b) => order[a.severity] - order[b.severity]);
});

/** The generated files of the design. */
export const bundleOf = memo((design: Design): readonly BundleFile[] => [
  { path: 'design.json', content: `${JSON.stringify(design, null, 2)}\n`, language: 'json', owners: [] },
]);
