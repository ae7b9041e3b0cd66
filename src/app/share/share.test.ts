import { describe, expect, it } from 'vitest';
import { getExample } from '../../core';
import { createEditorStore, STORAGE_KEY, startAutosave } from '../store';
import { readFragment, shareLink } from './link';
import { beginSharedSession, sharedSession } from './session';

const shared = getExample('request-splitting')?.design;
const own = getExample('sharded-redis')?.design;
if (!shared || !own) throw new Error('examples missing');

describe('share links', () => {
  it('a link carries the design whole', () => {
    const link = shareLink('http://127.0.0.1:4173/', shared);
    expect(link.url.startsWith('http://127.0.0.1:4173/#design=1.')).toBe(true);
    expect(link.tooLong).toBe(false);
    const r = readFragment(new URL(link.url).hash);
    expect(r).toEqual({ kind: 'design', design: shared });
  });

  it('a fragment without a design is ignored; a damaged or cut-off one is an error', () => {
    expect(readFragment('')).toEqual({ kind: 'none' });
    expect(readFragment('#inspector')).toEqual({ kind: 'none' });
    const url = shareLink('http://x/', shared).url;
    const cut = readFragment(new URL(url).hash.slice(0, 60));
    expect(cut.kind).toBe('error');
    expect(cut.kind === 'error' && cut.message).toMatch(/share link/);
    expect(readFragment('#design=nonsense').kind).toBe('error');
  });
});

function memoryStorage() {
  const map = new Map<string, string>();
  return { getItem: (k: string) => map.get(k) ?? null, setItem: (k: string, v: string) => void map.set(k, v), map };
}

describe('shared session', () => {
  it('keep saves the shared design and starts autosave', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(own));
    const store = createEditorStore(shared);
    let started = 0;
    beginSharedSession({ store, storage, own, startAutosave: () => started++ });
    expect(sharedSession.getState().active).toBe(true);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '')).toEqual(own);
    sharedSession.getState().keep();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '')).toEqual(shared);
    expect(started).toBe(1);
    expect(sharedSession.getState().active).toBe(false);
  });

  it('back opens the own design and leaves the saved one as it was', () => {
    const storage = memoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(own));
    const store = createEditorStore(shared);
    beginSharedSession({
      store,
      storage,
      own,
      startAutosave: () => startAutosave(store, storage, 0),
    });
    sharedSession.getState().back();
    expect(store.getState().design).toEqual(own);
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '')).toEqual(own);
    expect(sharedSession.getState().active).toBe(false);
  });
});
