/**
 * The designer's entry: restore the saved design (or open the first example), start autosave, render.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { type Design, FIRST_EXAMPLE, getExample } from '../core';
import { emptyDesign } from '../core/model/ops';
import { App } from './App';
import { createEditorStore, EditorProvider, loadSaved, startAutosave } from './store';
import './styles.css';

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function boot(): void {
  const storage = browserStorage();
  const saved = storage ? loadSaved(storage) : ({ kind: 'none' } as const);
  const first: Design = getExample(FIRST_EXAMPLE)?.design ?? emptyDesign();
  const store = createEditorStore(saved.kind === 'design' ? saved.design : first);
  if (saved.kind === 'unreadable')
    store
      .getState()
      .notify(
        `Your saved design could not be opened (${saved.reason}); it is kept in this browser and the example is shown instead.`,
        'error',
      );
  if (storage) {
    const autosave = startAutosave(store, storage);
    window.addEventListener('pagehide', () => autosave.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') autosave.flush();
    });
  } else {
    store
      .getState()
      .notify('This browser does not allow local storage: your design will not be kept across reloads.', 'error');
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <EditorProvider store={store}>
        <App />
      </EditorProvider>
    </StrictMode>,
  );
}

boot();
