/**
 * What every template of the catalog must do, checked for each one in TEMPLATES: a new template is
 * covered the moment it is listed, without a line of test of its own.
 *
 * - its defaults satisfy their own specs, and give a design without an error;
 * - build, check, connectsTo and readsFrom never throw, for any value restore() lets through
 *   (generated from the spec, in and out of bounds);
 * - it appears in an example design, so the golden files cover its output;
 * - importing an example's all.yaml gives back each of its containers with the same template and
 *   the same parameters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { examplesUsing } from '../../../test/support/design';
import type { Diagnostic } from '../contracts/diagnostic';
import { sketchDesign } from '../edit/sketch';
import type { ExampleDef } from '../examples';
import { generateBundle } from '../generate/bundle';
import { importYaml } from '../io/import';
import type { Design, Params, Row } from '../model/design';
import { validate } from '../validate';
import { arbitraryParams } from './arbitrary-params.testing';
import { TEMPLATES, templatesOf } from './index';
import { resolveParams } from './params';
import { restoredParams } from './restored.testing';
import type { Column, ParamSpec, StringRule, TemplateDef } from './types';

/** A design with one pod: the template's container with these params, after `app` when one is given. */
function podWith(template: TemplateDef, params: Params, app?: TemplateDef): Design {
  return sketchDesign({
    name: 'conformance',
    workloads: [
      {
        name: 'web',
        nativeSidecars: true,
        containers: [
          ...(app ? [{ template: app.id, name: 'app' }] : []),
          { template: template.id, name: 'subject', params },
        ],
      },
    ],
  });
}

const errorsOf = (design: Design): readonly string[] =>
  validate(design)
    .filter((d: Diagnostic) => d.severity === 'error')
    .map((d) => `${d.rule} ${d.target.kind === 'container' ? (d.target.field ?? '') : d.target.kind}: ${d.message}`);

function stringProblem(value: unknown, rule: StringRule | undefined, required: boolean, maxLength?: number) {
  if (typeof value !== 'string') return `is ${JSON.stringify(value)}, not a string`;
  if (value === '') return required ? 'is empty but required' : undefined;
  if (maxLength !== undefined && value.length > maxLength) return `is longer than ${maxLength}`;
  if (rule && !rule.pattern.test(value)) return `${JSON.stringify(value)} is not ${rule.message}`;
  return undefined;
}

function intProblem(value: unknown, min: number, max: number) {
  if (typeof value !== 'number' || !Number.isInteger(value)) return `is ${JSON.stringify(value)}, not a whole number`;
  return value < min || value > max ? `${value} is outside [${min}, ${max}]` : undefined;
}

function cellProblem(column: Column, value: unknown): string | undefined {
  switch (column.kind) {
    case 'string':
      return stringProblem(value ?? '', column.rule, column.required ?? true);
    case 'int':
      return value === undefined && column.required === false ? undefined : intProblem(value, column.min, column.max);
    case 'bool':
      return typeof value === 'boolean' ? undefined : `is ${JSON.stringify(value)}, not true or false`;
    case 'enum':
      return column.options.includes(value as string) ? undefined : `${JSON.stringify(value)} is not an option`;
  }
}

