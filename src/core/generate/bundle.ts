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
import type { Design, KeptObject, Params } from '../model/design';
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
}

/** Objects and their YAML per built workload; a built workload is immutable, so this is safe to keep. */
const outputs = new WeakMap<BuiltWorkload, WorkloadOutput>();

function workloadOutput(design: Design, w: BuiltWorkload): WorkloadOutput {
  const hit = outputs.get(w);
  if (hit) return hit;
  const objects = workloadObjects(design, w);
  const out = { objects, yaml: objects.map((o) => toYaml(o.object)) };
  outputs.set(w, out);
  return out;
}

function designOutput(analysis: Analysis): { objects: OwnedObject[]; yaml: string[] } {
  const parts = analysis.workloads.map((w) => workloadOutput(analysis.design, w));
  return { objects: parts.flatMap((p) => p.objects), yaml: parts.flatMap((p) => p.yaml) };
}

/** Every generated Kubernetes object of the design, in apply order, with its owners. */
export function designObjects(analysis: Analysis): OwnedObject[] {
  return designOutput(analysis).objects;
}

/** YAML of each kept object for the namespace it was written with; kept objects are immutable. */
const keptYaml = new WeakMap<KeptObject, { readonly namespace: string; readonly yaml: string }>();

function keptOutput(design: Design, kept: KeptObject): { object: KubeObject; owners: string[]; yaml: string } {
  const object = keptManifest(design, kept);
  const hit = keptYaml.get(kept);
  if (hit?.namespace === design.namespace) return { object, owners: [], yaml: hit.yaml };
  const yaml = toYaml(object);
  keptYaml.set(kept, { namespace: design.namespace, yaml });
  return { object, owners: [], yaml };
}

/** The generated objects with the kept ones around them, in apply order, and the YAML of each. */
function bundleOutput(analysis: Analysis): { objects: OwnedObject[]; yaml: string[] } {
  const generated = designOutput(analysis);
  const { design } = analysis;
  const kept = (first: boolean) =>
    design.extras.filter((k) => keptGoesFirst(k) === first).map((k) => keptOutput(design, k));
  const before = kept(true);
  const after = kept(false);
  return {
    objects: [...before, ...generated.objects, ...after],
    yaml: [...before.map((k) => k.yaml), ...generated.yaml, ...after.map((k) => k.yaml)],
  };
}

const KUSTOMIZE_HEADER = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };

/** `manifests/KIND-NAME.yaml`, with `-2`, `-3`... if two objects would share a file. */
function manifestPaths(objects: readonly OwnedObject[]): string[] {
  const used = new Set<string>();
  return objects.map(({ object }) => {
    const stem = `manifests/${object.kind.toLowerCase()}-${object.metadata.name}`;
    let path = `${stem}.yaml`;
    for (let n = 2; used.has(path); n++) path = `${stem}-${n}.yaml`;
    used.add(path);
    return path;
  });
}

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

/** The environment names of the design and, for each, the design with every selector set to it. */
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
        if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name)) continue;
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
        w.containers.some((c) => selectors.get(c.id)?.envs.has(name))
          ? {
              ...w,
              containers: w.containers.map((c) => {
                const sel = selectors.get(c.id);
                if (!sel?.envs.has(name)) return c;
                const params: Params = { ...c.params, [sel.param]: name };
                return { ...c, params };
              }),
            }
          : w,
      ),
    },
  }));
}

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
    const { objects, yaml } = bundleOutput(analyze(env.design));
    const paths = manifestPaths(objects).map((p) => p.slice('manifests/'.length));
    const dir = `overlays/${env.name}`;
    names.push(env.name);
    files.push({
      path: `${dir}/kustomization.yaml`,
      content: toYaml({ ...KUSTOMIZE_HEADER, namespace: design.namespace, resources: paths }),
      language: 'yaml',
      owners: [],
    });
    objects.forEach((o, i) => {
      files.push({ path: `${dir}/${paths[i]}`, content: yaml[i] as string, language: 'yaml', owners: o.owners });
    });
  }
  return { files, names };
}

/**
 * Every file of the bundle for a design.
 *
 * @example generateBundle(getExample('sharded-redis')!.design).files.map((f) => f.path)
 */
export function generateBundle(design: Design, analysis: Analysis = analyze(design)): Bundle {
  const { objects, yaml } = bundleOutput(analysis);
  const paths = manifestPaths(objects);
  const manifests: BundleFile[] = objects.map((o, i) => ({
    path: paths[i] as string,
    content: yaml[i] as string,
    language: 'yaml',
    owners: o.owners,
  }));
  const allOwners = analysis.workloads.flatMap((w) => w.containers.map((b) => b.container.id));
  const allYaml = manifests.map((m) => m.content).join('---\n');
  const overlays = overlayFiles(design, analysis);
  const images = imageFiles(analysis);
  const kustomization = toYaml({
    ...KUSTOMIZE_HEADER,
    namespace: design.namespace,
    resources: paths,
  });
  // Images the user must build; a user template's Dockerfile only documents an image that runs as published.
  const documentsOnly = new Set(
    analysis.workloads.flatMap((w) =>
      w.containers.flatMap((b) => (b.contribution.image?.documentsOnly ? [b.contribution.image.name] : [])),
    ),
  );
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
