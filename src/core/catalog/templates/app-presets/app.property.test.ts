/**
 * Every string parameter of the app templates: any value is either refused on its field, or reaches
 * the generated manifest exactly as typed (one argument stays one argument; no YAML injection).
 */
import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../../edit/sketch';
import { generateBundle } from '../../../generate/bundle';
import type { Params } from '../../../model/design';
import { validate } from '../../../validate';
import { appTemplates } from './index';

const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom(
    'a: b',
    '- x',
    '"q"',
    "'s'",
    '#c',
    'x #c',
    '{a}',
    '[1]',
    '*x',
    '&y',
    'true',
    '8080',
    '\n---\nkind: Secret',
    ' lead',
    'trail ',
    '$(id)',
    '`id`',
    '\\',
    '|',
    '>',
  ),
);

function container(params: Params) {
  const design = sketchDesign({
    name: 'p',
    workloads: [{ name: 'w', containers: [{ template: 'app-generic', params }] }],
  });
  const deployment = generateBundle(design).files.find((f) => f.path === 'manifests/deployment-w.yaml');
  const doc = load(deployment?.content ?? '') as any;
  return { design, spec: doc.spec.template.spec.containers[0] };
}

const fieldErrors = (params: Params, field: string) =>
  validate(
    sketchDesign({ name: 'p', workloads: [{ name: 'w', containers: [{ template: 'app-generic', params }] }] }),
  ).filter((d) => d.severity === 'error' && d.target.kind === 'container' && d.target.field === field);

describe.each([
  ['command item', (v: string) => ({ command: [v] }), 'command[0]', (c: any) => c.command],
  ['args item', (v: string) => ({ args: ['x', v] }), 'args[1]', (c: any) => c.args?.[1]],
  [
    'env value',
    (v: string) => ({ env: [{ name: 'A', value: v, secret: '' }] }),
    'env[0].value',
    (c: any) => c.env?.[0]?.value,
  ],
])('%s', (_name, params, field, readBack) => {
  it('is refused on its field or reaches the manifest unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(hostile, (v) => {
        if (fieldErrors(params(v), field).length) return;
        accepted++;
        const { spec } = container(params(v));
        const expected = field.startsWith('command') ? [v] : v;
        expect(readBack(spec)).toEqual(expected);
      }),
      { numRuns: 400, examples: [['plain-value']] },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});

describe('app ports and env names', () => {
  it.each(['http', 'metrics-2', 'a'])('accepts the port name %s', (name) => {
    expect(fieldErrors({ ports: [{ name, port: 80, localhostOnly: false }] }, 'ports[0].name')).toEqual([]);
  });
  it.each(['HTTP', 'a--b', '1234', 'very-long-port-name', '-x', ''])(
    'refuses the port name %j on its field',
    (name) => {
      expect(fieldErrors({ ports: [{ name, port: 80, localhostOnly: false }] }, 'ports[0].name')).toHaveLength(1);
    },
  );
  it('every app preset builds a clean pod on its own', () => {
    for (const t of appTemplates) {
      const d = sketchDesign({ name: 'p', workloads: [{ name: 'w', containers: [{ template: t.id }] }] });
      expect(
        validate(d).filter((x) => x.severity === 'error'),
        t.id,
      ).toEqual([]);
    }
  });
});
