import fc from 'fast-check';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { doubleQuoted, isPlainSafe, scalar } from './yaml';

const readBack = (text: string): unknown => (load(`k: ${text}\n`) as { k: unknown }).k;

describe('scalar', () => {
  describe.each([
    ['redis-0.redis:6379:1 shard-0', 'redis-0.redis:6379:1 shard-0'],
    ['127.0.0.1:6379', '127.0.0.1:6379'],
    ['murmur', 'murmur'],
    ['redis', 'redis'],
    ['10.0.0.5:6379:100', '10.0.0.5:6379:100'],
  ])('plain %j', (value, expected) => {
    it('is written unquoted and read back as the same string', () => {
      expect(scalar(value)).toBe(expected);
      expect(readBack(scalar(value))).toBe(value);
    });
  });

  describe.each([
    ['', '""'],
    ['true', '"true"'],
    ['yes', '"yes"'],
    ['null', '"null"'],
    ['~', '"~"'],
    ['6379', '"6379"'],
    ['0x1F', '"0x1F"'],
    ['1e3', '"1e3"'],
    ['.inf', '".inf"'],
    ['1:20', '"1:20"'],
    ['2001-12-14', '"2001-12-14"'],
    ['host:', '"host:"'],
    ['a: b', '"a: b"'],
    ['a #b', '"a #b"'],
    ['- item', '"- item"'],
    ['{}', '"{}"'],
    ['[x]', '"[x]"'],
    ['&anchor', '"&anchor"'],
    ['*alias', '"*alias"'],
    ['!tag', '"!tag"'],
    ['a"b', '"a\\"b"'],
    ['a\\b', '"a\\\\b"'],
    ['tab\there', '"tab\\x09here"'],
    ['line\nbreak', '"line\\x0Abreak"'],
    ['bell\u0007', '"bell\\x07"'],
    ['del\u007f', '"del\\x7F"'],
    ['c1\u0085', '"c1\\x85"'],
    ['bom\ufeff', '"bom\\uFEFF"'],
    ['sep\u2028', '"sep\\u2028"'],
    ['para\u2029', '"para\\u2029"'],
    ['é', '"é"'],
    [' lead', '" lead"'],
    ['trail ', '"trail "'],
    ['two  spaces', '"two  spaces"'],
  ])('quoted %j', (value, expected) => {
    it('is double-quoted with escapes and read back as the same string', () => {
      expect(scalar(value)).toBe(expected);
      expect(isPlainSafe(value)).toBe(false);
      expect(readBack(scalar(value))).toBe(value);
    });
  });

  it('never writes a tab, a raw line break or a flow indicator outside quotes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const out = scalar(s);
        expect(out).not.toMatch(/[\t\n\r]/);
        if (!out.startsWith('"')) expect(out).not.toMatch(/[[\]{},&*!|>'"%@`#]/);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads back as the same string for any well-formed string (js-yaml)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(readBack(scalar(s))).toBe(s);
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 40 }), (s) => {
        expect(readBack(scalar(s))).toBe(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('replaces a lone surrogate, which UTF-8 cannot hold, and stays valid YAML', () => {
    expect(doubleQuoted('a\ud800b')).toBe('"a\ufffdb"');
    expect(readBack(doubleQuoted('a\ud800b'))).toBe('a\ufffdb');
  });
});
