import { describe, expect, it } from 'vitest';
import { restoreUserTemplate } from '../catalog/user/restore';
import { EXAMPLES } from '../examples';
import { generateBundle } from '../generate/bundle';
import { addWorkload } from './ops';
import { draftFromContainer } from './template-draft';
import { addContainer } from './template-ops';
import { carryTemplates, putUserTemplate, removeUserTemplate, userTemplateId } from './templates';

const everyContainer = EXAMPLES.flatMap((e) =>
  e.design.workloads.flatMap((w) => w.containers.map((c) => [`${e.name}/${c.name}`, e.design, c.id] as const)),
);

describe('Save as template', () => {
  it.each(everyContainer)(
    'drafts %s as a template that restores and builds the same config files',
    (_name, design, id) => {
      const draft = draftFromContainer(design, id);
      const problems: string[] = [];
      const template = restoreUserTemplate(draft, [], problems);
      expect(problems).toEqual([]);
      if (!template) return;
      let d = addWorkload(putUserTemplate(design, template), { name: 'copy' });
      d = addContainer(d, d.workloads.at(-1)?.id ?? '', template.id);
      const files = generateBundle(d).files;
      const original = generateBundle(design).files.filter(
        (f) => f.path.startsWith('configs/') && f.owners.includes(id),
      );
      for (const f of original) {
        const name = f.path.split('/').at(-1);
        const copied = files.find((x) => x.path.startsWith('configs/copy-') && x.path.endsWith(`/${name}`));
        expect(copied?.content, f.path).toBe(f.content);
      }
    },
  );

  it('makes ids from titles, unique in the design', () => {
    const design = EXAMPLES[0]?.design;
    if (!design) throw new Error('no example');
    const draft = draftFromContainer(design, design.workloads[0]?.containers[0]?.id ?? '');
    if (!draft) throw new Error('no draft');
    const d = putUserTemplate(design, { ...draft, id: 'user.echo-server' });
    expect(userTemplateId(d, 'Echo server!')).toBe('user.echo-server-2');
    expect(userTemplateId(d, '---')).toBe('user.template');
  });

  it('carries templates into a new design and removes only unused ones', () => {
    const design = EXAMPLES[0]?.design;
    if (!design) throw new Error('no example');
    const draft = draftFromContainer(design, design.workloads[0]?.containers[0]?.id ?? '');
    if (!draft) throw new Error('no draft');
    const withIt = putUserTemplate(design, draft);
    expect(carryTemplates(design, withIt).templates).toEqual([draft]);
    expect(carryTemplates(withIt, withIt)).toBe(withIt);
    expect(removeUserTemplate(withIt, draft.id).templates).toEqual([]);
    const used = addContainer(withIt, withIt.workloads[0]?.id ?? '', draft.id);
    expect(removeUserTemplate(used, draft.id)).toBe(used);
  });
});
