/** Hostile and broken input: each is one clear error naming where, nothing is thrown, each takes under a second. */
import { describe, expect, it } from 'vitest';
import { expectOneClearError } from '../../../../test/support/refusal';
import { MAX_DEPTH, MAX_NODES } from '../../read/yaml';
import { importYaml } from '.';

/** Nine levels of nine aliases each: 9^9 (387 million) strings once expanded, 600 bytes written. */
function billionLaughs(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghi';
  for (let i = 1; i < names.length; i++) {
    const prev = names[i - 1];
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: laughs}\ndata:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

/** Aliases that nest: each level wraps the previous one, 100 levels deep once expanded. */
function deepAliases(): string {
  const lines = ['l0: &l0 [x]'];
  for (let i = 1; i < 100; i++) lines.push(`l${i}: &l${i} [*l${i - 1}]`);
  return `apiVersion: v1\nkind: Pod\nmetadata: {name: deep}\nspec:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

const pod = (extra: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27.3\n${extra}`;

const CASES: readonly [string, () => string, string | RegExp][] = [
  ['text that is not YAML', () => 'kind: Pod\nmetadata: [unclosed\n', /^not valid YAML: line 3, column 1: /],
  [
    'a YAML scalar',
    () => 'hello',
    'document 1: not a Kubernetes object (expected a mapping with apiVersion and kind, got the text "hello")',
  ],
  [
    'a YAML list',
    () => '- a\n- b\n',
    'document 1: not a Kubernetes object (expected a mapping with apiVersion and kind, got a list)',
  ],
  [
    'a mapping that is not Kubernetes',
    () => `${pod('')}---\nname: x\n`,
    'document 2: not a Kubernetes object (expected a mapping with apiVersion and kind, got a mapping without apiVersion and kind)',
  ],
  [
    'an object without a name',
    () => 'apiVersion: v1\nkind: Pod\nspec: {}\n',
    'document 1: the Pod has no metadata.name',
  ],
  ['an empty file', () => '', 'the file holds no Kubernetes objects'],
  ['only comments and separators', () => '# nothing\n---\n---\n', 'the file holds no Kubernetes objects'],
  [
    'no workload',
    () => 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n',
    'the file holds no Pod, Deployment or StatefulSet to import',
  ],
  [
    'billion laughs',
    billionLaughs,
    new RegExp(
      `^document 1, data\\.[a-i](\\[[0-9]\\])+: the YAML expands to more than ${MAX_NODES.toLocaleString('en')} values \\(aliases repeated over and over\\?\\)$`,
    ),
  ],
  [
    'aliases that multiply a small file',
    () => {
      const lines = ['a0: &a0 [lol]'];
      for (let l = 1; l <= 8; l++)
        lines.push(
          `a${l}: &a${l} [${Array(5)
            .fill(`*a${l - 1}`)
            .join(', ')}]`,
        );
      return `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n${lines.join('\n')}\n`;
    },
    /^document 1: aliases expand the file to 1,098,635 values, more than its \d{3} characters could hold without them \(at most 10,\d{3} are allowed\)$/,
  ],
  ['a 50 MB file', () => 'a'.repeat(50 * 1024 * 1024), 'the file is 50.0 MB; Podsmith imports files of up to 10.0 MB'],
  [
    'deep nesting',
    () => `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
    /^not valid YAML: line 1, column 6\d: nesting exceeded maxDepth \(64\)$/,
  ],
  [
    'nesting through aliases',
    deepAliases,
    `document 1, spec.l62${'[0]'.repeat(MAX_DEPTH - 2)}: nested more than ${MAX_DEPTH} levels deep`,
  ],
  [
    'an alias that contains itself',
    () => 'apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec: &s\n  again: *s\n',
    'document 1, spec.again: an alias refers to a value that contains it',
  ],
  [
    'a __proto__ key',
    () => pod('      env:\n        - name: A\n          __proto__: {value: x}\n'),
    'document 1, spec.containers[0].env[0].__proto__: "__proto__" is not allowed as a key',
  ],
  [
    'a constructor key',
    () => `${pod('')}  constructor: {}\n`,
    'document 1, spec.constructor: "constructor" is not allowed as a key',
  ],
  [
    'an unknown tag',
    () => 'apiVersion: v1\nkind: Pod\nmetadata: {name: !js/function "x"}\n',
    /^not valid YAML: line 3, column \d+: unknown tag !<!js\/function>/,
  ],
  [
    'a duplicated key',
    () => 'apiVersion: v1\napiVersion: v2\n',
    /^not valid YAML: line 2, column 1: duplicated mapping key$/,
  ],
  [
    'an alias with a huge name',
    () => `*${'"'.repeat(300_000)}`,
    /^not valid YAML: line 1, column 300002: unidentified alias "{80,}\.\.\.$/,
  ],
  [
    'a huge tag',
    () => `a: !${'x'.repeat(100_000)} b`,
    /^not valid YAML: line 1, column \d+: unknown tag !<!x{80,}\.\.\.$/,
  ],
];

describe('importYaml refuses hostile and broken input', () => {
  it.each(CASES)('%s', (_, make, expected) => {
    const text = make();
    expectOneClearError(() => importYaml(text), expected);
  });

  it('does not give an object a prototype from its input', () => {
    const r = importYaml(`${pod('')}  __proto__:\n    polluted: true\n`);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads merge keys and aliases that stay small', () => {
    const text = `${pod('      resources: &r {requests: {cpu: 50m, memory: 64Mi}}\n    - name: other\n      image: nginx:1.27.3\n      resources: *r\n')}`;
    const r = importYaml(text);
    expect(r.ok && r.design.workloads[0]?.containers.map((c) => c.resources)).toEqual([
      { requests: { cpu: '50m', memory: '64Mi' } },
      { requests: { cpu: '50m', memory: '64Mi' } },
    ]);
  });
});
