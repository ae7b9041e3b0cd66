/** Example designs for tests, and the one edit tests make to them: a template's parameters changed. */
import { type Design, EXAMPLES, type ExampleDef, getExample, type Params } from '../../src/core';

/** The named example; throws when there is none. */
export function exampleDef(name: string): ExampleDef {
  const e = getExample(name);
  if (!e) throw new Error(`no example ${name}`);
  return e;
}

/** The design of the named example; throws when there is none. */
export function exampleDesign(name: string): Design {
  return exampleDef(name).design;
}

/** The design with the parameters of every container made from `template` overlaid with `params`. */
export function withParams(design: Design, template: string, params: Params): Design {
  return {
    ...design,
    workloads: design.workloads.map((w) => ({
      ...w,
      containers: w.containers.map((c) => (c.template === template ? { ...c, params: { ...c.params, ...params } } : c)),
    })),
  };
}

/** The examples with a container made from this template. */
export function examplesUsing(template: string): readonly ExampleDef[] {
  return EXAMPLES.filter((e) => e.design.workloads.some((w) => w.containers.some((c) => c.template === template)));
}
