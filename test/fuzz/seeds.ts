/**
 * Real inputs to mutate: every example's design.json and all.yaml (as the bundle writes them), its
 * share link, and its design as a plain object; the same of a design with user templates and of one
 * that fills every Kubernetes field of schema 4.
 */
import { EXAMPLES, encodeShareLink, generateBundle, templateFileText } from '../../src/core';
import { ECHO, EVERY_KIND } from '../../src/core/catalog/user/testing/echo';
import { addWorkload, emptyDesign } from '../../src/core/edit/ops';
import { addContainer } from '../../src/core/edit/template-ops';
import { putUserTemplate } from '../../src/core/edit/templates';
import { realPodDesign } from './kube-fields';

export interface Seeds {
  readonly json: readonly string[];
  readonly yaml: readonly string[];
  readonly links: readonly string[];
  /** Template files (`podsmithTemplate`). */
  readonly templates: readonly string[];
}

/** A design that carries user templates, with one container of each. */
function designWithTemplates() {
  let d = emptyDesign('user-templates');
  for (const t of [ECHO, EVERY_KIND]) {
    d = putUserTemplate(d, t);
    d = addWorkload(d, { name: t.defaultName });
    d = addContainer(d, d.workloads.at(-1)?.id ?? '', t.id);
  }
  return d;
}

function fileOf(files: readonly { readonly path: string; readonly content: string }[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`the bundle has no ${path}`);
  return file.content;
}

/** Builds the seeds once per process. */
export function buildSeeds(): Seeds {
  const json: string[] = [];
  const yaml: string[] = [];
  const links: string[] = [];
  for (const design of [...EXAMPLES.map((e) => e.design), designWithTemplates(), realPodDesign()]) {
    const { files } = generateBundle(design);
    json.push(fileOf(files, 'design.json'));
    yaml.push(fileOf(files, 'all.yaml'));
    links.push(encodeShareLink(design));
  }
  return { json, yaml, links, templates: [ECHO, EVERY_KIND].map(templateFileText) };
}
