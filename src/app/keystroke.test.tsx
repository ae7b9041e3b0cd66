/**
 * One keystroke in a parameter field builds the edited container's template once: the canvas's port
 * labels, the inspector's API surface, the shard explorer, the problems and the preview all read the
 * core's analysis, which remembers every other container.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { builtWorkload, type Design, sketchDesign, TEMPLATES } from '../core';
import { findContainer, setParam } from '../core/edit/ops';
import { NodeCache, problemsById, toNodes } from './canvas/adapter';
import { bundleOf, diagnosticsOf } from './derive';
import { ContainerInspector } from './inspector/ContainerInspector';
import { ExplorerDialog } from './shell/WorkshopPanels';
import { createEditorStore, EditorProvider } from './store';

const start = (): Design =>
  sketchDesign({
    name: 'shop',
    workloads: [
      { name: 'cache', containers: [{ template: 'app-node' }, { template: 'twemproxy' }] },
      { name: 'web', containers: [{ template: 'app-node' }, { template: 'request-splitter' }] },
      { name: 'db', containers: [{ template: 'app-mysql' }, { template: 'mysql-health' }] },
    ],
  });

const PROXY = 'w1c2';

/** What the designer renders for the design after a keystroke, with the proxy selected and its explorer open. */
function renderViews(design: Design, cache: NodeCache): void {
  const problems = problemsById(diagnosticsOf(design));
  toNodes(
    design,
    { selection: { kind: 'container', id: PROXY }, problems, dropTarget: null, built: builtWorkload },
    cache,
  );
  bundleOf(design);
  const found = findContainer(design, PROXY);
  if (!found) throw new Error('no proxy');
  // A store made with the design: server rendering reads a store's initial state.
  renderToStaticMarkup(
    <EditorProvider store={createEditorStore(design)}>
      <ContainerInspector workload={found.workload} container={found.container} />
      <ExplorerDialog explorer={{ kind: 'shard', containerId: PROXY }} onClose={() => {}} />
    </EditorProvider>,
  );
}

/** Counts template builds by container id while `run` runs. */
function buildsDuring(run: () => void): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const t of TEMPLATES) {
    const build = t.build.bind(t);
    vi.spyOn(t, 'build').mockImplementation((input) => {
      counts[input.container.id] = (counts[input.container.id] ?? 0) + 1;
      return build(input);
    });
  }
  run();
  vi.restoreAllMocks();
  return counts;
}

afterEach(() => vi.restoreAllMocks());

describe('one keystroke', () => {
  it('builds the edited container once and no other container', () => {
    const store = createEditorStore(start());
    const cache = new NodeCache();
    renderViews(store.getState().design, cache);
    for (const port of [6380, 6381]) {
      const builds = buildsDuring(() => {
        store.getState().edit((d) => setParam(d, PROXY, 'listenPort', port), `${PROXY}:listenPort`);
        renderViews(store.getState().design, cache);
      });
      expect(builds).toEqual({ [PROXY]: 1 });
    }
    const labels = toNodes(
      store.getState().design,
      { selection: null, problems: new Map(), dropTarget: null, built: builtWorkload },
      cache,
    )
      .filter((n) => n.id === PROXY)
      .flatMap((n) => (n.type === 'container' ? n.data.ports : []));
    expect(labels.some((l) => l.startsWith('6381 '))).toBe(true);
  });

  it('builds only the edited container of another workload, not the proxy', () => {
    const store = createEditorStore(start());
    const cache = new NodeCache();
    renderViews(store.getState().design, cache);
    const builds = buildsDuring(() => {
      store.getState().edit((d) => setParam(d, 'w2c2', 'listenPort', 8081));
      renderViews(store.getState().design, cache);
    });
    expect(builds).toEqual({ w2c2: 1 });
  });
});
