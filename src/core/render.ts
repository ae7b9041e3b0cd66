/** What the editor shows for a design: its diagnostics and its bundle, from one analysis pass. */
import { analyze } from './analyze';
import type { Diagnostic } from './contracts/diagnostic';
import { type Bundle, generateBundle } from './generate/bundle';
import type { Design } from './model/design';
import { validate } from './validate';

export interface Rendered {
  readonly diagnostics: readonly Diagnostic[];
  readonly bundle: Bundle;
}

export function render(design: Design): Rendered {
  const analysis = analyze(design);
  return { diagnostics: validate(design, analysis), bundle: generateBundle(design, analysis) };
}
