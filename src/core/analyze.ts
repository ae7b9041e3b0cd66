/**
 * One pass over a design that builds every container through its template. Validation and the
 * generators both read it, so a preview refresh builds each container once.
 */
import { getTemplate, resolveParams } from './catalog';
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
}

export interface Analysis {
  readonly design: Design;
  readonly workloads: readonly BuiltWorkload[];
  /** Containers whose template id is unknown (restore() refuses these; kept for robustness). */
  readonly unknown: readonly { workload: Workload; container: Container }[];
}

const EMPTY: Contribution = { ports: [] };

export function analyze(design: Design): Analysis {
  const unknown: { workload: Workload; container: Container }[] = [];
  const workloads = design.workloads.map((workload) => ({
    workload,
    containers: workload.containers.flatMap((container): BuiltContainer[] => {
      const template = getTemplate(container.template);
      if (!template) {
        unknown.push({ workload, container });
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
    }),
  }));
  return { design, workloads, unknown };
}
