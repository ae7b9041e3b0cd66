import { describe, expect, it } from 'vitest';
import { minimalEdit, type TextEdit } from './text-diff';

const apply = (text: string, edit: TextEdit | null): string =>
  edit === null ? text : text.slice(0, edit.start) + edit.text + text.slice(edit.end);

describe('minimalEdit', () => {
  it('gives null for equal texts', () => {
    expect(minimalEdit('same\n', 'same\n')).toBeNull();
  });

  it('replaces only the changed characters', () => {
    expect(minimalEdit('port: 22121\n', 'port: 22122\n')).toEqual({ start: 10, end: 11, text: '2' });
    expect(minimalEdit('ab\n', 'aXb\n')).toEqual({ start: 1, end: 1, text: 'X' });
    expect(minimalEdit('aXb\n', 'ab\n')).toEqual({ start: 1, end: 2, text: '' });
  });

  it('handles repeated characters where prefix and suffix could overlap', () => {
    expect(apply('aaa', minimalEdit('aaa', 'aaaa'))).toBe('aaaa');
    expect(apply('aaaa', minimalEdit('aaaa', 'aa'))).toBe('aa');
    expect(apply('', minimalEdit('', 'abc'))).toBe('abc');
    expect(apply('abc', minimalEdit('abc', ''))).toBe('');
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('a\u{1F600}b', 'a\u{1F601}b');
    expect(edit).toEqual({ start: 1, end: 3, text: '\u{1F601}' });
    const tail = minimalEdit('x\u{1F600}', 'y\u{1F600}');
    expect(tail).toEqual({ start: 0, end: 1, text: 'y' });
    const lows = minimalEdit('\u{1F600}\u{1F600}', '\u{1F601}\u{1F600}');
    expect(lows).toEqual({ start: 0, end: 2, text: '\u{1F601}' });
  });

  it('turns any text into any other (exhaustive over a small alphabet)', () => {
    const words = ['', 'a', 'b', 'ab', 'ba', 'aa', 'aab', 'abb', 'bab', 'a\nb', '\n'];
    for (const before of words) {
      for (const after of words) expect(apply(before, minimalEdit(before, after))).toBe(after);
    }
  });
});
