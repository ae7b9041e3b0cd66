import { describe, expect, it } from 'vitest';
import { Remembered } from './remembered';

describe('Remembered', () => {
  it('remembers by object, and forgets', () => {
    const memo = new Remembered<object, string>('test');
    const a = { id: 'a' };
    const b = { id: 'a' };
    expect(memo.get(a)).toBeUndefined();
    expect(memo.set(a, 'one')).toBe('one');
    expect(memo.get(a)).toBe('one');
    expect(memo.has(a)).toBe(true);
    expect(memo.get(b)).toBeUndefined();
    memo.set(a, 'two');
    expect(memo.get(a)).toBe('two');
    memo.delete(a);
    expect(memo.has(a)).toBe(false);
  });

  it('keeps two memories on one object apart', () => {
    const first = new Remembered<object, number>('first');
    const second = new Remembered<object, number>('second');
    const o = {};
    first.set(o, 1);
    second.set(o, 2);
    expect([first.get(o), second.get(o)]).toEqual([1, 2]);
  });

  it('goes with no copy of the object: spread, assign, JSON, structured clone, keys', () => {
    const memo = new Remembered<{ name: string }, string>('test');
    const w = { name: 'web' };
    memo.set(w, 'built');
    expect(memo.get({ ...w })).toBeUndefined();
    expect(memo.get(Object.assign({}, w))).toBeUndefined();
    expect(memo.get(structuredClone(w))).toBeUndefined();
    expect(JSON.stringify(w)).toBe('{"name":"web"}');
    expect(Object.keys(w)).toEqual(['name']);
    expect(w).toEqual({ name: 'web' });
    expect(w).toStrictEqual({ name: 'web' });
  });

  it('remembers for a frozen object too', () => {
    const memo = new Remembered<object, string>('test');
    const frozen = Object.freeze({ name: 'web' });
    memo.set(frozen, 'built');
    expect(memo.get(frozen)).toBe('built');
    expect(memo.has(frozen)).toBe(true);
    memo.delete(frozen);
    expect(memo.get(frozen)).toBeUndefined();
  });
});
