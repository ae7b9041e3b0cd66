export { EditorProvider, useEditor, useEditorStore, useFollowing, useFollowingDesign } from './context';
export type { EditorState, EditorStore, FocusRequest, Notice, Placement, TemplateDraft } from './editor';
export { createEditorStore, selectId } from './editor';
export type { Autosave, KeyValueStorage } from './persist';
export { STORAGE_KEY, startAutosave, writeDesign } from './persist';
export type { Saved } from './saved';
export type { Selection } from './selection';
