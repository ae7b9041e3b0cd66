/**
 * The bundle: every file Podsmith exports, as a pure function of the design. The preview shows these
 * files; the CLI and the export dialog write them. The same design always gives the same bytes.
 *
 * Layout: `configs/` raw config files, `manifests/` one object per file, `all.yaml`,
 * `kustomization.yaml` (+ `overlays/ENV/`, one complete kustomization per environment where a
 * template has per-environment values),
 * `images/NAME/` for images to build, `README.md`, `design.json`.
 *
 * The design's kept objects (`extras`) go with the generated ones into `manifests/`, `all.yaml`
 * and every kustomization: Namespaces and CustomResourceDefinitions first, the rest last.
 */
import { type Analysis, analyze, type BuiltWorkload } from '../analyze';
import type { BundleFile, FileLanguage } from '../contracts/files';
import type { KubeObject } from '../contracts/objects';
import { Remembered } from '../contracts/remembered';
import { designJson } from '../io/design-json';
import type { Design, KeptObject, Params, Workload } from '../model/design';
import { renderDockerfile } from './docker/dockerfile';
import { keptGoesFirst, keptManifest } from './kept';
import { type OwnedObject, workloadObjects } from './kubernetes/workload';
import { Pieces, toYaml, toYamlLines } from './kubernetes/yaml';
import { renderReadme } from './readme';

export type { BundleFile, FileLanguage };

export interface Bundle {
  readonly files: readonly BundleFile[];
}

/**
 * What the bundle writes of one built workload (or one kept object): each object's YAML, owners,
 * file name and identity. The object trees themselves are not kept: once written, they would only
 * make every later garbage collection copy them.
 */
interface Output {
  readonly yaml: readonly string[];
  readonly owners: readonly (readonly string[])[];
  /** `kind-name` of each object: its manifest file's name before `.yaml` (and any `-2` for a clash). */
  readonly stems: readonly string[];
  /** `kind-name.yaml`: each object's file name in any directory, unless two objects would share it. */
  readonly names: readonly string[];
  /** `group/Kind/name` of each object: one object to kubectl and kustomize. */
  readonly identities: readonly string[];
  /** The files of the objects under a directory (`manifests/`, `overlays/ENV/`), made once each. */
  readonly files: Map<string, readonly BundleFile[]>;
  /** The YAML documents joined as all.yaml holds them; each of `yaml` is a slice of it. */
  readonly chunk: string;
}

/** `group/Kind/name`: objects of one group, kind and name are one object to kubectl and kustomize. */
export function objectIdentity(apiVersion: string, kind: string, name: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return `${slash < 0 ? '' : apiVersion.slice(0, slash)}/${kind}/${name}`;
}

/**
 * The objects' YAML documents joined with `---` between them, emitted onto one list and joined
 * once, and each document as a slice of that one text: a part keeps its YAML once (all.yaml's
 * piece and the manifests' contents share it), and no document is joined on its own first. The
 * emitter writes each line's newline before it, so a document's last newline is the first
 * character of the `\n---` after it (or of the last piece).
 */
function documentsOf(objects: readonly OwnedObject[]): { chunk: string; yaml: string[] } {
  const pieces = PIECES;
  pieces.length = 0;
  const ends: number[] = [];
  let at = 0;
  for (const o of objects) {
    if (pieces.length) {
      pieces.add('\n---');
      at += 4;
    }
    const from = pieces.length;
    toYamlLines(o.object, pieces);
    if (from === 0) pieces.set(0, pieces.at(0).slice(1));
    for (let i = from; i < pieces.length; i++) at += pieces.at(i).length;
    ends.push(at);
  }
  if (pieces.length) pieces.add('\n');
  const chunk = pieces.take();
  const yaml: string[] = [];
  let start = 0;
  for (const end of ends) {
    yaml.push(chunk.slice(start, end + 1));
    // The next document starts after `\n---` and its own first newline.
    start = end + 5;
  }
  return { chunk, yaml };
}

/** The list every part's documents are emitted onto, one part at a time. */
const PIECES = new Pieces();

function outputOf(objects: readonly OwnedObject[]): Output {
  const { chunk, yaml } = documentsOf(objects);
  const stems = objects.map(({ object: o }) => `${o.kind.toLowerCase()}-${o.metadata.name}`);
  return {
    chunk,
    yaml,
    owners: objects.map((o) => o.owners),
    stems,
    names: stems.map((stem) => `${stem}.yaml`),
    identities: objects.map(({ object: o }) => objectIdentity(o.apiVersion, o.kind, o.metadata.name)),
    files: new Map(),
  };
}

