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
import { designJson } from '../io/design-json';
import type { Design, KeptObject, Params, Workload } from '../model/design';
import { renderDockerfile } from './docker/dockerfile';
import { keptGoesFirst, keptManifest } from './kept';
import { type OwnedObject, workloadObjects } from './kubernetes/workload';
import { toYaml } from './kubernetes/yaml';
import { renderReadme } from './readme';

export type { BundleFile, FileLanguage };

export interface Bundle {
  readonly files: readonly BundleFile[];
}

interface WorkloadOutput {
  readonly objects: readonly OwnedObject[];
  readonly yaml: readonly string[];
  /** `kind-name` of each object: its manifest file's name before `.yaml` (and any `-2` for a clash). */
  readonly stems: readonly string[];
  /** The file paths of the objects under a directory (`manifests/`, `overlays/ENV/`), made once each. */
  readonly paths: Map<string, readonly string[]>;
  /** The YAML documents joined as all.yaml holds them, made when first asked for. */
  chunk?: string;
}

/** Objects per built workload (validation reads them for kept-object clashes; no YAML needed there). */
const objectsMemo = new WeakMap<BuiltWorkload, readonly OwnedObject[]>();

/** Every generated object of one built workload, in apply order; a built workload is immutable. */
export function builtObjects(design: Design, w: BuiltWorkload): readonly OwnedObject[] {
  let objects = objectsMemo.get(w);
  if (!objects) {
    objects = workloadObjects(design, w);
    objectsMemo.set(w, objects);
  }
  return objects;
}

const stemOf = (o: KubeObject): string => `${o.kind.toLowerCase()}-${o.metadata.name}`;

/** Objects, their YAML and file names per built workload, emitted once per built workload. */
const outputs = new WeakMap<BuiltWorkload, WorkloadOutput>();

function workloadOutput(design: Design, w: BuiltWorkload): WorkloadOutput {
  const hit = outputs.get(w);
  if (hit) return hit;
  const objects = builtObjects(design, w);
  const out: WorkloadOutput = {
    objects,
    yaml: objects.map((o) => toYaml(o.object)),
    stems: objects.map((o) => stemOf(o.object)),
    paths: new Map(),
  };
  outputs.set(w, out);
  return out;
}

function pathsUnder(out: WorkloadOutput, dir: string): readonly string[] {
  let paths = out.paths.get(dir);
  if (!paths) {
    paths = out.stems.map((stem) => `${dir}${stem}.yaml`);
    out.paths.set(dir, paths);
  }
  return paths;
}

/** Every generated Kubernetes object of the design, in apply order, with its owners. */
export function designObjects(analysis: Analysis): OwnedObject[] {
  const out: OwnedObject[] = [];
  for (const w of analysis.workloads) for (const o of builtObjects(analysis.design, w)) out.push(o);
  return out;
}

interface KeptOutput extends WorkloadOutput {
  readonly namespace: string;
}

/** Each kept object as the bundle writes it for the namespace it was written with; kept objects are immutable. */
const keptOutputs = new WeakMap<KeptObject, KeptOutput>();

function keptOutput(design: Design, kept: KeptObject): KeptOutput {
  const hit = keptOutputs.get(kept);
  if (hit?.namespace === design.namespace) return hit;
  const object = keptManifest(design, kept);
  const out: KeptOutput = {
    namespace: design.namespace,
    objects: [{ object, owners: [] }],
    yaml: [toYaml(object)],
    stems: [stemOf(object)],
    paths: new Map(),
  };
  keptOutputs.set(kept, out);
  return out;
}

/** The objects of a bundle (or an overlay) in apply order, with the YAML and the file path of each. */
interface Listing {
  readonly parts: readonly WorkloadOutput[];
  readonly objects: OwnedObject[];
  readonly yaml: string[];
  readonly paths: string[];
  /** The paths without the directory, as the directory's kustomization.yaml lists them. */
  readonly names: string[];
}

/**
 * The generated objects with the kept ones around them, in apply order, with file paths under
 * `dir`: `KIND-NAME.yaml`, with `-2`, `-3`... if two objects would share a file. Every part is
 * remembered, so after an edit this only joins the lists.
 */