/** Why a spec's own default breaks its bounds, rule or options: one line each, none when it holds. */
function defaultProblems(spec: ParamSpec): string[] {
  const d: unknown = spec.default;
  const count = (n: number, least = 0, most = Number.POSITIVE_INFINITY) =>
    n < least || n > most ? [`has ${n} entries, outside [${least}, ${most}]`] : [];
  switch (spec.kind) {
    case 'string': {
      const p = stringProblem(d, spec.rule, spec.required ?? true, spec.maxLength);
      return p ? [p] : [];
    }
    case 'int': {
      const p = intProblem(d, spec.min, spec.max);
      return p ? [p] : [];
    }
    case 'bool':
      return typeof d === 'boolean' ? [] : ['is not true or false'];
    case 'enum':
      return spec.options.includes(spec.default) ? [] : [`${JSON.stringify(d)} is not one of its options`];
    case 'list':
      return [
        ...count(spec.default.length, spec.minItems, spec.maxItems),
        ...spec.default.flatMap((item, i) => {
          const p = stringProblem(item, spec.item.rule, true);
          return p ? [`item ${i}: ${p}`] : [];
        }),
      ];
    case 'table':
      return [
        ...count(spec.default.length, spec.minRows, spec.maxRows),
        ...spec.default.flatMap((row: Row, i) => [
          ...Object.keys(row)
            .filter((k) => !spec.columns.some((c) => c.key === k))
            .map((k) => `row ${i}: unknown column ${k}`),
          ...spec.columns.flatMap((c) => {
            const p = cellProblem(c, row[c.key]);
            return p ? [`row ${i} ${c.key}: ${p}`] : [];
          }),
        ]),
      ];
  }
}

/** The app presets a pattern container can stand beside; an app stands alone. */
const besides = (template: TemplateDef): readonly (TemplateDef | undefined)[] =>
  template.role === 'app' ? [undefined] : templatesOf('app');

const examplesWith = (template: TemplateDef): readonly ExampleDef[] => examplesUsing(template.id);

/** Each container of a design by `workload/container`, with its template and resolved params. */
function containersOf(design: Design): Map<string, { template: string; params: Params }> {
  const out = new Map<string, { template: string; params: Params }>();
  for (const w of design.workloads)
    for (const c of w.containers) {
      const template = TEMPLATES.find((t) => t.id === c.template);
      out.set(`${w.name}/${c.name}`, {
        template: c.template,
        params: template ? resolveParams(template, c.params) : c.params,
      });
    }
  return out;
}

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  describe.each(Object.entries(template.params))('parameter %s', (_key, spec) => {
    it('has a default that satisfies its own bounds, rule and options', () => {
      expect(defaultProblems(spec)).toEqual([]);
    });
  });

  it('gives no error with its defaults, in a pod of its own (beside an app when it is a pattern)', () => {
    const tried = besides(template).map((app) => ({
      app: app?.id ?? '(alone)',
      errors: errorsOf(podWith(template, {}, app)),
    }));
    const best = tried.reduce((a, b) => (b.errors.length < a.errors.length ? b : a));
    expect(best).toEqual({ app: best.app, errors: [] });
  });

  it('builds and checks without throwing, for any values restore() lets through', () => {
    const app = besides(template)[0];
    let built = 0;
    fc.assert(
      fc.property(arbitraryParams(template.params), (raw) => {
        const stored = restoredParams(template, raw);
        expect(stored, 'restore() refused values generated from the spec').toBeDefined();
        const design = podWith(template, stored ?? {}, app);
        const workload = design.workloads[0];
        const container = workload?.containers.at(-1);
        if (!workload || !container) throw new Error('sketchDesign lost the container');
        const params = resolveParams(template, container.params);
        const input = { design, workload, container, params };
        template.build(input);
        template.check?.(input);
        template.connectsTo?.(params);
        template.readsFrom?.(params);
        built += 1;
      }),
      { numRuns: 150 },
    );
    expect(built).toBe(150);
  });

  it('appears in at least one example design, so the golden files cover it', () => {
    expect(examplesWith(template).map((e) => e.name)).not.toEqual([]);
  });

  it('comes back from the import of each example it is in, with the same parameters', () => {
    for (const example of examplesWith(template)) {
      const allYaml = generateBundle(example.design).files.find((f) => f.path === 'all.yaml')?.content ?? '';
      const result = importYaml(allYaml);
      if (!result.ok) throw new Error(`${example.name}: ${result.errors.join('\n')}`);
      const before = containersOf(example.design);
      const after = containersOf(result.design);
      for (const [where, c] of before) {
        if (c.template !== template.id) continue;
        expect(after.get(where), `${example.name}: ${where}`).toEqual(c);
      }
    }
  });
});
