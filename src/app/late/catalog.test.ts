/**
 * The catalog arrives after the first frame: an action that reads a template before then is done
 * when it arrives, and nothing is lost or done twice. (Each test file has its own modules, so the
 * catalog is not loaded when this one starts.)
 */
import { describe, expect, it } from 'vitest';
import { FIRST_DESIGN } from '../../core/examples/first';
import { createEditorStore } from '../store/editor';
import { catalogNow, loadCatalog, onCatalog } from './catalog';

describe('the late catalog', () => {
  it('adds a container pressed before the catalog arrived once it has, and opens an example', async () => {
    expect(catalogNow()).toBeNull();
    const store = createEditorStore(FIRST_DESIGN);
    let told = 0;
    const stop = onCatalog(() => told++);
    store.getState().addFromTemplate('app-redis', { kind: 'workload', workloadId: 'w1' });
    store.getState().openExample('topz');
    // Nothing yet: the first frame's code has no template.
    expect(store.getState().design).toBe(FIRST_DESIGN);

    const catalog = await loadCatalog();
    await Promise.resolve();
    expect(catalogNow()).toBe(catalog);
    expect(told).toBe(1);
    stop();

    const { history, design } = store.getState();
    expect(history.past).toHaveLength(2);
    // The container went into the first design, then the example replaced it (one undo brings it back).
    const before = history.past[1];
    expect(before?.workloads[0]?.containers.map((c) => c.template)).toEqual(['app-node', 'twemproxy', 'app-redis']);
    expect(design.name).toBe('topz');
  });

  it('fetches once, however many ask', async () => {
    const [a, b] = await Promise.all([loadCatalog(), loadCatalog()]);
    expect(a).toBe(b);
    expect(a).toBe(catalogNow());
  });
});
