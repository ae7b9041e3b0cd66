/** React access to the editor store: one provider, narrow selectors. */
import { createContext, type ReactNode, startTransition, useContext, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor';

const EditorContext = createContext<EditorStore | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

/** The store itself, for event handlers that read state without subscribing. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore: no EditorProvider above this component');
  return store;
}

/** Subscribes to one slice of the editor state; the component re-renders only when it changes. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/**
 * The design for views that follow an edit rather than answer it (the canvas, the top bar, the
 * problems list). They do not subscribe to the store as `useEditor` does: a keystroke renders the
 * field and the preview the user is watching, and these views draw the new design in a transition
 * right after, which React renders in slices and drops if another keystroke comes first.
 */
export function useFollowingDesign(): EditorState['design'] {
  const store = useEditorStore();
  const [design, setDesign] = useState(() => store.getState().design);
  useEffect(() => {
    const follow = (next: EditorState['design']) => startTransition(() => setDesign(next));
    // The design may have changed between this render and the subscription.
    follow(store.getState().design);
    return store.subscribe((state, before) => {
      if (state.design !== before.design) follow(state.design);
    });
  }, [store]);
  return design;
}
