/**
 * Everything the designer shows is derived from the design by the core's pure functions. Documents
 * are immutable, so each result is cached per document object: panels that ask for the same
 * design's diagnostics or bundle share one computation.
 */
import { type BundleFile, type Design, type Diagnostic, generateBundle, validate } from '../core';

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

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every diagnostic of the design, errors first (stable within a severity). */
export const diagnosticsOf = memo((design: Design): readonly Diagnostic[] =>
  [...validate(design)].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]),
);

/** The generated files of the design. */
export const bundleOf = memo((design: Design): readonly BundleFile[] => generateBundle(design).files);
