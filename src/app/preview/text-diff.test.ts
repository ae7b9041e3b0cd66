import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineChange, minimalEdit, type TextEdit } from './text-diff';

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

  it('turns any text into any other, touching only what differs (property)', () => {
    const piece = fc.string({ unit: fc.constantFrom('a', 'b', '\n', '\u{1F600}', '\u{1F601}', 'é'), maxLength: 8 });
    const long = fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 3000 });
    fc.assert(
      fc.property(long, piece, piece, long, (head, x, y, tail) => {
        const before = head + x + tail;
        const after = head + y + tail;
        const edit = minimalEdit(before, after);
        expect(apply(before, edit)).toBe(after);
        if (edit !== null) {
          // No larger than the replacement we know (give or take the halves of two surrogate pairs).
          expect(edit.end - edit.start).toBeLessThanOrEqual(x.length + 2);
          expect(edit.text.length).toBeLessThanOrEqual(y.length + 2);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('compares a megabyte in well under a frame once the texts are flat', () => {
    const body = '      app.kubernetes.io/part-of: sharded-redis\n'.repeat(22_000);
    const before = `x: 1\n${body}y: 1\n${body}`;
    const after = `x: 1\n${body}y: 2\n${body}`;
    const times: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      expect(minimalEdit(before, after)).toEqual({ start: body.length + 8, end: body.length + 9, text: '2' });
      times.push(performance.now() - started);
    }
    const median = [...times].sort((a, b) => a - b)[2] ?? Number.POSITIVE_INFINITY;
    expect(median).toBeLessThan(4);
  });
});

describe('lineChange', () => {
  const applyAll = (text: string, edits: readonly TextEdit[]): string =>
    [...edits].reverse().reduce((out, edit) => apply(out, edit), text);

  it('gives null for equal texts', () => {
    expect(lineChange('a\n', 'a\n')).toBeNull();
  });

  it('edits only the changed lines when two changes are far apart', () => {
    const middle = 'x: 1\n'.repeat(50);
    const before = `port: 6379\n${middle}hash: aaa\n`;
    const after = `port: 6380\n${middle}hash: bbb\n`;
    const change = lineChange(before, after);
    expect(change?.edits).toEqual([
      { start: 8, end: 10, text: '80' },
      { start: 11 + middle.length + 6, end: 11 + middle.length + 9, text: 'bbb' },
    ]);
    expect(change?.marks).toEqual([0, 11 + middle.length]);
    expect(applyAll(before, change?.edits ?? [])).toBe(after);
  });

  it('falls back to one edit, marking its first and last lines, when lines are added', () => {
    const before = 'a\nb\nc\n';
    const after = 'a\nB\nnew\nc\n';
    const change = lineChange(before, after);
    expect(change?.edits).toEqual([{ start: 2, end: 3, text: 'B\nnew' }]);
    expect(change?.marks).toEqual([2, 4]);
    expect(applyAll(before, change?.edits ?? [])).toBe(after);
  });

  it('marks one line for a change inside one line', () => {
    expect(lineChange('a\nbcd\n', 'a\nbXd\n')).toEqual({ edits: [{ start: 3, end: 4, text: 'X' }], marks: [2] });
  });

  it('turns any text into any other (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n'), maxLength: 60 });
    fc.assert(
      fc.property(text, text, (before, after) => {
        const change = lineChange(before, after);
        expect(applyAll(before, change?.edits ?? [])).toBe(after);
        for (const mark of change?.marks ?? []) expect(mark === 0 || after[mark - 1] === '\n').toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('edits line by line when the line count stays (property)', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 6 });
    const pair = fc.tuple(line, line);
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), (pairs) => {
        const before = `${pairs.map(([old]) => old).join('\n')}\n`;
        const after = `${pairs.map(([, next]) => next).join('\n')}\n`;
        const change = lineChange(before, after);
        expect(applyAll(before, change?.edits ?? [])).toBe(after);
        const changed = pairs.filter(([old, next]) => old !== next).length;
        expect(change?.marks.length ?? 0).toBe(changed);
      }),
      { numRuns: 500 },
    );
  });
});
