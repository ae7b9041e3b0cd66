import { describe, expect, it } from 'vitest';
import { env } from './tree';
import { needsQuotes, quoteString, renderArg, renderValue } from './value';

describe('renderValue: values fluentd reads back unchanged when bare', () => {
  describe.each([
    ['redis.slowlog', 'redis.slowlog'],
    ['localhost', 'localhost'],
    ['http://localhost:8080', 'http://localhost:8080'],
    ['a b  c', 'a b  c'],
    [':all-time', ':all-time'],
    ['<match>', '<match>'],
    ['$' + '{tag}', '$' + '{tag}'],
    ['ünïcødé', 'ünïcødé'],
    ['a]', 'a]'],
    ['a}', 'a}'],
  ])('%j', (value, text) => {
    it(`renders ${text}`, () => expect(renderValue(value)).toBe(text));
  });
});

describe('renderValue: values that must be double-quoted', () => {
  describe.each([
    ['', '""', 'empty: a bare key alone reads as an empty value, but be explicit'],
    ['[1,2]', '"[1,2]"', 'a leading [ is read as a JSON array'],
    ['{"a":1}', '"{\\"a\\":1}"', 'a leading { is read as a JSON hash'],
    ['"quoted"', '"\\"quoted\\""', 'a leading " opens a double-quoted string'],
    ["'single'", '"\'single\'"', "a leading ' opens a single-quoted string"],
    ["it's", '"it\'s"', 'quotes anywhere are quoted, to be plain'],
    ['a #b', '"a #b"', 'a blank then # starts a comment'],
    ['a#b', '"a#b"', 'any # is quoted'],
    ['#{ENV["HOME"]}', '"\\#{ENV[\\"HOME\\"]}"', '#{ would run Ruby inside double quotes: escaped'],
    ['x#{1}#{2}', '"x\\#{1}\\#{2}"', 'every #{ is escaped'],
    ['#}{', '"#}{"', 'a # not followed by { stays as it is'],
    [' lead', '" lead"', 'leading blanks are skipped by the parser'],
    ['\tlead', '"\\tlead"', 'a leading tab too'],
    ['trail ', '"trail "', 'trailing blanks are dropped by the parser'],
    ['line\nbreak', '"line\\nbreak"', 'a newline would end the value'],
    ['cr\rlf', '"cr\\rlf"', 'a carriage return ends a line too'],
    ['tab\there', '"tab\\there"', 'control characters are escaped'],
    ['ff\fbs\b', '"ff\\fbs\\b"', 'form feed and backspace have escapes'],
    ['back\\slash', '"back\\\\slash"', 'a backslash was an escape in older parsers'],
    ['\\', '"\\\\"', 'a lone backslash'],
    ['end\\', '"end\\\\"', 'a backslash before the closing quote'],
    ['\u0001', '"\u0001"', 'other control characters stay raw inside quotes: Ruby reads them as they are'],
  ])('%j', (value, text, why) => {
    it(`renders ${text} (${why})`, () => {
      expect(needsQuotes(value)).toBe(true);
      expect(renderValue(value)).toBe(text);
    });
  });
});

describe('renderValue: numbers, booleans and environment references', () => {
  describe.each([
    [6379, '6379'],
    [0.5, '0.5'],
    [-1, '-1'],
    [true, 'true'],
    [false, 'false'],
    [env('REDIS_HOST'), `"#{ENV['REDIS_HOST']}"`],
    [env("X']}#{`rm -rf /`"), '""'],
    [env(''), '""'],
  ])('%j', (value, text) => {
    it(`renders ${text}`, () => expect(renderValue(value)).toBe(text));
  });
});

describe('renderArg: section arguments', () => {
  describe.each([
    ['redis.slowlog', 'redis.slowlog'],
    ['redis.** storm.*', 'redis.** storm.*'],
    ['{a,b}.c', '{a,b}.c'],
    ['tag,time', 'tag,time'],
    ['a>b', '"a>b"'],
    ['a<b', '"a<b"'],
    ['a #b', '"a #b"'],
    [' a', '" a"'],
    ['a ', '"a "'],
    ['a\tb', '"a\\tb"'],
    ['a\nb', '"a\\nb"'],
    ['"q"', '"\\"q\\""'],
    ['#{x}', '"\\#{x}"'],
    ['a\\b', '"a\\\\b"'],
  ])('%j', (arg, text) => {
    it(`renders ${text}`, () => expect(renderArg(arg)).toBe(text));
  });
});

describe('quoteString', () => {
  it('escapes backslash before quote so the two never combine', () => {
    expect(quoteString('\\"')).toBe('"\\\\\\""');
  });
});
