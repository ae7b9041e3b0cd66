import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Design, sketchDesign } from '../../core';
import { findContainer, renameWorkload, setParam } from '../../core/edit/ops';
import { setTableCell } from '../../core/edit/template-ops';
import { loadCatalog } from '../late/catalog';
import { createEditorStore } from './editor';
import { COALESCE_MS, HISTORY_LIMIT } from './history';
import { AT_ONCE_BELOW, type KeyValueStorage, STORAGE_KEY, startAutosave, UNREADABLE_KEY } from './persist';
import { loadSaved } from './saved';

const design = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      { name: 'web', containers: [{ template: 'app-node' }, { template: 'app-redis' }] },
      { name: 'db', containers: [{ template: 'app-mysql' }] },
    ],
    links: [{ from: 'web/web', to: 'web/redis', kind: 'traffic' }],
  });

// The designer fetches the catalog right after its first frame; these tests act after that.
beforeAll(() => loadCatalog());

class MemoryStorage implements KeyValueStorage {
  readonly map = new Map<string, string>();
  writes = 0;
  failing = false;
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failing) throw new Error('QuotaExceededError');
    this.writes++;
    this.map.set(key, value);
  }
}

describe('editor store: undo and redo', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('undoes and redoes every edit', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    const first = s().design;
    s().edit((d) => renameWorkload(d, 'w1', 'shop'));
    s().edit((d) => renameWorkload(d, 'w2', 'store'));
    expect(s().design.workloads.map((w) => w.name)).toEqual(['shop', 'store']);
    s().undo();
    expect(s().design.workloads.map((w) => w.name)).toEqual(['shop', 'db']);
    s().undo();
    expect(s().design).toBe(first);
    s().undo();
    expect(s().design).toBe(first);
    s().redo();
    s().redo();
    expect(s().design.workloads.map((w) => w.name)).toEqual(['shop', 'store']);
    expect(s().history.future).toHaveLength(0);
  });

  it('an edit that changes nothing makes no step', () => {
    const store = createEditorStore(design());
    store.getState().edit((d) => renameWorkload(d, 'w1', 'web'));
    expect(store.getState().history.past).toHaveLength(0);
  });

  it('keystrokes in one field within the coalesce window are one step', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    for (const port of [6, 63, 638, 6380]) {
      s().edit((d) => setTableCell(d, 'w1c2', 'ports', 0, 'port', port), 'w1c2:ports[0].port');
      vi.advanceTimersByTime(100);
    }
    expect(s().history.past).toHaveLength(1);
    vi.advanceTimersByTime(COALESCE_MS);
    s().edit((d) => setTableCell(d, 'w1c2', 'ports', 0, 'port', 6381), 'w1c2:ports[0].port');
    expect(s().history.past).toHaveLength(2);
    s().undo();
    expect(findContainer(s().design, 'w1c2')?.container.params.ports).toEqual([
      { name: 'redis', port: 6380, localhostOnly: false, udp: false },
    ]);
    s().undo();
    expect(findContainer(s().design, 'w1c2')?.container.params.ports).toBeUndefined();
  });

  it('keeps a bounded history', () => {
    const store = createEditorStore(design());
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) store.getState().edit((d) => setParam(d, 'w1c1', 'args', [`${i}`]));
    expect(store.getState().history.past).toHaveLength(HISTORY_LIMIT);
  });

  it('drops a selection whose element an undo removed', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().addFromTemplate('app-generic', { kind: 'workload', workloadId: 'w2' });
    expect(s().selection).toEqual({ kind: 'container', id: 'c1' });
    s().undo();
    expect(s().selection).toBeNull();
  });
});

describe('editor store: commands', () => {
  it('adds from a template to a workload or a new Pod, and selects the container', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().addFromTemplate('app-redis', { kind: 'new-pod', at: { x: 900, y: 40 } });
    const added = findContainer(s().design, 'c1');
    expect(added?.workload).toMatchObject({ id: 'w3', kind: 'Pod', layout: { x: 900, y: 40 } });
    expect(s().selection).toEqual({ kind: 'container', id: 'c1' });
    expect(s().notice?.text).toBe('Added app redis to pod.');
    expect(s().defaultPlacement()).toEqual({ kind: 'workload', workloadId: 'w3' });
    s().select({ kind: 'workload', id: 'w1' });
    expect(s().defaultPlacement()).toEqual({ kind: 'workload', workloadId: 'w1' });
    s().select(null);
    expect(s().defaultPlacement()).toEqual({ kind: 'new-pod' });
  });

  it('deletes the selection as one undoable step', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().select({ kind: 'container', id: 'w1c2' });
    s().deleteSelection();
    expect(s().design.workloads[0]?.containers.map((c) => c.id)).toEqual(['w1c1']);
    expect(s().design.links).toHaveLength(0);
    expect(s().selection).toBeNull();
    s().undo();
    expect(s().design.links).toHaveLength(1);
  });

  it('reveal selects the target and asks for its field', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().reveal({ kind: 'container', workloadId: 'w1', containerId: 'w1c2', field: 'ports[0].port' });
    expect(s().selection).toEqual({ kind: 'container', id: 'w1c2' });
    const first = s().focus;
    expect(first?.field).toBe('ports[0].port');
    s().reveal({ kind: 'container', workloadId: 'w1', containerId: 'w1c2', field: 'ports[0].port' });
    expect(s().focus?.nonce).not.toBe(first?.nonce);
  });

  it('new design and examples are undoable', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().newDesign();
    expect(s().design.workloads).toHaveLength(0);
    s().openExample('sharded-redis');
    expect(s().design.name).toBe('sharded-redis');
    s().openExample('no-such-example');
    expect(s().notice?.tone).toBe('error');
    s().undo();
    s().undo();
    expect(s().design.name).toBe('shop');
  });
});