/** The output of each built workload, written once per built workload (which is immutable). */
const outputs = new Remembered<BuiltWorkload, Output>('workload output');

function workloadOutput(design: Design, w: BuiltWorkload): Output {
  return outputs.get(w) ?? outputs.set(w, outputOf(workloadObjects(design, w)));
}

/**
 * The identities (`group/Kind/name`) of the objects the bundle generates for one built workload,
 * from the same memory as the bundle: validation compares kept objects against them.
 */
export function generatedIdentities(design: Design, w: BuiltWorkload): readonly string[] {
  return workloadOutput(design, w).identities;
}

/** Every generated Kubernetes object of the design, in apply order, with its owners. */
export function designObjects(analysis: Analysis): OwnedObject[] {
  const out: OwnedObject[] = [];
  for (const w of analysis.workloads) for (const o of workloadObjects(analysis.design, w)) out.push(o);
  return out;
}

/** Each kept object's output for the namespace it was written with; kept objects are immutable. */
const keptOutputs = new Remembered<KeptObject, { readonly namespace: string; readonly output: Output }>('kept output');

function keptOutput(design: Design, kept: KeptObject): Output {
  const hit = keptOutputs.get(kept);
  if (hit?.namespace === design.namespace) return hit.output;
  const output = outputOf([{ object: keptManifest(design, kept), owners: [] }]);
  keptOutputs.set(kept, { namespace: design.namespace, output });
  return output;
}

/** The files of a bundle (or an overlay) in apply order, and their names as its kustomization lists them. */
interface Listing {
  readonly parts: readonly Output[];
  readonly files: BundleFile[];
  /** The paths without the directory. */
  readonly names: string[];
  /** The files named apart from their part's name for a clash (`-2`, `-3`...): their index in `files` and name. */
  readonly renamed: readonly (readonly [number, string])[];
}

function filesUnder(part: Output, dir: string): readonly BundleFile[] {
  let files = part.files.get(dir);
  if (!files) {
    files = part.yaml.map((content, i) => ({
      path: `${dir}${part.names[i]}`,
      content,
      language: 'yaml' as const,
      owners: part.owners[i] as readonly string[],
    }));
    part.files.set(dir, files);
  }
  return files;
}

/** True when the parts name their files as `base`'s do, part by part (the same parts, or others of the same names). */
function sameNames(parts: readonly Output[], base: readonly Output[]): boolean {
  if (parts.length !== base.length) return false;
  for (let i = 0; i < parts.length; i++) {
    const a = parts[i] as Output;
    const b = base[i] as Output;
    if (a === b) continue;
    if (a.stems.length !== b.stems.length) return false;
    for (let j = 0; j < a.stems.length; j++) if (a.stems[j] !== b.stems[j]) return false;
  }
  return true;
}

/**
 * The generated objects with the kept ones around them, in apply order, as files under `dir`:
 * `KIND-NAME.yaml`, with `-2`, `-3`... if two objects would share a file. Every part is
 * remembered, so after an edit this only joins the lists. An overlay whose parts name their
 * objects as the `base` listing's do (an environment changes what a workload holds, not what its
 * objects are called) takes the base's names and its clash check's outcome.
 */
function listing(analysis: Analysis, dir: string, base?: Listing): Listing {
  const { design } = analysis;
  const parts: Output[] = [];
  for (const k of design.extras) if (keptGoesFirst(k)) parts.push(keptOutput(design, k));
  for (const w of analysis.workloads) parts.push(workloadOutput(design, w));
  for (const k of design.extras) if (!keptGoesFirst(k)) parts.push(keptOutput(design, k));
  if (base && sameNames(parts, base.parts)) {
    const files: BundleFile[] = [];
    for (const part of parts) for (const file of filesUnder(part, dir)) files.push(file);
    for (const [i, name] of base.renamed) files[i] = { ...(files[i] as BundleFile), path: `${dir}${name}` };
    return { parts, files, names: base.names, renamed: base.renamed };
  }
  const renamed: [number, string][] = [];
  const out: Listing = { parts, files: [], names: [], renamed };
  // File names without the directory: the same strings for every directory, made once per part.
  const used = new Set<string>();
  for (const part of parts) {
    const files = filesUnder(part, dir);
    for (let i = 0; i < files.length; i++) {
      let file = files[i] as BundleFile;
      let name = part.names[i] as string;
      if (used.has(name)) {
        let n = 2;
        while (used.has(`${part.stems[i]}-${n}.yaml`)) n++;
        name = `${part.stems[i]}-${n}.yaml`;
        file = { ...file, path: `${dir}${name}` };
        renamed.push([out.files.length, name]);
      }
      used.add(name);
      out.files.push(file);
      out.names.push(name);
    }
  }
  return out;
}

