/**
 * Everything the designer shows is derived from the design by the core's pure functions. Documents
 * are immutable, so each result is cached per document object: the canvas, inspector, problems and
 * preview share one `render` (one analysis pass) per design.
 */
import { type BundleFile, type Design, type Diagnostic, type Rendered, render } from '../core';

const cache = new WeakMap<Design, Rendered>();
const sorted = new WeakMap<Design, readonly Diagnostic[]>();

function rendered(design: Design): Rendered {
  let hit = cache.get(design);
  if (!hit) {
    hit = render(design);
    cache.set(design, hit);
  }
  return hit;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Every diagnostic of the design, errors first (stable within a severity). */
export function diagnosticsOf(design: Design): readonly Diagnostic[] {
  let hit = sorted.get(design);
  if (!hit) {
    hit = [...rendered(design).diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
    sorted.set(design, hit);
  }
  return hit;
}

/** The generated files of the design. */
export function bundleOf(design: Design): readonly BundleFile[] {
  return rendered(design).bundle.files;
}
