import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { vclLiteral, vclString } from './string';

/**
 * Reads a VCL string expression (literals joined by `+`) back to its value, the way Varnish's lexer
 * (vcc_token.c) reads each literal: "...", {"..."} up to the first "}, or """...""" up to the first """.
 */
function readVclString(expr: string): string {
  let at = 0;
  let out = '';
  const fail = (why: string) => {
    throw new Error(`${why} at ${at} in ${JSON.stringify(expr)}`);
  };
  for (;;) {
    let end: number;
    if (expr.startsWith('{"', at)) {
      end = expr.indexOf('"}', at + 2);
      if (end < 0) fail('unterminated {"');
      out += expr.slice(at + 2, end);
      at = end + 2;
    } else if (expr.startsWith('"""', at)) {
      end = expr.indexOf('"""', at + 3);
      if (end < 0) fail('unterminated """');
      out += expr.slice(at + 3, end);
      at = end + 3;
    } else if (expr.startsWith('"', at)) {
      end = expr.indexOf('"', at + 1);
      if (end < 0) fail('unterminated "');
      const body = expr.slice(at + 1, end);
      if (/[\r\n]/.test(body)) fail('newline in a "..." string');
      out += body;
      at = end + 1;
    } else fail('expected a string');
    if (at === expr.length) return out;
    if (!expr.startsWith(' + ', at)) fail('expected +');
    at += 3;
  }
}

describe('vclString', () => {
  it.each([
    ['plain', '"plain"'],
    ['^/admin([/?]|$)', '"^/admin([/?]|$)"'],
    ['', '""'],
    ['say "hi"', '{"say "hi""}'],
    ['two\nlines', '{"two\nlines"}'],
    ['cr\r', '{"cr\r"}'],
    ['a"}b', '"""a"}b"""'],
    ['a"}b"', '"a" + {"""} + "}b" + {"""}'],
  ])('writes %j as %s', (value, written) => {
    expect(vclString(value)).toBe(written);
  });

  it('reads back as the same value, for any string (NUL and lone surrogates become U+FFFD)', () => {
    const text = fc.oneof(
      fc.string({ unit: fc.constantFrom('"', '}', '{', '\n', '\r', 'a', '\u0000') }),
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(text, (value) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is what the writer replaces
        const clean = value.replace(/\u0000|[\uD800-\uDFFF]/g, '\uFFFD');
        fc.pre(!/[\uD800-\uDFFF]/.test(value));
        expect(readVclString(vclString(value))).toBe(clean);
        const one = vclLiteral(value);
        if (one !== undefined) expect(readVclString(one)).toBe(clean);
      }),
      { numRuns: 1000 },
    );
  });

  it('has no single literal for a value holding both "} and """', () => {
    expect(vclLiteral('"}"""')).toBeUndefined();
  });
});
