/** Test helpers: build one fluentd adapter container in a small design and read its fluent.conf. */

import { sketchDesign } from '../../edit/sketch';
import { type ParsedElement, type ParsedValue, parseFluentConfig } from '../../format/fluentd/testing/parse';
import type { Design, Params } from '../../model/design';
import { resolveParams } from '../params';
import type { Contribution, TemplateDef } from '../types';

export interface Built {
  readonly design: Design;
  readonly contribution: Contribution;
  readonly conf: string;
}

/** A design with one app (`app-redis`) and the adapter under test, built with `params`. */
export function buildAdapter(template: TemplateDef, params: Params, app = 'app-redis'): Built {
  const design = sketchDesign({
    name: 'fluentd-test',
    workloads: [{ name: 'web', containers: [{ template: app }, { template: template.id, params }] }],
  });
  const workload = design.workloads[0];
  const container = workload?.containers[1];
  if (!workload || !container) throw new Error('sketchDesign lost a container');
  const contribution = template.build({ design, workload, container, params: resolveParams(template, params) });
  const conf = contribution.files?.find((f) => f.name === 'fluent.conf')?.content ?? '';
  return { design, contribution, conf };
}

/** The parsed configuration, failing the test if fluentd would run code or read another file. */
export function readConf(text: string): readonly ParsedElement[] {
  const out = parseFluentConfig(text);
  if (out.embeddedCode.length > 0 || out.includes.length > 0)
    throw new Error(`fluentd would run ${JSON.stringify(out.embeddedCode)} or include ${JSON.stringify(out.includes)}`);
  return out.root.elements;
}

/** Every string of a parsed tree (arguments and values) with `from` replaced by `to`. */
export function replaceValue(elements: readonly ParsedElement[], from: string, to: string): ParsedElement[] {
  return elements.map((e) => ({
    name: e.name,
    arg: e.arg === from ? to : e.arg,
    params: e.params.map(([k, v]): readonly [string, ParsedValue] => [
      k,
      v.kind === 'string' && v.value === from ? { kind: 'string', value: to } : v,
    ]),
    elements: replaceValue(e.elements, from, to),
  }));
}
