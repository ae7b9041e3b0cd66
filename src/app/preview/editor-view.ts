/**
 * The contract between the panel and its lazily loaded Monaco view. This file imports no Monaco
 * code, so the panel can use it without pulling Monaco into the first JavaScript chunk.
 */
import type { ComponentType } from 'react';
import type { TextProblem } from '../../core';
import type { BundleLanguage } from './types';
import type { ColorScheme } from './use-color-scheme';

/** What the Monaco view needs to show one file of the bundle. */
export interface EditorViewProps {
  readonly path: string;
  readonly content: string;
  readonly language: BundleLanguage;
  /** Paths of every file of the bundle; models of other paths are disposed. */
  readonly paths: ReadonlySet<string>;
  readonly scheme: ColorScheme;
  /** Called once the editor is on screen. */
  readonly onReady: () => void;
  /** Edit mode: the user may type in this file (read-only otherwise). */
  readonly editable?: boolean;
  /** Why the file cannot be typed in, shown when the user tries (Edit mode). */
  readonly readOnlyReason?: string;
  /** Where the typed text does not read: markers at their lines (owner `podsmith-text`). */
  readonly problems?: readonly TextProblem[];
  /** Called with the whole text after each change the user makes. */
  readonly onType?: (path: string, text: string) => void;
  /** A place to put the cursor on and show (a problem clicked beside the editor); `nonce` asks again. */
  readonly goTo?: { readonly line: number; readonly column: number; readonly nonce: number } | null;
}

export type EditorView = ComponentType<EditorViewProps>;

/** Performance marks: the Monaco chunk is requested, has arrived, and the editor shows a file. */
export const EDITOR_LOAD_START = 'preview-editor-load-start';
export const EDITOR_LOADED = 'preview-editor-loaded';
export const EDITOR_READY = 'preview-editor-ready';

let pending: Promise<EditorView> | null = null;

/**
 * Loads the Monaco view (its own chunk, fetched once). A failed load may be retried.
 *
 * @example
 * loadEditorView().then((View) => setView(() => View));
 */
export function loadEditorView(): Promise<EditorView> {
  if (pending === null) {
    performance.mark(EDITOR_LOAD_START);
    pending = import('./monaco-editor-view').then(
      (module) => {
        performance.mark(EDITOR_LOADED);
        return module.MonacoEditorView;
      },
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  }
  return pending;
}
