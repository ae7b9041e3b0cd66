/**
 * The contract between a config file's field and its lazily loaded Monaco editor. This file imports
 * no Monaco code, so the inspector can use it without pulling Monaco into the first JavaScript
 * chunk; the editor shares the preview's Monaco chunk.
 */
import type { ComponentType } from 'react';
import type { FileLanguage } from '../../../core/contracts/files';
import type { ColorScheme } from '../../preview/use-color-scheme';

export interface CodeEditorProps {
  readonly value: string;
  readonly language: FileLanguage;
  /** The editor's accessible name. */
  readonly ariaLabel: string;
  readonly scheme: ColorScheme;
  readonly onChange: (value: string) => void;
  /** Undo and redo go to the design's history (one step per edit), not to the editor's own. */
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

export type CodeEditor = ComponentType<CodeEditorProps>;

let pending: Promise<CodeEditor> | null = null;

/** Loads the editable Monaco editor (fetched once; a failed load may be retried). */
export function loadCodeEditor(): Promise<CodeEditor> {
  if (pending === null)
    pending = import('./monaco-code-editor').then(
      (m) => m.MonacoCodeEditor,
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  return pending;
}
