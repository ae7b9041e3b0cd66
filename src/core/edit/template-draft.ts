/**
 * "Save as template": a user template drafted from a configured container, read from the analysis
 * (what its template builds now). Apart from `templates.ts`, whose edits need only the document.
 *
 * @example putUserTemplate(design, draftFromContainer(design, 'c1')) // design.templates.at(-1).title === 'My Redis'
 */
import { analyze } from '../analyze';
import { templateFor } from '../catalog/lookup';
import { escapeLiteral } from '../catalog/user/placeholders';
import type { Design } from '../model/design';
import { USER_FILE_LANGUAGES, type UserFileLanguage, type UserTemplate } from '../model/user-template';
import { findContainer } from './ops';
import { userTemplateId } from './templates';

/**
 * A template drafted from a container as it is configured now: its image, role, command, args,
 * plain env values, ports and config files, all as literal text (the user then turns values into
 * parameters in the editor). Undefined when there is no such container.
 */
export function draftFromContainer(design: Design, containerId: string): UserTemplate | undefined {
  const found = findContainer(design, containerId);
  if (!found) return undefined;
  const { workload, container } = found;
  const source = templateFor(design, container.template);
  const built = analyze(design)
    .workloads.find((w) => w.workload === workload)
    ?.containers.find((b) => b.container === container);
  const contribution = built?.contribution ?? { ports: [] };
  const title = `My ${source?.title ?? container.name}`.slice(0, 80);
  const existing = design.templates.find((t) => t.id === container.template);
  if (existing) return { ...existing, image: container.image };
  return {
    id: userTemplateId(design, title),
    role: container.role,
    title,
    summary: source?.summary ?? '',
    teaching: source?.teaching ?? '',
    image: container.image,
    defaultName: container.name,
    version: '1.0.0',
    params: [],
    command: (contribution.command ?? []).map(escapeLiteral),
    args: (contribution.args ?? []).map(escapeLiteral),
    env: (contribution.env ?? []).flatMap((e) =>
      'value' in e ? [{ name: e.name, value: escapeLiteral(e.value) }] : [],
    ),
    ports: contribution.ports.map((p) => ({
      name: p.name,
      port: String(p.containerPort),
      localhostOnly: p.scope === 'localhost',
    })),
    files: (contribution.files ?? []).map((f) => ({
      name: f.name,
      mountPath: f.mountPath,
      // Languages user templates do not quote for (haproxy, vcl) are text: one-line values only.
      language: (USER_FILE_LANGUAGES as readonly string[]).includes(f.language)
        ? (f.language as UserFileLanguage)
        : 'text',
      text: escapeLiteral(f.content),
    })),
  };
}
