/**
 * One pass over a design that builds every container through its template. Validation and the
 * generators both read it, so a preview refresh builds each container once.
 *
 * Documents are immutable, so a workload object that has not changed gives the same result: built
 * workloads are remembered by identity (with the design-level values a build may read), and an edit
 * rebuilds only the workload it touched.
 */
import { resolveParams } from './catalog';
import { templateFor } from './catalog/lookup';
import type { Contribution, TemplateDef } from './catalog/types';
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

interface Context {
  readonly name: string;
  readonly namespace: string;
  readonly links: Design['links'];
  readonly externals: Design['externals'];
  readonly templates: Design['templates'];
}

const memo = new WeakMap<Workload, { context: Context; built: BuiltWorkload }>();

const sameContext = (a: Context, d: Design) =>
  a.name === d.name &&
  a.namespace === d.namespace &&
  a.links === d.links &&
  a.externals === d.externals &&
  a.templates === d.templates;

function buildWorkload(design: Design, workload: Workload): BuiltWorkload {
  const unknown: Container[] = [];
  const containers = workload.containers.flatMap((container): BuiltContainer[] => {
    const template = templateFor(design, container.template);
    if (!template) {
      unknown.push(container);
      return [];
    }
    const params = resolveParams(template, container.params);
    try {
      return [{ container, template, params, contribution: template.build({ design, workload, container, params }) }];
    } catch (e) {
      return [
        { container, template, params, contribution: EMPTY, buildError: e instanceof Error ? e.message : String(e) },
      ];
    }
  });
  return { workload, containers, unknown };
}

/** The built workload, remembered while the workload object and the design's context stay the same. */
export function builtWorkload(design: Design, workload: Workload): BuiltWorkload {
  const hit = memo.get(workload);
  if (hit && sameContext(hit.context, design)) return hit.built;
  const built = buildWorkload(design, workload);
  memo.set(workload, {
    context: {
      name: design.name,
      namespace: design.namespace,
      links: design.links,
      externals: design.externals,
      templates: design.templates,
    },
    built,
  });
  return built;
}

export function analyze(design: Design): Analysis {
  const workloads = design.workloads.map((w) => builtWorkload(design, w));
  return {
    design,
    workloads,
    unknown: workloads.flatMap((w) => w.unknown.map((container) => ({ workload: w.workload, container }))),
  };
}