/**
 * all.yaml: every document of the listing, `---` between them, put together from each part's
 * remembered text without copying it (a string of pieces, copied once by whoever reads it).
 */
function allYamlOf(l: Listing): string {
  let text = '';
  for (const part of l.parts) {
    if (!part.yaml.length) continue;
    text = text === '' ? part.chunk : `${text}---\n${part.chunk}`;
  }
  return text;
}

const KUSTOMIZE_HEADER = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };

function configFiles(analysis: Analysis): BundleFile[] {
  // A file's name alone when no other container has a file of that name, else under its container's directory.
  const count = new Map<string, number>();
  for (const w of analysis.workloads)
    for (const b of w.containers)
      for (const f of b.contribution.files ?? []) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  const out: BundleFile[] = [];
  for (const w of analysis.workloads)
    for (const b of w.containers)
      for (const f of b.contribution.files ?? [])
        out.push({
          path:
            count.get(f.name) === 1 ? `configs/${f.name}` : `configs/${w.workload.name}-${b.container.name}/${f.name}`,
          content: f.content,
          language: f.language,
          owners: [b.container.id],
        });
  return out;
}

function imageFiles(analysis: Analysis): BundleFile[] {
  const out: BundleFile[] = [];
  const seen = new Set<string>();
  for (const w of analysis.workloads)
    for (const b of w.containers) {
      const r = b.contribution.image;
      if (!r || seen.has(r.name)) continue;
      seen.add(r.name);
      out.push({
        path: `images/${r.name}/Dockerfile`,
        content: renderDockerfile(r),
        language: 'dockerfile',
        owners: [b.container.id],
      });
      for (const f of r.files)
        out.push({
          path: `images/${r.name}/${f.path}`,
          content: f.content,
          language: 'text',
          owners: [b.container.id],
        });
    }
  return out;
}

/** A workload with every selector of its containers set to one environment, by source workload and name. */
const variants = new Remembered<Workload, Map<string, Workload>>('environment variants');

/** A container's environment selector: its parameter, the environments it has, and the one it selects now. */
interface Selector {
  readonly param: string;
  readonly envs: ReadonlySet<string>;
  readonly current: unknown;
}

/** True when selecting `name` changes the container: it has that environment and selects another one now. */
function changes(sel: Selector | undefined, name: string): boolean {
  if (!sel) return false;
  return sel.envs.has(name) && sel.current !== name;
}

function variantOf(w: Workload, name: string, selectors: ReadonlyMap<string, Selector>): Workload {
  let known = variants.get(w);
  const hit = known?.get(name);
  if (hit) return hit;
  const variant: Workload = {
    ...w,
    containers: w.containers.map((c) => {
      const sel = selectors.get(c.id);
      if (!sel || !changes(sel, name)) return c;
      const params: Params = { ...c.params, [sel.param]: name };
      return { ...c, params };
    }),
  };
  if (!known) {
    known = new Map();
    variants.set(w, known);
  }
  known.set(name, variant);
  return variant;
}

/**
 * The environment names of the design and, for each, the design with every selector set to it.
 * A container that selects the environment already stays as it is (its resolved parameters would
 * be the same), and so does a workload with no container to change: its objects are the base's (and
 * an environment that changes no workload is the design itself, already analysed).
 * The changed workloads are remembered by the workload they come from, so an edit elsewhere builds
 * and emits none of them again.
 */
