import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderFluentConfig } from './render';
import { nastyString } from './testing/arbitraries';
import { type ParsedElement, parseFluentConfig } from './testing/parse';
import {
  comment,
  env,
  type FluentConfig,
  type FluentNode,
  type FluentSection,
  match,
  param,
  type Scalar,
  section,
  source,
} from './tree';

describe('renderFluentConfig', () => {
  it('writes one parameter per line, @type first, sections indented, one newline at the end', () => {
    const config: FluentConfig = [
      comment('Redis slow-query log'),
      source('redis_slowlog', [param('host', 'localhost'), param('port', 6379)]),
      match('redis.slowlog', 'forward', [
        section('server', '', [param('host', 'aggregator'), param('port', 24224)]),
        section('buffer', '', [param('flush_interval', '5s')]),
      ]),
    ];
    expect(renderFluentConfig(config)).toBe(
      [
        '# Redis slow-query log',
        '',
        '<source>',
        '  @type redis_slowlog',
        '  host localhost',
        '  port 6379',
        '</source>',
        '',
        '<match redis.slowlog>',
        '  @type forward',
        '  <server>',
        '    host aggregator',
        '    port 24224',
        '  </server>',
        '  <buffer>',
        '    flush_interval 5s',
        '  </buffer>',
        '</match>',
        '',
      ].join('\n'),
    );
  });

  it('writes environment references as the one embedded Ruby it knows', () => {
    expect(renderFluentConfig([source('x', [param('host', env('REDIS_HOST'))])])).toContain(
      `  host "#{ENV['REDIS_HOST']}"\n`,
    );
  });

  describe.each([
    ['a key that would be an @include', param('@include', '/etc/passwd')],
    ['a plain include', param('include', 'x')],
    ['a key with a blank', param('a b', 'x')],
    ['a key with a newline', param('a\n<source>', 'x')],
    ['a section name with a blank', section('match x', '', [param('a', 'b')])],
    ['a section name with >', section('a>', '', [])],
    ['an empty section name', section('', '', [])],
  ])('%s', (_what, node) => {
    it('is left out rather than written wrong', () => {
      const text = renderFluentConfig([node, source('ok')]);
      expect(text).toBe('<source>\n  @type ok\n</source>\n');
    });
  });

  it('keeps comments on one line', () => {
    expect(renderFluentConfig([comment('a\n<source>\r\nb')])).toBe('# a <source> b\n');
  });

  it('renders an empty configuration as one newline', () => {
    expect(renderFluentConfig([])).toBe('\n');
  });
});

// Property: any value and argument is read back by fluentd's rules exactly, and nothing else appears.

const key = fc.oneof(
  fc.constantFrom('@type', '@id', '@label', '@log_level'),
  fc.stringMatching(/^[a-z_][a-z0-9_]{0,10}$/).filter((k) => k !== 'include'),
);
const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
const scalar: fc.Arbitrary<Scalar> = fc.oneof(nastyString, fc.integer(), fc.boolean(), fc.double({ noNaN: true }));
const params = fc.array(
  fc.tuple(key, scalar).map(([k, v]): FluentNode => param(k, v)),
  { maxLength: 4 },
);

function sectionArb(children: fc.Arbitrary<FluentSection[]>): fc.Arbitrary<FluentSection> {
  return fc
    .tuple(name, fc.oneof(fc.constant(''), nastyString), params, children)
    .map(([n, arg, ps, cs]) => section(n, arg, [...ps, ...cs]));
}

const leaf = sectionArb(fc.constant([]));
const sectionTree = sectionArb(fc.array(sectionArb(fc.array(leaf, { maxLength: 2 })), { maxLength: 2 }));

function expected(s: FluentSection): ParsedElement {
  const params = s.body.flatMap((n) =>
    n.kind === 'param'
      ? [[n.key, { kind: 'string' as const, value: typeof n.value === 'object' ? '' : String(n.value) }] as const]
      : [],
  );
  const elements = s.body.flatMap((n) => (n.kind === 'section' ? [expected(n)] : []));
  return { name: s.name, arg: typeof s.arg === 'string' ? s.arg : '', params, elements };
}

describe('round trip through fluentd v1 parsing rules', () => {
  it('reads back every section, argument, key and value exactly, with no embedded Ruby or include', () => {
    fc.assert(
      fc.property(fc.array(sectionTree, { minLength: 1, maxLength: 3 }), (sections) => {
        const text = renderFluentConfig(sections);
        const out = parseFluentConfig(text);
        expect(out.embeddedCode).toEqual([]);
        expect(out.includes).toEqual([]);
        expect(out.root.params).toEqual([]);
        expect(out.root.elements).toEqual(sections.map(expected));
        expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
