/**
 * Real inputs to mutate: every example's design.json and all.yaml (as the bundle writes them), its
 * share link, and its design as a plain object.
 */
import { EXAMPLES, encodeShareLink, generateBundle } from '../../src/core';

export interface Seeds {
  readonly json: readonly string[];
  readonly yaml: readonly string[];
  readonly links: readonly string[];
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
  for (const example of EXAMPLES) {
    const { files } = generateBundle(example.design);
    json.push(fileOf(files, 'design.json'));
    yaml.push(fileOf(files, 'all.yaml'));
    links.push(encodeShareLink(example.design));
  }
  return { json, yaml, links };
}
