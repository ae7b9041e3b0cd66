import { describe, expect, it } from 'vitest';
import { isFluentTag, isMatchPattern, patternMatches } from './tag';

describe('isFluentTag', () => {
  describe.each([
    ['redis.slowlog', true],
    ['storm', true],
    ['app_1.access-log', true],
    ['Storm.Metrics', true],
    ['', false],
    ['.redis', false],
    ['redis.', false],
    ['redis..slowlog', false],
    ['redis.*', false],
    ['a{b,c}', false],
    ['a b', false],
    ['a#b', false],
    ['a>b', false],
    ['a"b', false],
    ['a\\b', false],
    ['a\nb', false],
    ['ü', false],
    ['a'.repeat(128), true],
    ['a'.repeat(129), false],
  ])('%j', (tag, ok) => {
    it(ok ? 'is a tag' : 'is refused', () => expect(isFluentTag(tag)).toBe(ok));
  });
});

describe('isMatchPattern', () => {
  describe.each([
    ['redis.slowlog', true],
    ['**', true],
    ['redis.**', true],
    ['**.slowlog', true],
    ['redis.* storm.**', true],
    ['{redis,storm}.**', true],
    ['a.{b,{c,d}}', true],
    ['', false],
    ['a  b', false],
    [' a', false],
    ['a,b', false],
    ['{a,b', false],
    ['a}', false],
    ['a>b', false],
    ['a#b', false],
    ['a\\.b', false],
    ['a\tb', false],
  ])('%j', (pattern, ok) => {
    it(ok ? 'is a pattern' : 'is refused', () => expect(isMatchPattern(pattern)).toBe(ok));
  });
});

describe('patternMatches: what fluentd routes where', () => {
  describe.each([
    ['redis.slowlog', 'redis.slowlog', true],
    ['redis.slowlog', 'redis.slowlogs', false],
    ['redis.slowlog', 'xredis.slowlog', false],
    ['a.*', 'a.b', true],
    ['a.*', 'a', false],
    ['a.*', 'a.b.c', false],
    ['a.*.c', 'a.b.c', true],
    ['*', 'a', true],
    ['*', 'a.b', false],
    ['**', 'anything.at.all', true],
    ['**', '', true],
    ['a.**', 'a', true],
    ['a.**', 'a.b', true],
    ['a.**', 'a.b.c', true],
    ['a.**', 'ab', false],
    ['a.**', 'b.a', false],
    ['**.c', 'c', true],
    ['**.c', 'a.b.c', true],
    ['**.c', 'a.bc', false],
    ['a.**.c', 'a.c', true],
    ['a.**.c', 'a.b.x.c', true],
    ['{a,b}.c', 'a.c', true],
    ['{a,b}.c', 'b.c', true],
    ['{a,b}.c', 'ab.c', false],
    ['a.{b,c.d}', 'a.c.d', true],
    ['a.{b,{c,d}}', 'a.d', true],
    ['{a,b}.**', 'b.x.y', true],
    ['a.b x.y', 'x.y', true],
    ['a.b x.y', 'a.b', true],
    ['a.b x.y', 'a.y', false],
    ['a-b', 'a-b', true],
    ['a.', 'a', true],
    ['a\\*', 'a*', true],
    ['a\\*', 'ab', false],
  ])('<match %s> and tag %j', (pattern, tag, expected) => {
    it(expected ? 'matches' : 'does not match', () => expect(patternMatches(pattern, tag)).toBe(expected));
  });
});