function listing(analysis: Analysis, dir: string): Listing {
  const { design } = analysis;
  const parts: WorkloadOutput[] = [];
  for (const k of design.extras) if (keptGoesFirst(k)) parts.push(keptOutput(design, k));
  for (const w of analysis.workloads) parts.push(workloadOutput(design, w));
  for (const k of design.extras) if (!keptGoesFirst(k)) parts.push(keptOutput(design, k));
  const out: Listing = { parts, objects: [], yaml: [], paths: [], names: [] };
  const used = new Set<string>();
  for (const part of parts) {
    const paths = pathsUnder(part, dir);
    const names = pathsUnder(part, '');
    for (let i = 0; i < part.objects.length; i++) {
      let path = paths[i] as string;
      let name = names[i] as string;
      if (used.has(path)) {
        let n = 2;
        while (used.has(`${dir}${part.stems[i]}-${n}.yaml`)) n++;
        name = `${part.stems[i]}-${n}.yaml`;
        path = `${dir}${name}`;
      }
      used.add(path);
      out.objects.push(part.objects[i] as OwnedObject);
      out.yaml.push(part.yaml[i] as string);
      out.paths.push(path);
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
    part.chunk ??= part.yaml.join('---\n');
    text = text === '' ? part.chunk : `${text}---\n${part.chunk}`;
  }
  return text;
}

/** Manifest files by object: the same file object while its path stays, so an edit allocates none. */
const manifestFiles = new WeakMap<OwnedObject, BundleFile[]>();

function manifestFile(o: OwnedObject, path: string, content: string): BundleFile {
  const known = manifestFiles.get(o);
  if (known) for (const f of known) if (f.path === path) return f;
  const file: BundleFile = { path, content, language: 'yaml', owners: o.owners };
  if (!known) manifestFiles.set(o, [file]);
  else if (known.length < 8) known.push(file);
  else known.splice(0, known.length, file);
  return file;
}

function manifestFilesOf(l: Listing): BundleFile[] {
  const out: BundleFile[] = [];
  for (let i = 0; i < l.objects.length; i++)
    out.push(manifestFile(l.objects[i] as OwnedObject, l.paths[i] as string, l.yaml[i] as string));
  return out;
}

const KUSTOMIZE_HEADER = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };

function configFiles(analysis: Analysis): BundleFile[] {
  const all = analysis.workloads.flatMap((w) =>
    w.containers.flatMap((b) => (b.contribution.files ?? []).map((f) => ({ w: w.workload, b, f }))),
  );
  const count = new Map<string, number>();
  for (const { f } of all) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  return all.map(({ w, b, f }) => ({
    path: count.get(f.name) === 1 ? `configs/${f.name}` : `configs/${w.name}-${b.container.name}/${f.name}`,
    content: f.content,
    language: f.language,
    owners: [b.container.id],
  }));
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
const variants = new WeakMap<Workload, Map<string, Workload>>();

function variantOf(
  w: Workload,
  name: string,
  selectors: ReadonlyMap<string, { param: string; envs: ReadonlySet<string> }>,
): Workload {
  let known = variants.get(w);
  const hit = known?.get(name);
  if (hit) return hit;
  const variant: Workload = {
    ...w,
    containers: w.containers.map((c) => {
      const sel = selectors.get(c.id);
      if (!sel?.envs.has(name)) return c;
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
 * The changed workloads are remembered by the workload they come from, so an edit elsewhere builds
 * and emits none of them again.
 */
function environments(design: Design, analysis: Analysis): { name: string; design: Design }[] {
  const selectors = new Map<string, { param: string; envs: ReadonlySet<string> }>();
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
      selectors.set(b.container.id, { param: env.param, envs });
    }
  return names.map((name) => ({
    name,
    design: {
      ...design,
      workloads: design.workloads.map((w) =>
        w.containers.some((c) => selectors.get(c.id)?.envs.has(name)) ? variantOf(w, name, selectors) : w,
      ),
    },
  }));
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * One self-contained kustomization per environment under `overlays/ENV/`, holding every object of
 * the design with that environment selected. Kustomize refuses an overlay that reaches a base above
 * its own directory (a load-restriction error) or a base whose root contains the overlay (a cycle),
 * so each environment carries its objects itself.
 */
function overlayFiles(design: Design, analysis: Analysis): { files: BundleFile[]; names: string[] } {
  const files: BundleFile[] = [];
  const names: string[] = [];
  for (const env of environments(design, analysis)) {
    const dir = `overlays/${env.name}/`;
    const l = listing(analyze(env.design), dir);
    names.push(env.name);
    files.push({
      path: `${dir}kustomization.yaml`,
      content: toYaml({
        ...KUSTOMIZE_HEADER,
        namespace: design.namespace,
        resources: l.names,
      }),
      language: 'yaml',
      owners: [],
    });
    for (const f of manifestFilesOf(l)) files.push(f);
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
  const manifests = manifestFilesOf(base);
  const allOwners: string[] = [];
  for (const w of analysis.workloads) for (const b of w.containers) allOwners.push(b.container.id);
  const allYaml = allYamlOf(base);
  const overlays = overlayFiles(design, analysis);
  const images = imageFiles(analysis);
  const kustomization = toYaml({
    ...KUSTOMIZE_HEADER,
    namespace: design.namespace,
    resources: base.paths,
  });
  const imageNames = [...new Set(images.map((f) => f.path.split('/')[1] as string))];
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
