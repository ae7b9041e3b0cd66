/**
 * The example designs: each template's folder may bring one (the book's single-node examples), and
 * the gallery shows them in catalog order after the one a new user sees first, sharded-redis.
 */

import { TEMPLATES } from '../catalog';
import type { TemplateExample } from '../catalog/types';
import { sketchDesign } from '../edit/sketch';
import { FIRST_EXAMPLE } from './first';
import type { ExampleDef } from './types';

export { FIRST_DESIGN, FIRST_EXAMPLE } from './first';

function filledIn({ sketch, ...about }: TemplateExample): ExampleDef {
  return { ...about, design: sketchDesign(sketch) };
}

const fromCatalog = TEMPLATES.flatMap((t) => (t.example ? [t.example] : []));

/** Every example, gallery order. */
export const EXAMPLES: readonly ExampleDef[] = [
  ...fromCatalog.filter((e) => e.name === FIRST_EXAMPLE),
  ...fromCatalog.filter((e) => e.name !== FIRST_EXAMPLE),
].map(filledIn);

export function getExample(name: string): ExampleDef | undefined {
  return EXAMPLES.find((e) => e.name === name);
}

export type { ExampleDef } from './types';
