import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, forgetLesson, parseProgress, recordSteps, serializeProgress, setActive } from './progress';

describe('parseProgress survives whatever storage holds', () => {
  it.each([
    ['nothing', null],
    ['empty', ''],
    ['not JSON', '{"done":'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['null', 'null'],
    ['done is a string', '{"done":"x","completed":"y"}'],
  ])('%s gives empty progress', (_name, text) => {
    expect(parseProgress(text)).toEqual(EMPTY_PROGRESS);
  });

  it('drops malformed entries one by one', () => {
    const text = JSON.stringify({
      active: 'Bad Id',
      done: { 'shard-redis': ['add-ambassador', 7, 'add-ambassador', '<script>'], 'NOT OK': ['x'], other: 'x' },
      completed: ['shard-redis', null, 'shard-redis'],
    });
    expect(parseProgress(text)).toEqual({
      done: { 'shard-redis': ['add-ambassador'], other: [] },
      completed: ['shard-redis'],
    });
  });

  it('reads back what serializeProgress writes', () => {
    let p = setActive(EMPTY_PROGRESS, 'experiment');
    p = recordSteps(p, 'experiment', ['experiment-pod', 'ninety-ten'], false);
    p = recordSteps(p, 'log-to-stdout', ['add-adapter', 'log-path', 'name'], true);
    expect(parseProgress(serializeProgress(p))).toEqual(p);
  });
});

describe('progress edits', () => {
  it('recordSteps merges, marks completion once, and returns the same object when nothing changes', () => {
    const a = recordSteps(EMPTY_PROGRESS, 'x', ['s1'], false);
    const b = recordSteps(a, 'x', ['s1', 's2'], true);
    expect(b).toEqual({ done: { x: ['s1', 's2'] }, completed: ['x'] });
    expect(recordSteps(b, 'x', ['s2'], true)).toBe(b);
  });

  it('forgetLesson clears one lesson only', () => {
    const p = recordSteps(recordSteps(EMPTY_PROGRESS, 'x', ['a'], true), 'y', ['b'], true);
    expect(forgetLesson(p, 'x')).toEqual({ done: { y: ['b'] }, completed: ['y'] });
  });

  it('setActive sets and clears the open lesson', () => {
    const p = setActive(EMPTY_PROGRESS, 'x');
    expect(p.active).toBe('x');
    expect(setActive(p, 'x')).toBe(p);
    expect(setActive(p, undefined)).toEqual(EMPTY_PROGRESS);
  });
});