function environments(design: Design, analysis: Analysis): { name: string; design: Design }[] {
  const selectors = new Map<string, Selector>();
  const names: string[] = [];
  for (const w of analysis.workloads)
    for (const b of w.containers) {
      const env = b.template.environments;
      const rows = env ? b.params[env.table] : undefined;
      if (!env || !Array.isArray(rows)) continue;
      const envs = new Set<string>();
      for (const row of rows as readonly Record<string, unknown>[]) {
        const name = String(row[env.column] ?? '');
        if (!DNS_LABEL.test(name)) continue;
        envs.add(name);
        if (!names.includes(name)) names.push(name);
      }
      selectors.set(b.container.id, { param: env.param, envs, current: b.params[env.param] });
    }
  return names.map((name) => {
    let changed = false;
    const workloads = design.workloads.map((w) => {
      if (!w.containers.some((c) => changes(selectors.get(c.id), name))) return w;
      changed = true;
      return variantOf(w, name, selectors);
    });
    // An environment every selector selects already is the design as it is.
    return { name, design: changed ? { ...design, workloads } : design };
  });
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * One self-contained kustomization per environment under `overlays/ENV/`, holding every object of
 * the design with that environment selected. Kustomize refuses an overlay that reaches a base above
 * its own directory (a load-restriction error) or a base whose root contains the overlay (a cycle),
 * so each environment carries its objects itself.
 */
function overlayFiles(design: Design, analysis: Analysis, base: Listing): { files: BundleFile[]; names: string[] } {
  const files: BundleFile[] = [];
  const names: string[] = [];
  // Overlays that list the base's names (most do) share one kustomization text.
  let shared: { names: readonly string[]; text: string } | undefined;
  for (const env of environments(design, analysis)) {
    const dir = `overlays/${env.name}/`;
    const l = listing(env.design === design ? analysis : analyze(env.design), dir, base);
    names.push(env.name);
    if (shared?.names !== l.names)
      shared = {
        names: l.names,
        text: toYaml({ ...KUSTOMIZE_HEADER, namespace: design.namespace, resources: l.names }),
      };
    files.push({ path: `${dir}kustomization.yaml`, content: shared.text, language: 'yaml', owners: [] });
    for (const f of l.files) files.push(f);
  }
  return { files, names };
}

/**
 * Every file of the bundle for a design.
 *
 * @example generateBundle(getExample('sharded-redis')!.design).files.map((f) => f.path)
 */
export function generateBundle(design: Design, analysis: Analysis = analyze(design)): Bundle {
  const base = listing(analysis, 'manifests/');
  const manifests = base.files;
  const allOwners: string[] = [];
  for (const w of analysis.workloads) for (const b of w.containers) allOwners.push(b.container.id);
  const allYaml = allYamlOf(base);
  const overlays = overlayFiles(design, analysis, base);
  const images = imageFiles(analysis);
  const kustomization = toYaml({
    ...KUSTOMIZE_HEADER,
    namespace: design.namespace,
    resources: manifests.map((f) => f.path),
  });
  // Images the user must build; a user template's Dockerfile only documents an image that runs as published.
  const documentsOnly = new Set<string>();
  for (const w of analysis.workloads)
    for (const b of w.containers) if (b.contribution.image?.documentsOnly) documentsOnly.add(b.contribution.image.name);
  const imageNames = [...new Set(images.map((f) => f.path.split('/')[1] as string))].filter(
    (n) => !documentsOnly.has(n),
  );
  return {
    files: [
      ...configFiles(analysis),
      ...manifests,
      { path: 'all.yaml', content: allYaml, language: 'yaml', owners: allOwners },
      { path: 'kustomization.yaml', content: kustomization, language: 'yaml', owners: [] },
      ...overlays.files,
      ...images,
      {
        path: 'README.md',
        content: renderReadme({ analysis, overlays: overlays.names, images: imageNames }),
        language: 'markdown',
        owners: [],
      },
      { path: 'design.json', content: designJson(design), language: 'json', owners: [] },
    ],
  };
}

/** How the objects are laid out: `manifests/` with one object per file, or `all.yaml` only. */
export type BundleLayout = 'per-object' | 'single';

/**
 * The bundle's files in a layout. `single` drops `manifests/` and points `kustomization.yaml` at
 * `all.yaml`, which holds the same objects in the same order.
 */
export function withLayout(files: readonly BundleFile[], design: Design, layout: BundleLayout): BundleFile[] {
  if (layout === 'per-object') return [...files];
  return files
    .filter((f) => !f.path.startsWith('manifests/'))
    .map((f) =>
      f.path === 'kustomization.yaml'
        ? { ...f, content: toYaml({ ...KUSTOMIZE_HEADER, namespace: design.namespace, resources: ['all.yaml'] }) }
        : f,
    );
}

export type { KubeObject };
