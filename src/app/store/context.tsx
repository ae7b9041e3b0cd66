/** React access to the editor store: one provider, narrow selectors. */
import { createContext, type ReactNode, useContext, useDeferredValue } from 'react';
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
 * problems list): during a keystroke they keep the design they show, and draw the new one in a
 * render of their own right after, so the field and the preview the user is watching are not kept
 * waiting for them.
 */
export function useFollowingDesign(): EditorState['design'] {
  return useDeferredValue(useEditor((s) => s.design));
}
