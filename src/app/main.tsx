/**
 * The designer's entry: restore the saved design (or open the first example), start autosave, render.
 */
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Design } from '../core';
import { FIRST_DESIGN } from '../core/examples/first';
import { App } from './App';
import { afterFrame } from './after-frame';
import { showTabNotice } from './guard/TabNotice';
import { watchOtherTabs } from './guard/two-tabs';
import { loadCatalog } from './late/catalog';
import { registerServiceWorker } from './offline/register';
import type { FragmentDesign } from './share/link';
import { beginSharedSession } from './share/session';
import { createEditorStore, EditorProvider, type Saved, STORAGE_KEY, startAutosave } from './store';
import './styles.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The saved design; the code that checks it is fetched only when there is one. */
async function readSaved(storage: Storage | null): Promise<Saved> {
  if (!storage) return { kind: 'none' };
  try {
    if (storage.getItem(STORAGE_KEY) === null) return { kind: 'none' };
  } catch (e) {
    return { kind: 'unreadable', reason: `local storage cannot be read (${String(e)})` };
  }
  const { loadSaved } = await import('./store/saved');
  return loadSaved(storage);
}

/** The design a share link in the URL carries; the code that decodes it is fetched only for such a link. */
async function readLink(hash: string): Promise<FragmentDesign> {
  if (!hash.startsWith('#design=')) return { kind: 'none' };
  const { readFragment } = await import('./share/link');
  return readFragment(hash);
}

/**
 * The service worker caches every built file (Monaco too) for offline use: its install is started
 * once the designer is up and the browser is idle, not while the first frames are being drawn.
 */
function registerWhenIdle(): void {
  const later = (): void => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(registerServiceWorker, { timeout: 3000 });
    else setTimeout(registerServiceWorker, 1000);
  };
  if (document.readyState === 'complete') setTimeout(later, 1000);
  else window.addEventListener('load', () => setTimeout(later, 1000), { once: true });
}

async function boot(): Promise<void> {
  const storage = browserStorage();
  const saved = await readSaved(storage);
  const own: Design = saved.kind === 'design' ? saved.design : FIRST_DESIGN;
  // A share link opens its design as a new, unsaved document; the fragment is cleared once read.
  const link = await readLink(window.location.hash);
  if (link.kind !== 'none') window.history.replaceState(null, '', window.location.pathname + window.location.search);
  const store = createEditorStore(link.kind === 'design' ? link.design : own);
  if (link.kind === 'error')
    store
      .getState()
      .notify(`The link could not be opened: ${link.message.replace(/\.$/, '')}. Your own design is shown.`, 'error');
  if (saved.kind === 'unreadable')
    store
      .getState()
      .notify(
        `Your saved design could not be opened (${saved.reason}); it is kept in this browser and the example is shown instead.`,
        'error',
      );
  if (storage) {
    const save = (): void => {
      const autosave = startAutosave(store, storage, 'by-size');
      let saving = true;
      const stopSaving = (): void => {
        saving = false;
        autosave.stop();
      };
      // Another tab on the same design: say so and let the user choose which tab saves.
      const tabs = watchOtherTabs((event) => {
        if (event === 'taken-over') stopSaving();
        showTabNotice(event, { editHere: () => tabs.takeOver(), leaveToOther: stopSaving });
      });
      window.addEventListener('pagehide', () => {
        if (saving) autosave.flush();
      });
      document.addEventListener('visibilitychange', () => {
        if (saving && document.visibilityState === 'hidden') autosave.flush();
      });
    };
    if (link.kind === 'design') beginSharedSession({ store, storage, own, startAutosave: save });
    else save();
  } else {
    store
      .getState()
      .notify('This browser does not allow local storage: your design will not be kept across reloads.', 'error');
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  // A share link pasted into this tab opens like a fresh visit.
  window.addEventListener('hashchange', () => {
    if (window.location.hash.startsWith('#design=')) window.location.reload();
  });
  // Rendered in one go, effects included: the first frame the browser paints already holds the
  // canvas's nodes (React Flow places them from its effects) instead of an empty canvas first.
  const app = createRoot(root);
  flushSync(() =>
    app.render(
      <StrictMode>
        <EditorProvider store={store}>
          <App />
        </EditorProvider>
      </StrictMode>,
    ),
  );
  // The catalog (templates, analysis, examples) is fetched once that frame is painted: the port
  // labels fill in, and the actions that read a template are ready.
  afterFrame(() => void loadCatalog().catch(reportCatalog));
}

function reportCatalog(error: unknown): void {
  console.error('The template catalog could not be loaded; adding a container will try again.', error);
}

void boot();
registerWhenIdle();
