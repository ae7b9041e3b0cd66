import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { emitYaml } from './emit';

describe('emitYaml', () => {
  it.each([
    ['plain words', { a: 'redis', b: 'app.kubernetes.io/name' }, 'a: redis\nb: app.kubernetes.io/name\n'],
    [
      'words that YAML reads as other types',
      { a: 'true', b: '8080', c: 'yes', d: 'null', e: '1:20', f: '0x1f', g: '' },
      'a: "true"\nb: "8080"\nc: "yes"\nd: "null"\ne: "1:20"\nf: "0x1f"\ng: ""\n',
    ],
    [
      'indicators and comments',
      { a: '- x', b: 'a: b', c: 'x #y', d: '#x', e: '*ref', f: '{a}' },
      'a: "- x"\nb: "a: b"\nc: "x #y"\nd: "#x"\ne: "*ref"\nf: "{a}"\n',
    ],
    [
      'flags as args',
      { args: ['-c', '/etc/x.yaml', '-v', '7', '--port=1'] },
      'args:\n  - -c\n  - /etc/x.yaml\n  - -v\n  - "7"\n  - --port=1\n',
    ],
    ['an image with a tag', { image: 'nginx:1.27.3' }, 'image: nginx:1.27.3\n'],
    [
      'a file as a block',
      { data: { 'nginx.conf': 'events {}\nhttp {\n}\n' } },
      'data:\n  nginx.conf: |\n    events {}\n    http {\n    }\n',
    ],
    ['text without a final newline', { t: 'a\nb' }, 't: |-\n  a\n  b\n'],
    ['text starting with a space', { t: ' a\nb\n' }, 't: |2\n   a\n  b\n'],
    ['lists of maps', { c: [{ name: 'a', port: 1 }, { name: 'b' }] }, 'c:\n  - name: a\n    port: 1\n  - name: b\n'],
    ['empty collections', { a: [], b: {} }, 'a: []\nb: {}\n'],
    ['undefined left out', { a: undefined, b: 1 }, 'b: 1\n'],
    ['control characters', { a: 'x\u0007y', b: 'tab\there' }, 'a: "x\\x07y"\nb: "tab\\there"\n'],
  ])('%s', (_name, value, text) => {
    expect(emitYaml(value)).toBe(text);
    expect(load(text)).toEqual(JSON.parse(JSON.stringify(value)));
  });

  it('writes a frozen value shared at several depths as it writes a copy of it, each time', () => {
    const shared = Object.freeze({ 'app.kubernetes.io/name': 'web', tier: 'true', drop: Object.freeze(['ALL']) });
    const empty = Object.freeze({});
    const list = Object.freeze(['a', Object.freeze({ b: 1 })]);
    const value = (labels: object, none: object, items: readonly unknown[]) => ({
      metadata: { labels },
      spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, none } },
      items,
      deep: { a: { items, none } },
      inList: [{ labels, items }],
    });
    const copy = structuredClone(value(shared, empty, list));
    // Twice: the second time every frozen value's text is the one remembered the first time.
    for (let i = 0; i < 2; i++) expect(emitYaml(value(shared, empty, list))).toBe(emitYaml(copy));
    expect(emitYaml(copy)).toContain('    none: {}\n');
  });

  it('writes the same multi-line text at each depth as it did the first time', () => {
    const conf = 'events {}\nhttp {\n}\n';
    const value = () => ({ a: conf, b: { c: conf, d: [conf, { e: conf }] }, f: 'x\n  y' });
    const first = emitYaml(value());
    expect(first).toBe(
      'a: |\n  events {}\n  http {\n  }\nb:\n  c: |\n    events {}\n    http {\n    }\n' +
        '  d:\n    - |\n      events {}\n      http {\n      }\n    - e: |\n        events {}\n        http {\n        }\n' +
        'f: |-\n  x\n    y\n',
    );
    // A copy of the text (another string of the same characters) is written the same again.
    expect(emitYaml({ ...value(), a: `${conf.slice(0, 5)}${conf.slice(5)}` })).toBe(first);
    expect(emitYaml(value())).toBe(first);
    expect(load(first)).toEqual(value());
  });

  it('writes a frozen value with something unfrozen in it afresh each time', () => {
    const inner = { user: 1 };
    const shallow = Object.freeze({ inner });
    expect(emitYaml({ a: shallow })).toBe('a:\n  inner:\n    user: 1\n');
    inner.user = 2;
    expect(emitYaml({ a: shallow })).toBe('a:\n  inner:\n    user: 2\n');
  });

  it('reads back as the same value for any JSON-shaped input', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom('a', 'true', '1', '- x', 'a: b', 'k.io/n'));
    const leaf = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string(),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('\n', 'a\n\nb\n', ' \n', 'x\n\n', '\t', ' a'),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node'), { maxLength: 4 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(load(emitYaml(v))).toEqual(v);
      }),
      { numRuns: 3000 },
    );
  });
});