describe('autosave', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves once after a burst of edits and restores the same design', () => {
    const storage = new MemoryStorage();
    const store = createEditorStore(design());
    const autosave = startAutosave(store, storage, 250);
    for (let i = 0; i < 5; i++) store.getState().edit((d) => setParam(d, 'w1c1', 'args', [`--n=${i}`]));
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(250);
    expect(storage.writes).toBe(1);
    const saved = loadSaved(storage);
    expect(saved).toEqual({ kind: 'design', design: store.getState().design });
    autosave.stop();
  });

  it('flush writes the pending change at once (pagehide)', () => {
    const storage = new MemoryStorage();
    const store = createEditorStore(design());
    const autosave = startAutosave(store, storage, 250);
    store.getState().edit((d) => renameWorkload(d, 'w1', 'shop'));
    autosave.flush();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').workloads[0].name).toBe('shop');
    autosave.flush();
    expect(storage.writes).toBe(1);
    autosave.stop();
  });

  it('by size: a small design is written in the change, a large one after the frame (once for all its changes); flush writes at once', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    try {
      const storage = new MemoryStorage();
      const store = createEditorStore(design());
      const autosave = startAutosave(store, storage, 'by-size');
      store.getState().edit((d) => setParam(d, 'w1c1', 'args', ['--small']));
      expect(storage.writes).toBe(1);
      expect(frames).toHaveLength(0);
      // Large now: the next changes wait for the frame.
      const long = 'x'.repeat(AT_ONCE_BELOW);
      store.getState().edit((d) => setParam(d, 'w1c1', 'args', [long]));
      expect(storage.writes).toBe(2);
      storage.writes = 0;
      for (let i = 0; i < 3; i++) store.getState().edit((d) => setParam(d, 'w1c1', 'args', [long, `--n=${i}`]));
      expect(storage.writes).toBe(0);
      expect(frames).toHaveLength(1);
      frames.shift()?.(0);
      expect(storage.writes).toBe(0);
      vi.advanceTimersByTime(0);
      expect(storage.writes).toBe(1);
      expect(loadSaved(storage)).toEqual({ kind: 'design', design: store.getState().design });
      store.getState().edit((d) => renameWorkload(d, 'w1', 'shop'));
      expect(storage.writes).toBe(1);
      autosave.flush();
      expect(storage.writes).toBe(2);
      expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').workloads[0].name).toBe('shop');
      frames.shift()?.(0);
      vi.advanceTimersByTime(0);
      expect(storage.writes).toBe(2);
      autosave.stop();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('a failing storage becomes an error notice, not an exception', () => {
    const storage = new MemoryStorage();
    storage.failing = true;
    const store = createEditorStore(design());
    const autosave = startAutosave(store, storage, 250);
    store.getState().edit((d) => renameWorkload(d, 'w1', 'shop'));
    vi.advanceTimersByTime(300);
    expect(store.getState().notice?.tone).toBe('error');
    expect(store.getState().notice?.text).toMatch(/could not be saved/);
    autosave.stop();
  });

  it('loadSaved passes saved text through restore and keeps what it refuses', () => {
    const storage = new MemoryStorage();
    expect(loadSaved(storage)).toEqual({ kind: 'none' });
    storage.map.set(STORAGE_KEY, '{not json');
    expect(loadSaved(storage)).toEqual({ kind: 'unreadable', reason: 'the saved text is not JSON' });
    expect(storage.map.get(UNREADABLE_KEY)).toBe('{not json');
    storage.map.set(STORAGE_KEY, JSON.stringify({ schemaVersion: 1, name: 5 }));
    const saved = loadSaved(storage);
    expect(saved.kind).toBe('unreadable');
  });
});

describe('editor store: externals', () => {
  it('adds an external endpoint, selects it, and undoes it', () => {
    const store = createEditorStore(design());
    const s = () => store.getState();
    s().addExternal('prometheus', { x: 10, y: 20 });
    expect(s().design.externals.at(-1)).toMatchObject({
      id: 'e1',
      name: 'prometheus',
      kind: 'prometheus',
      layout: { x: 10, y: 20 },
    });
    expect(s().selection).toEqual({ kind: 'external', id: 'e1' });
    s().undo();
    expect(s().design.externals).toHaveLength(0);
  });
});
