/** Example designs for tests, and the one edit tests make to them: a template's parameters changed. */
import { type Design, getExample, type Params } from '../../src/core';

/** The design of the named example; throws when there is none. */
export function exampleDesign(name: string): Design {
  const e = getExample(name);
  if (!e) throw new Error(`no example ${name}`);
  return e.design;
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
