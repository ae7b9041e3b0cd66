import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNginx } from '../../../../test/support/nginx';
import { directive } from './ast';
import { isBareToken, quoteToken } from './quote';
import { renderNginx } from './render';

/** The one argument nginx's lexer reads back from `x VALUE;`. */
const readBack = (value: string): string | undefined => parseNginx(renderNginx([directive('pid', value)]))[0]?.args[0];

describe('quoteToken', () => {
  describe.each([
    ['production', 'production'],
    ['production:3000', 'production:3000'],
    ['weight=9', 'weight=9'],
    ['/etc/nginx/tls/tls.crt', '/etc/nginx/tls/tls.crt'],
    ['$http_x_user_id', '$http_x_user_id'],
    ['http://shadow$request_uri', 'http://shadow$request_uri'],
    ['[::1]:443', '[::1]:443'],
    ['TLSv1.3', 'TLSv1.3'],
    ['*.example.com', '*.example.com'],
    ['', '""'],
    ['a b', '"a b"'],
    ['a;b', '"a;b"'],
    [';', '";"'],
    ['{', '"{"'],
    ['}', '"}"'],
    ['a}', '"a}"'],
    ['#comment', '"#comment"'],
    ['a#b', '"a#b"'],
    ['"', '"\\""'],
    ["'", `"'"`],
    ["it's", `"it's"`],
    ['\\', '"\\\\"'],
    ['a\\', '"a\\\\"'],
    ['\\n', '"\\\\n"'],
    ['\\q', '"\\\\q"'],
    ['\n', '"\\n"'],
    ['\t', '"\\t"'],
    ['\r', '"\\r"'],
    ['line1\nline2', '"line1\\nline2"'],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: nginx's ${var} syntax, not a template
    ['${host}', '"${host}"'],
    ['a(b)', '"a(b)"'],
    ['é', '"é"'],
    ['\u0000', '"\u0000"'],
    ['\uD800', '"\uFFFD"'],
  ])('%j', (value, token) => {
    it(`renders as ${token}`, () => {
      expect(quoteToken(value)).toBe(token);
    });
    it('reads back as the value (lone surrogates as U+FFFD)', () => {
      expect(readBack(value)).toBe(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
    });
  });

  it('leaves no lexer-special character in a bare token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (value) => {
        if (isBareToken(value)) expect(value).not.toMatch(/[\s;{}#"'\\()]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every well-formed string exactly (nginx lexer rules)', () => {
    const nasty = fc.constantFrom(...'\\"\';{}#$ \t\r\nabc$()'.split(''), '${', '\\n', '\\"', 'é', '😀');
    const value = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: nasty }));
    fc.assert(
      fc.property(value, (v) => {
        expect(readBack(v)).toBe(v);
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps each value one token among others', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 5 }), (values) => {
        const nodes = parseNginx(renderNginx([directive('ssl_protocols', ...values), directive('pid', 'x')]));
        expect(nodes.map((n) => [n.name, n.args])).toEqual([
          ['ssl_protocols', values],
          ['pid', ['x']],
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});
