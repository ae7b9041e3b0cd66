import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHaproxy } from './read';
import { renderHaproxy } from './render';
import { comment, type HaproxyConfig, type Keyword, line, type SectionKind, section } from './tree';

describe('renderHaproxy', () => {
  it('writes sections at the margin, lines indented, a blank line between sections', () => {
    const text = renderHaproxy({
      header: ['Generated.'],
      sections: [
        section('global', undefined, [line('log', 'stdout', 'format', 'raw', 'local0')]),
        section('backend', 'upstreams', [
          line('balance', 'roundrobin'),
          comment('two servers'),
          line('server', 'a', 'a:80', 'weight', '3', 'check'),
        ]),
      ],
    });
    expect(text).toBe(
      [
        '# Generated.',
        '',
        'global',
        '    log stdout format raw local0',
        '',
        'backend upstreams',
        '    balance roundrobin',
        '    # two servers',
        '    server a a:80 weight 3 check',
        '',
      ].join('\n'),
    );
  });

  it('keeps comments on one line', () => {
    const text = renderHaproxy({
      header: ['a\nserver evil'],
      sections: [section('defaults', undefined, [comment('x\ny')])],
    });
    expect(text).toBe('# a server evil\n\ndefaults\n    # x y\n');
  });

  const keywords: readonly Keyword[] = ['server', 'cookie', 'bind', 'option', 'timeout', 'stats'];
  const kinds: readonly SectionKind[] = ['frontend', 'backend', 'listen'];

  it('reads back as the same sections, lines and words, whatever the values', () => {
    const word = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1 }), fc.string({ unit: 'binary', minLength: 1 }));
    const config = fc.array(
      fc.record({
        kind: fc.constantFrom(...kinds),
        name: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
        lines: fc.array(fc.record({ keyword: fc.constantFrom(...keywords), args: fc.array(word, { maxLength: 4 }) }), {
          maxLength: 4,
        }),
      }),
      { maxLength: 3 },
    );
    fc.assert(
      fc.property(config, (sections) => {
        fc.pre(sections.every((s) => s.lines.every((l) => l.args.every((a) => !/[\uD800-\uDFFF]/.test(a)))));
        const tree: HaproxyConfig = {
          header: ['Generated.'],
          sections: sections.map((s) =>
            section(
              s.kind,
              s.name,
              s.lines.map((l) => line(l.keyword, ...l.args)),
            ),
          ),
        };
        const read = readHaproxy(renderHaproxy(tree));
        expect(read.stray).toEqual([]);
        expect(read.sections.map((s) => [s.kind, s.name, s.lines.map((l) => l.words)])).toEqual(
          sections.map((s) => [s.kind, s.name, s.lines.map((l) => [l.keyword, ...l.args])]),
        );
      }),
      { numRuns: 200 },
    );
  });
});
