import { describe, expect, it } from 'vitest';
import { sketchDesign } from '../../core';
import { DRAFTS_KEY, MAX_DRAFTS, readDrafts, writeDrafts } from './drafts';
import { createEditorStore } from './editor';
import { type KeyValueStorage, startAutosave } from './persist';

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  failing = false;
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failing) throw new Error('QuotaExceededError');
    this.map.set(key, value);
  }
}

const draft = { path: 'all.yaml', base: 'a: 1\n', text: 'a: [1\n' };
const design = () =>
  sketchDesign({ name: 'shop', workloads: [{ name: 'web', containers: [{ template: 'app-node' }] }] });

describe('draft storage', () => {
  it('writes and reads drafts back', () => {
    const s = new MemoryStorage();
    writeDrafts(s, { 'all.yaml': draft });
    expect(readDrafts(s)).toEqual({ drafts: { 'all.yaml': draft } });
    writeDrafts(s, {});
    expect(readDrafts(s)).toEqual({ drafts: {} });
  });

  it('has none when nothing was kept', () => {
    expect(readDrafts(new MemoryStorage())).toEqual({ drafts: {} });
  });

  it.each([
    ['not JSON', '{', /not JSON/],
    ['not a list', '{"path":"all.yaml"}', /not a list/],
    ['too many', JSON.stringify(Array.from({ length: MAX_DRAFTS + 1 }, () => draft)), /not a list/],
  ])('drops corrupt storage (%s) and says why', (_what, text, reason) => {
    const s = new MemoryStorage();
    s.map.set(DRAFTS_KEY, text);
    const r = readDrafts(s);
    expect(r.drafts).toEqual({});
    expect(r.problem).toMatch(reason);
  });

  it('leaves out drafts of the wrong shape and keeps the rest', () => {
    const s = new MemoryStorage();
    s.map.set(
      DRAFTS_KEY,
      JSON.stringify([draft, { path: 'x', base: 1, text: '' }, null, { path: '__proto__', base: '', text: '' }]),
    );
    const r = readDrafts(s);
    expect(Object.keys(r.drafts)).toEqual(['all.yaml']);
    expect(r.problem).toMatch(/^3 saved drafts were not readable/);
    expect(Object.getPrototypeOf(r.drafts)).toBe(Object.prototype);
  });

  it('says so when storage cannot be read', () => {
    const s: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {},
    };
    expect(readDrafts(s).problem).toMatch(/cannot be read \(Error: SecurityError\)/);
  });
});

describe('drafts in the store and autosave', () => {
  it('saves drafts as they are typed and puts them back in Edit mode', () => {
    const s = new MemoryStorage();
    const store = createEditorStore(design());
    const autosave = startAutosave(store, s, 0);
    store.getState().setDraft('all.yaml', draft);
    expect(JSON.parse(s.getItem(DRAFTS_KEY) ?? '')).toEqual([draft]);
    autosave.stop();

    const again = createEditorStore(design());
    expect(again.getState().editingText).toBe(false);
    startAutosave(again, s, 0).stop();
    expect(again.getState().drafts).toEqual({ 'all.yaml': draft });
    expect(again.getState().editingText).toBe(true);
  });

  it('warns when a draft cannot be saved (a full storage) and keeps it in memory', () => {
    const s = new MemoryStorage();
    const store = createEditorStore(design());
    startAutosave(store, s, 0);
    s.failing = true;
    store.getState().setDraft('all.yaml', draft);
    expect(store.getState().drafts['all.yaml']).toBe(draft);
    expect(store.getState().notice).toMatchObject({ tone: 'error' });
    expect(store.getState().notice?.text).toMatch(/could not be saved.*Apply or discard it before you reload/);
  });

  it('says so when saved drafts are corrupt, and starts without them', () => {
    const s = new MemoryStorage();
    s.map.set(DRAFTS_KEY, 'nonsense');
    const store = createEditorStore(design());
    startAutosave(store, s, 0);
    expect(store.getState().drafts).toEqual({});
    expect(store.getState().editingText).toBe(false);
    expect(store.getState().notice?.text).toMatch(
      /text drafts could not all be opened \(the saved drafts are not JSON\)/,
    );
  });

  it('applies a text as one undo step and drops its draft; undo brings the design back', () => {
    const store = createEditorStore(design());
    const before = store.getState().design;
    store.getState().setDraft('all.yaml', draft);
    const after = { ...before, name: 'shop-2' };
    store.getState().applyText('all.yaml', after);
    expect(store.getState().design).toBe(after);
    expect(store.getState().drafts).toEqual({});
    store.getState().undo();
    expect(store.getState().design).toBe(before);
  });

  it('makes the keystrokes typed in one file one undo step', () => {
    const store = createEditorStore(design());
    const before = store.getState().design;
    store.getState().applyText('all.yaml', { ...before, name: 'a' }, 'text:all.yaml');
    store.getState().applyText('all.yaml', { ...before, name: 'ab' }, 'text:all.yaml');
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().design).toBe(before);
  });
});
