import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, recordSteps } from '../../core/teach';
import { PROGRESS_KEY, progressStore } from './storage';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), data };
}

describe('progressStore', () => {
  it('reads bad data as empty progress', () => {
    expect(progressStore(memoryStorage({ [PROGRESS_KEY]: '{oops' })).load()).toEqual(EMPTY_PROGRESS);
  });
  it('round-trips progress', () => {
    const s = memoryStorage();
    const store = progressStore(s);
    const p = recordSteps(EMPTY_PROGRESS, 'shard-redis', ['add-ambassador'], false);
    store.save(p);
    expect(progressStore(s).load()).toEqual(p);
  });
  it('survives a storage that throws, keeping progress in memory', () => {
    const store = progressStore({
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    });
    const p = recordSteps(EMPTY_PROGRESS, 'x', ['a'], true);
    expect(() => store.save(p)).not.toThrow();
    expect(store.load()).toEqual(p);
  });
  it('works without storage', () => {
    const store = progressStore(null);
    const p = recordSteps(EMPTY_PROGRESS, 'x', ['a'], false);
    store.save(p);
    expect(store.load()).toEqual(p);
  });
});
