/** React access to the editor store: one provider, narrow selectors. */
import { createContext, type ReactNode, useContext } from 'react';
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
