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
 * A slice of the editor state for views that follow an edit rather than answer it (the canvas, the
 * top bar, the problems list). They do not subscribe as `useEditor` does: a keystroke renders the
 * field and the preview the user is watching, and these views take the new state in a transition
 * right after, which React renders in slices and drops if another keystroke comes first. Slices
 * changed by one store update arrive in one render (a fit request with the design it fits).
 */
export function useFollowing<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  const [value, setValue] = useState(() => selector(store.getState()));
  // The selector of the first render: callers pass a fixed one.
  const [select] = useState(() => selector);
  useEffect(() => {
    const follow = (next: T) => startTransition(() => setValue(() => next));
    // The state may have changed between the first render and the subscription.
    follow(select(store.getState()));
    return store.subscribe((state, before) => {
      const next = select(state);
      if (!Object.is(next, select(before))) follow(next);
    });
  }, [store, select]);
  return value;
}

const selectDesign = (s: EditorState): EditorState['design'] => s.design;

/** The design for the views that follow an edit (see `useFollowing`). */
export function useFollowingDesign(): EditorState['design'] {
  return useFollowing(selectDesign);
}
