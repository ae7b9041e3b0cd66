import { describe, expect, it } from 'vitest';
import { ROLES } from '../model/design';
import { TEMPLATES, templatesOf } from './index';
import { summariesOf, TEMPLATE_SUMMARIES } from './summary';

describe('the catalog summary the palette starts from', () => {
  it('lists every built-in template with the catalog’s id, role, title, summary and anyRole, in order', () => {
    const fromCatalog = TEMPLATES.map((t) => ({
      id: t.id,
      role: t.role,
      title: t.title,
      summary: t.summary,
      ...(t.anyRole ? { anyRole: true } : {}),
    }));
    expect(TEMPLATE_SUMMARIES).toEqual(fromCatalog);
  });

  it('gives each role the templates templatesOf gives it', () => {
    for (const role of ROLES) expect(summariesOf(role).map((t) => t.id)).toEqual(templatesOf(role).map((t) => t.id));
  });
});
