/**
 * Line explanations for the preview: hovering a line of a generated config file says what that
 * directive does. Each template brings the explanations of the files it writes (its `explain`),
 * loaded on first use.
 */
import { TEMPLATES } from '../../catalog';
import type { FileExplainers, LineExplainer, TemplateDef } from '../../catalog/types';

export type { FileExplainers, LineExplainer };

let loaded: Promise<ReadonlyMap<string, LineExplainer>> | undefined;

function loadAll(): Promise<ReadonlyMap<string, LineExplainer>> {
  const explaining = TEMPLATES.filter((t): t is TemplateDef & { explain: () => Promise<FileExplainers> } =>
    Boolean(t.explain),
  );
  return Promise.all(explaining.map((t) => t.explain())).then(
    (all) => new Map(all.flatMap((explainers) => Object.entries(explainers))),
  );
}

/**
 * What explains the lines of a generated file, by its name (`nginx.conf`, `nutcracker.yaml`), or
 * undefined when no template explains such a file.
 *
 * @example (await explainerFor('nginx.conf'))?.('        ip_hash;') // 'Sticky by client address: ...'
 */
export async function explainerFor(fileName: string): Promise<LineExplainer | undefined> {
  loaded ??= loadAll();
  return (await loaded).get(fileName);
}

/** One item the editor's completion offers in a config file: a directive and what it does. */
export interface DirectiveCompletion {
  readonly name: string;
  /** A line that uses it, indented as in a file. */
  readonly sample: string;
  /** The explanation of that line, as the hover gives it. */
  readonly documentation: string;
}

/**
 * The directives (keys, parameters) Podsmith knows in a file of this name, each documented by the
 * explanation of a line that uses it; undefined when no template explains such a file.
 *
 * @example (await completionsFor('nutcracker.yaml'))?.find((c) => c.name === 'hash')?.documentation
 * // 'The function that hashes each key. murmur spreads keys evenly.'
 */
export async function completionsFor(fileName: string): Promise<readonly DirectiveCompletion[] | undefined> {
  const explain = await explainerFor(fileName);
  if (explain === undefined) return undefined;
  return (explain.directives ?? []).map(({ name, sample }) => ({
    name,
    sample,
    documentation: explain(sample) ?? '',
  }));
}
