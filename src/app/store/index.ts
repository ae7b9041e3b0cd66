export { EditorProvider, useEditor, useEditorStore } from './context';
export type { EditorState, EditorStore, FocusRequest, Notice, Placement } from './editor';
export { createEditorStore, selectId } from './editor';
export type { Autosave, KeyValueStorage, Saved } from './persist';
export { loadSaved, STORAGE_KEY, startAutosave } from './persist';
export type { Selection } from './selection';
