/**
 * One pass over a design that builds every container through its template. Validation, the
 * generators and the editor (canvas port labels, the inspector's API surface) all read it, so an
 * edit builds the container it changed once, and nothing else.
 *
 * Documents are immutable, so an object that has not changed gives the same result: a built
 * container is remembered by the container object (with the workload fields and design-level values
 * a build may read), and a built workload by the workload object. An edit of one parameter rebuilds
 * that container only; its workload is re-assembled from the others' remembered results.
 *
 * @example builtContainer(design, 'w1', 'w1c2')?.contribution.ports // what the canvas labels
 */
import { resolveParams } from './catalog';
import { templateFor } from './catalog/lookup';
import type { ConfigFile, Contribution, TemplateDef } from './catalog/types';
import { configLanguageOf } from './contracts/files';
import { Remembered } from './contracts/remembered';
import type { Container, Design, Params, Workload } from './model/design';

export interface BuiltContainer {
  readonly container: Container;
  readonly template: TemplateDef;
  readonly params: Params;
  readonly contribution: Contribution;
  /** Set when the template's build threw: the value that broke it is reported, nothing is generated. */
  readonly buildError?: string;
}

export interface BuiltWorkload {
  readonly workload: Workload;
  readonly containers: readonly BuiltContainer[];
  /** Containers whose template id is unknown (restore() refuses these; kept for robustness). */
  readonly unknown: readonly Container[];
}

export interface Analysis {
  readonly design: Design;
  readonly workloads: readonly BuiltWorkload[];
  readonly unknown: readonly { workload: Workload; container: Container }[];
}

const EMPTY: Contribution = { ports: [] };

/** The design-level values a build may read (`design.workloads` is not one of them). */
interface Context {
  readonly name: string;
  readonly namespace: string;
  readonly links: Design['links'];
  readonly externals: Design['externals'];
  readonly templates: Design['templates'];
}

const sameContext = (a: Context, d: Design) =>
  a.name === d.name &&
  a.namespace === d.namespace &&
  a.links === d.links &&
  a.externals === d.externals &&
  a.templates === d.templates;

/** The last context made: every workload of one design shares it. */
let lastContext: Context | undefined;

function contextOf(d: Design): Context {
  if (lastContext && sameContext(lastContext, d)) return lastContext;
  lastContext = {
    name: d.name,
    namespace: d.namespace,
    links: d.links,
    externals: d.externals,
    templates: d.templates,
  };
  return lastContext;
}

/**
 * The workload fields a container's build may read: everything but its layout and its other
 * containers (pod-level rules and generators read those from the built workload).
 */
const sameWorkloadFields = (a: Workload, b: Workload) =>
  a === b ||
  (a.id === b.id &&
    a.name === b.name &&
    a.kind === b.kind &&
    a.replicas === b.replicas &&
    a.labels === b.labels &&
    a.nativeSidecars === b.nativeSidecars);

const workloads = new Remembered<Workload, { readonly context: Context; readonly built: BuiltWorkload }>(
  'built workload',
);
const containers = new Remembered<
  Container,
  { readonly context: Context; readonly workload: Workload; readonly built: BuiltContainer | undefined }
>('built container');

/** Resolved parameters by the container's parameters object (with the template they were resolved for). */
const resolved = new Remembered<Params, { readonly template: TemplateDef; readonly params: Params }>(
  'resolved parameters',
);

/**
 * The container's parameters with the defaults applied: the same object while the container's own
 * parameters object is the same, so views that follow them (the explorers) see no change when the
 * container is renamed or its image edited.
 */
function paramsOf(template: TemplateDef, container: Container): Params {
  const hit = resolved.get(container.params);
  if (hit?.template === template) return hit.params;
  const params = resolveParams(template, container.params);
  resolved.set(container.params, { template, params });
  return params;
}

/** The template's contribution with the config files the user wrote for the container after its own. */
function withUserFiles(contribution: Contribution, container: Container): Contribution {
  if (!container.files?.length) return contribution;
  const files: ConfigFile[] = container.files.map((f) => ({
    name: f.name,
    content: f.content,
    language: configLanguageOf(f.name),
    mountPath: f.mountPath,
  }));
  return { ...contribution, files: [...(contribution.files ?? []), ...files] };
}

/** Builds one container through its template; undefined when the template id is unknown. */
function buildContainer(design: Design, workload: Workload, container: Container): BuiltContainer | undefined {
  const template = templateFor(design, container.template);
  if (!template) return undefined;
  const params = paramsOf(template, container);
  try {
    const contribution = template.build({ design, workload, container, params });
    return { container, template, params, contribution: withUserFiles(contribution, container) };
  } catch (e) {
    return { container, template, params, contribution: EMPTY, buildError: e instanceof Error ? e.message : String(e) };
  }
}

function rememberedContainer(
  design: Design,
  context: Context,
  workload: Workload,
  container: Container,
): BuiltContainer | undefined {
  const hit = containers.get(container);
  if (hit && sameContext(hit.context, design) && sameWorkloadFields(hit.workload, workload)) return hit.built;
  const built = buildContainer(design, workload, container);
  containers.set(container, { context, workload, built });
  return built;
}

/** The built workload, remembered while the workload object and the design's context stay the same. */
export function builtWorkload(design: Design, workload: Workload): BuiltWorkload {
  const hit = workloads.get(workload);
  if (hit && sameContext(hit.context, design)) return hit.built;
  const context = contextOf(design);
  const built: BuiltContainer[] = [];
  const unknown: Container[] = [];
  for (const container of workload.containers) {
    const b = rememberedContainer(design, context, workload, container);
    if (b) built.push(b);
    else unknown.push(container);
  }
  const result: BuiltWorkload = { workload, containers: built, unknown };
  workloads.set(workload, { context, built: result });
  return result;
}

/**
 * One container as its template builds it in this design (from the same memory as `analyze`, so
 * the canvas and the inspector cost no build of their own); undefined when there is no such
 * container or its template is unknown.
 *
 * @example builtContainer(design, 'w1', 'w1c1')?.buildError // why its config could not be generated
 */
export function builtContainer(design: Design, workloadId: string, containerId: string): BuiltContainer | undefined {
  const workload = design.workloads.find((w) => w.id === workloadId);
  if (!workload) return undefined;
  return builtWorkload(design, workload).containers.find((b) => b.container.id === containerId);
}

export function analyze(design: Design): Analysis {
  const built = design.workloads.map((w) => builtWorkload(design, w));
  const unknown: { workload: Workload; container: Container }[] = [];
  for (const w of built) for (const container of w.unknown) unknown.push({ workload: w.workload, container });
  return { design, workloads: built, unknown };
}
