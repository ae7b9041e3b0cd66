import type { TemplateExample } from '../catalog/types';
import type { Design } from '../model/design';

/** An example design, filled in: a template's example with its sketch made a whole design. */
export interface ExampleDef extends Omit<TemplateExample, 'sketch'> {
  readonly design: Design;
}
