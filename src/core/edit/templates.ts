/**
 * Edits of the user templates a design carries: save one (new or changed), remove an unused one
 * (drafting one from a configured container, "Save as template", is `template-draft.ts`). A changed template keeps its
 * containers consistent: their role follows the template and parameter values it no longer knows
 * (or of another kind) are dropped, so the design still restores.
 *
 * @example putUserTemplate(design, emptyTemplate(design)).templates[0].id // 'user.my-template'
 */
import { USER_TEMPLATE_ID } from '../catalog/user/ids';
import type { Container, Design, Params, ParamValue } from '../model/design';
import type { UserParam, UserTemplate } from '../model/user-template';

const COLUMN_TYPES = { string: 'string', enum: 'string', int: 'number', bool: 'boolean' } as const;

/** True when a container's value has the type the parameter takes (bounds are for validation). */
function fits(p: UserParam, v: ParamValue): boolean {
  switch (p.kind) {
    case 'string':
    case 'enum':
      return typeof v === 'string';
    case 'int':
      return typeof v === 'number';
    case 'bool':
      return typeof v === 'boolean';
    case 'list':
      return Array.isArray(v) && v.every((x) => typeof x === 'string');
    case 'table':
      return (
        Array.isArray(v) &&
        v.every(
          (row) =>
            typeof row === 'object' &&
            Object.entries(row as Record<string, unknown>).every(([k, cell]) => {
              const column = p.columns.find((c) => c.key === k);
              return column !== undefined && typeof cell === COLUMN_TYPES[column.kind];
            }),
        )
      );
  }
}

function conform(c: Container, t: UserTemplate): Container {
  const entries = Object.entries(c.params).filter(([key, v]) => {
    const p = t.params.find((x) => x.key === key);
    return p !== undefined && fits(p, v);
  });
  const params: Params = Object.fromEntries(entries);
  const same = entries.length === Object.keys(c.params).length && c.role === t.role;
  return same ? c : { ...c, role: t.role, params };
}

/** Adds a user template, or replaces the one with its id (its containers follow it). */
export function putUserTemplate(design: Design, template: UserTemplate): Design {
  const at = design.templates.findIndex((t) => t.id === template.id);
  if (at >= 0 && design.templates[at] === template) return design;
  const templates =
    at >= 0 ? design.templates.map((t, i) => (i === at ? template : t)) : [...design.templates, template];
  const workloads = design.workloads.map((w) => {
    const containers = w.containers.map((c) => (c.template === template.id ? conform(c, template) : c));
    return containers.every((c, i) => c === w.containers[i]) ? w : { ...w, containers };
  });
  return { ...design, templates, workloads };
}

/** Containers made from a template. */
export function usesOf(design: Design, templateId: string): readonly Container[] {
  return design.workloads.flatMap((w) => w.containers.filter((c) => c.template === templateId));
}

/** Removes a user template no container uses; a template in use stays (the caller says why). */
export function removeUserTemplate(design: Design, templateId: string): Design {
  if (usesOf(design, templateId).length) return design;
  const templates = design.templates.filter((t) => t.id !== templateId);
  return templates.length === design.templates.length ? design : { ...design, templates };
}

/** `user.NAME` from a title: `Echo server` → `user.echo-server`, made unique in the design. */
export function userTemplateId(design: Design, title: string): string {
  const stem =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50)
      .replace(/-+$/, '') || 'template';
  const taken = new Set(design.templates.map((t) => t.id));
  for (let i = 1; ; i++) {
    const id = `user.${i === 1 ? stem : `${stem}-${i}`}`;
    if (!taken.has(id) && USER_TEMPLATE_ID.test(id)) return id;
  }
}

/** A new, empty template for the editor: a generic app container of the given image. */
export function emptyTemplate(design: Design): UserTemplate {
  return {
    id: userTemplateId(design, 'My template'),
    role: 'app',
    title: 'My template',
    summary: '',
    teaching: '',
    image: 'nginx:1.27.3',
    defaultName: 'app',
    version: '1.0.0',
    params: [],
    command: [],
    args: [],
    env: [],
    ports: [],
    files: [],
  };
}

/**
 * `next` with the user templates of `from` it does not have: a new design or an example keeps the
 * user's templates under My templates (they are written to its design.json, used or not).
 */
export function carryTemplates(next: Design, from: Design): Design {
  const missing = from.templates.filter((t) => !next.templates.some((x) => x.id === t.id));
  return missing.length ? { ...next, templates: [...next.templates, ...missing] } : next;
}
