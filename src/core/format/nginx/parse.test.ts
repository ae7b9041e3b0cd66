import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNginx } from '../../../../test/support/nginx';
import { EXAMPLES, generateBundle } from '../..';
import { type ConfNode, flatten, readNginxConf } from './parse';
import { quoteToken } from './quote';

/** The reader's tree without lines and notes, in the test-side oracle's shape. */
function plain(nodes: readonly ConfNode[]): unknown[] {
  return nodes.map((n) =>
    n.kind === 'block' ? { name: n.name, args: n.args, children: plain(n.children) } : { name: n.name, args: n.args },
  );
}

function oracle(text: string): unknown[] | 'error' {
  try {
    return parseNginx(text);
  } catch {
    return 'error';
  }
}

describe('readNginxConf', () => {
  it('reads blocks, directives, quoted words and escapes as nginx does', () => {
    const r = readNginxConf(
      // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's own ${name} variable syntax
      'events {}\nhttp {\n  upstream b { server a:80 weight=9; }  # split\n  server { listen 80; set $x "a b;\\"c"; return 200 \'{\'; location ~ ^/${x}/ { } }\n}\n',
    );
    expect(r.ok && plain(r.nodes)).toEqual([
      { name: 'events', args: [], children: [] },
      {
        name: 'http',
        args: [],
        children: [
          { name: 'upstream', args: ['b'], children: [{ name: 'server', args: ['a:80', 'weight=9'] }] },
          {
            name: 'server',
            args: [],
            children: [
              { name: 'listen', args: ['80'] },
              { name: 'set', args: ['$x', 'a b;"c'] },
              { name: 'return', args: ['200', '{'] },
              // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's own ${name} variable syntax
              { name: 'location', args: ['~', '^/${x}/'], children: [] },
            ],
          },
        ],
      },
    ]);
  });

  it('keeps a comment on the line of a directive as its note', () => {
    const r = readNginxConf('server web:80 weight=9;  # production\n# a line of its own\nserver b;\n');
    expect(r.ok && r.nodes.map((n) => (n.kind === 'directive' ? n.note : undefined))).toEqual([
      'production',
      undefined,
    ]);
  });

  it('keeps comments on lines of their own inside a block, in order', () => {
    const r = readNginxConf('stream {\n  server {\n    listen 1;  # a note\n    # first\n    # second\n  }\n}\n');
    const stream = r.ok ? r.nodes[0] : undefined;
    const server = stream?.kind === 'block' ? stream.children[0] : undefined;
    expect(stream?.kind === 'block' && stream.comments).toBe(undefined);
    expect(server?.kind === 'block' && server.comments).toEqual(['first', 'second']);
  });

  it.each([
    ['server a', 'unexpected end of file, expecting ";" or "}"'],
    ['http {', 'unexpected end of file, expecting "}"'],
    ['}', 'line 1: unexpected "}" (no block is open)'],
    ['a "b', 'line 1: a quoted word is never closed'],
    ['a "b"c;', 'line 1: unexpected "c" after a quoted word'],
    [';', 'line 1: unexpected ";"'],
  ])('refuses %j: %s', (text, error) => {
    expect(readNginxConf(text)).toEqual({ ok: false, error });
  });

  it('reads every nginx.conf the examples generate exactly as nginx does', () => {
    for (const e of EXAMPLES)
      for (const f of generateBundle(e.design).files.filter((x) => x.language === 'nginx')) {
        const r = readNginxConf(f.content);
        expect(r.ok && plain(r.nodes), `${e.name} ${f.path}`).toEqual(parseNginx(f.content));
        expect(r.ok && flatten(r.nodes).length).toBeGreaterThan(5);
      }
  });

  it('reads back any value quoted by the generator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { minLength: 1, maxLength: 4 }),
        (values) => {
          const text = `d ${values.map(quoteToken).join(' ')};\n`;
          const r = readNginxConf(text);
          expect(r.ok && plain(r.nodes)).toEqual(oracle(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's own ${name} variable syntax
  it.each(['${;', 'a ${b};', 'a b${c};', 'a b${c} {}', '"a"(;', 'a \\; b;'])('agrees with nginx on %j', (text) => {
    const expected = oracle(text);
    const r = readNginxConf(text);
    if (expected === 'error') expect(r.ok).toBe(false);
    else expect(r.ok && plain(r.nodes)).toEqual(expected);
  });

  it('agrees with nginx on any text made of the characters that matter to its lexer', () => {
    const alphabet = fc.constantFrom('a', 'b', ' ', '\n', ';', '{', '}', '"', "'", '\\', '#', '$', '(', ')');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const text = chars.join('');
        const expected = oracle(text);
        const r = readNginxConf(text);
        if (expected === 'error') expect(r.ok).toBe(false);
        else expect(r.ok && plain(r.nodes)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
