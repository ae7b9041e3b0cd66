/**
 * Template lookup for one design: the built-in catalog, then the user templates the design carries
 * (`design.templates`). The table of user templates is made once per `design.templates` array, so a
 * lookup per container and keystroke costs a map read.
 *
 * @example templateFor(design, 'user.echo')?.title // 'Echo server'
 */
import type { Design, Role } from '../model/design';
import type { UserTemplate } from '../model/user-template';
import { getTemplate, TEMPLATES } from './index';
import type { TemplateDef } from './types';
import { userTemplateDef } from './user/define';

type Carrier = Pick<Design, 'templates'>;

const NONE: readonly UserTemplate[] = [];
const tables = new WeakMap<readonly UserTemplate[], ReadonlyMap<string, TemplateDef>>();

function userTable(templates: readonly UserTemplate[]): ReadonlyMap<string, TemplateDef> {
  const hit = tables.get(templates);
  if (hit) return hit;
  const table = new Map(templates.map((t) => [t.id, userTemplateDef(t)]));
  tables.set(templates, table);
  return table;
}

/** The template with this id in this design: a built-in, or one of the design's user templates. */
export function templateFor(design: Carrier, id: string): TemplateDef | undefined {
  return getTemplate(id) ?? userTable(design.templates ?? NONE).get(id);
}

/** The design's user templates as TemplateDefs, in the design's order. */
export function userTemplatesIn(design: Carrier): readonly TemplateDef[] {
  return [...userTable(design.templates ?? NONE).values()];
}

/** Every template a design can use, built-ins first, in palette order. */
export function allTemplatesIn(design: Carrier): readonly TemplateDef[] {
  return design.templates?.length ? [...TEMPLATES, ...userTemplatesIn(design)] : TEMPLATES;
}

/** Templates of one role a design can use. */
export function templatesOfRole(design: Carrier, role: Role): readonly TemplateDef[] {
  return allTemplatesIn(design).filter((t) => t.role === role);
}
