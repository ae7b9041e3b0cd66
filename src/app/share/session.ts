/**
 * A design opened from a share link is a new, unsaved document: autosave waits until the user keeps
 * it (which saves it over the autosaved design) or goes back to their own design.
 */
import { createStore } from 'zustand/vanilla';
import type { Design } from '../../core';
import { type EditorStore, type KeyValueStorage, writeDesign } from '../store';

export interface SharedSessionState {
  /** True while the shown design came from a link and is not saved. */
  readonly active: boolean;
  /** Saves the shared design in this browser and starts saving changes. */
  keep(): void;
  /** Opens the autosaved design again and starts saving changes. */
  back(): void;
}

const idle = { active: false, keep: () => {}, back: () => {} };

/** The one shared-design session of the page. */
export const sharedSession = createStore<SharedSessionState>()(() => idle);

export interface SharedSessionOptions {
  readonly store: EditorStore;
  readonly storage: KeyValueStorage;
  /** The design to go back to (the autosaved one, or the first example when none is saved). */
  readonly own: Design;
  /** Starts autosave; called once, when the session ends. */
  readonly startAutosave: () => void;
}

/** Begins a session for the design the store holds now (it came from a link). */
export function beginSharedSession({ store, storage, own, startAutosave }: SharedSessionOptions): void {
  const end = (): void => {
    sharedSession.setState(idle);
    startAutosave();
  };
  sharedSession.setState({
    active: true,
    keep: () => {
      try {
        writeDesign(storage, store.getState().design);
        store.getState().notify('Kept the shared design: it is now saved in this browser.');
      } catch (e) {
        store
          .getState()
          .notify(`The design could not be saved in this browser (${String(e)}). Export it to keep it.`, 'error');
      }
      end();
    },
    back: () => {
      store.getState().replace(own, 'Back to your design. Undo brings the shared design back.');
      end();
    },
  });
}
