import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBareWord, quoteWord } from './quote';
import { splitLine } from './read';

describe('quoteWord', () => {
  it.each([
    ['production:80', 'production:80'],
    ['last,libc', 'last,libc'],
    ['/healthz', '/healthz'],
    ['a b', '"a b"'],
    ['a#b', '"a#b"'],
    ['$HOME', '"\\$HOME"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ["it's", '"it\'s"'],
    ['line\nbreak', '"line\\x0abreak"'],
    ['tab\there', '"tab\\x09here"'],
    ['', '""'],
  ])('writes %j as %s', (value, word) => {
    expect(quoteWord(value)).toBe(word);
  });

  it('leaves bare only words without quotes, #, $, \\ or white space', () => {
    expect(isBareWord('weight')).toBe(true);
    for (const ch of [' ', '\t', '#', '$', '"', "'", '\\', '\n']) expect(isBareWord(`a${ch}b`)).toBe(false);
  });

  it('reads back as exactly one word with the same value, for any string', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.string());
    fc.assert(
      fc.property(text, fc.constantFrom('server', 'cookie'), (value, keyword) => {
        const clean = value.replace(/[\uD800-\uDFFF]/g, '\uFFFD');
        fc.pre(clean === value);
        expect(splitLine(`    ${keyword} ${quoteWord(value)} check # note`)).toEqual([keyword, value, 'check']);
      }),
      { numRuns: 500 },
    );
  });

  it('writes lone surrogates as U+FFFD', () => {
    expect(quoteWord('a\uD800 b')).toBe('"a\uFFFD b"');
  });
});
