import { describe, expect, it } from 'vitest';
import { FluentParseError, type ParsedValue, parseFluentConfig } from './parse';

const str = (value: string): ParsedValue => ({ kind: 'string', value });

/** The value of the one parameter of `<source>`. */
function readValue(line: string): ParsedValue | undefined {
  const out = parseFluentConfig(`<source>\n  ${line}\n</source>\n`);
  return out.root.elements[0]?.params.find(([k]) => k === 'key')?.[1];
}

describe('the reader follows fluentd v1 value rules', () => {
  describe.each([
    ['key value', str('value')],
    ['key a b  c  ', str('a b  c')],
    ['key a #comment', str('a')],
    ['key a#b', str('a#b')],
    ['key #b', str('#b')],
    ['key a\\b', str('a\\b')],
    ['key "a\\"b"', str('a"b')],
    ['key "a\\\\b"', str('a\\b')],
    ['key "a\\nb\\tc\\rd\\fe\\bf"', str('a\nb\tc\rd\fe\bf')],
    ['key "a\\#{b}"', str('a#{b}')],
    ['key "x\\%y"', str('x%y')],
    ['key "a #b"', str('a #b')],
    ['key "  "', str('  ')],
    ['key ""', str('')],
    ["key 'a\\'b\\\\c\\n'", str("a'b\\c\\n")],
    ["key '#{x}'", str('#{x}')],
    ['key [1, 2]', { kind: 'json', text: '[1, 2]' }],
    ['key {"a": 1}', { kind: 'json', text: '{"a": 1}' }],
  ])('%s', (line, expected) => {
    it('reads the value fluentd reads', () => expect(readValue(line)).toEqual(expected));
  });

  it('reads a key alone as an empty value', () => {
    expect(readValue('key')).toEqual(str(''));
  });

  it('joins a double-quoted string over a backslash-newline', () => {
    expect(readValue('key "a\\\nb"')).toEqual(str('ab'));
  });

  it('records embedded Ruby instead of running it', () => {
    const out = parseFluentConfig(`<source>\n  key "#{ENV['HOME']}"\n</source>\n`);
    expect(out.embeddedCode).toEqual(["ENV['HOME']"]);
  });

  it('records @include', () => {
    expect(parseFluentConfig('@include other.conf\n').includes).toEqual(['other.conf']);
  });
});

describe('the reader follows fluentd v1 section rules', () => {
  it('reads nested sections with arguments', () => {
    const text = '# c\n<match a.** b>\n  @type forward\n  <server>\n    host h\n  </server>\n</match>\n';
    const root = parseFluentConfig(text).root;
    expect(root.elements).toEqual([
      {
        name: 'match',
        arg: 'a.** b',
        params: [['@type', str('forward')]],
        elements: [{ name: 'server', arg: '', params: [['host', str('h')]], elements: [] }],
      },
    ]);
  });

  it('reads a quoted argument', () => {
    expect(parseFluentConfig('<match "a>b">\n</match>\n').root.elements[0]?.arg).toBe('a>b');
  });

  describe.each([
    ['<source>\n', 'expected end tag'],
    ['<source>\n</match>\n', 'unmatched end tag'],
    ['<source>\n  @foo 1\n</source>\n', 'reserved prefix'],
    ['<source>\n  key "open\n</source>\n', 'double quoted'],
    ['<source>\n  key "\\q"\n</source>\n', 'back-slash escape'],
    ['<source x\n</source>\n', "expected '>'"],
    ['<source> x\n</source>\n', 'expected end of line after tag'],
  ])('%j', (text, message) => {
    it(`is refused (${message})`, () => {
      expect(() => parseFluentConfig(text)).toThrow(FluentParseError);
      expect(() => parseFluentConfig(text)).toThrow(message);
    });
  });
});
