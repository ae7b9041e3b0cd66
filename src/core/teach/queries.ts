/**
 * Questions lesson checks ask of a design: which containers use a template, where they are, their
 * parameters with defaults applied, and their error-level diagnostics.
 */
import { getTemplate, resolveParams } from '../catalog';
import { appTemplateOf } from '../catalog/templates/app-presets';
import type { Diagnostic } from '../contracts/diagnostic';
import type { Container, Design, Params, Workload } from '../model/design';
import { validate } from '../validate';
import type { CheckResult, StepStatus } from './types';

/** A container together with the workload (pod) it runs in. */
export interface Placed {
  readonly workload: Workload;
  readonly container: Container;
}

/** Every container made from `template`, in document order. */
export function placedOf(design: Design, template: string): readonly Placed[] {
  return design.workloads.flatMap((workload) =>
    workload.containers.filter((c) => c.template === template).map((container) => ({ workload, container })),
  );
}

/** Whether the workload has a container made from `template`. */
export function podHas(workload: Workload, template: string): boolean {
  return workload.containers.some((c) => c.template === template);
}

/** The first workload that has a container made from `template`. */
export function podWith(design: Design, template: string): Workload | undefined {
  return design.workloads.find((w) => podHas(w, template));
}

/** The first container made from `template` in a pod that also runs `beside`. */
export function placedBeside(design: Design, template: string, beside: string): Placed | undefined {
  return placedOf(design, template).find((p) => podHas(p.workload, beside));
}

/** A container's parameters with the template's defaults filled in. */
export function paramsOf(container: Container): Params {
  const template = getTemplate(container.template);
  return template ? resolveParams(template, container.params) : container.params;
}

const diagnostics = new WeakMap<Design, readonly Diagnostic[]>();

/** `validate(design)`, computed once per document. */
export function diagnosticsOf(design: Design): readonly Diagnostic[] {
  let hit = diagnostics.get(design);
  if (!hit) {
    hit = validate(design);
    diagnostics.set(design, hit);
  }
  return hit;
}

/** Error-level diagnostics that point at a container (at any of its fields, or at `field` only). */
export function containerErrors(design: Design, containerId: string, field?: string): readonly Diagnostic[] {
  return diagnosticsOf(design).filter(
    (d) =>
      d.severity === 'error' &&
      d.target.kind === 'container' &&
      d.target.containerId === containerId &&
      (field === undefined || d.target.field === field || (d.target.field ?? '').startsWith(`${field}[`)),
  );
}

/** A failing check with its reason. */
export function fail(why: string): StepStatus {
  return { ok: false, why };
}

/** A passing check. */
export const PASS: StepStatus = { ok: true };

/** The first error of a container as a failing check, or PASS when it has none. */
export function noErrors(design: Design, placed: Placed, field?: string): StepStatus {
  const first = containerErrors(design, placed.container.id, field)[0];
  return first ? fail(`${placed.container.name}: ${first.message}`) : PASS;
}

/** A check result in one shape. */
export function statusOf(result: CheckResult): StepStatus {
  return typeof result === 'boolean' ? { ok: result } : result;
}

/** The ports a workload's app containers listen on (`localhostOnly` true for 127.0.0.1-only ones). */
export function appPorts(workload: Workload): readonly { readonly port: number; readonly localhostOnly: boolean }[] {
  return workload.containers
    .filter((c) => c.role === 'app')
    .flatMap((c) => {
      const template = appTemplateOf(c.template);
      return template
        ? resolveParams(template, c.params).ports.map(({ port, localhostOnly }) => ({ port, localhostOnly }))
        : [];
    });
}
