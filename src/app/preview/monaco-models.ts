/**
 * One Monaco model per bundle path, kept for the life of the view. A model is brought up to date
 * only when it is shown, by edits on the changed lines alone (so the editor keeps its scroll
 * position and folds and re-tokenises only those lines); its view state (scroll, cursor, folds)
 * is kept when another file is shown.
 */
import { monacoLanguageId } from './file-info';
import { monaco } from './monaco-setup';
import { lineChange } from './text-diff';
import type { BundleLanguage } from './types';

type Model = monaco.editor.ITextModel;

interface Entry {
  readonly model: Model;
  /** The text last put into the model (compared instead of reading the model back). */
  text: string;
  viewState: monaco.editor.ICodeEditorViewState | null;
}

/** What changed in a model when it was brought up to date. */
export interface SyncResult {
  readonly model: Model;
  /** Line numbers (1-based) worth marking as changed; empty when nothing changed. */
  readonly changedLines: readonly number[];
}

let nextStore = 0;

/** The models of one preview, each under its own URI. */
export class ModelStore {
  private readonly entries = new Map<string, Entry>();
  private readonly scheme = `podsmith-preview-${nextStore++}`;

  /**
   * Creates or updates the model of `path` so that it holds `content` in `language`. `undoable`: the
   * update goes onto the model's undo stack (a model the user types in), so its own undo stays right.
   */
  sync(path: string, content: string, language: BundleLanguage, undoable = false): SyncResult {
    const languageId = monacoLanguageId(language);
    const entry = this.entries.get(path);
    if (entry === undefined) {
      const uri = monaco.Uri.from({ scheme: this.scheme, path: `/${path}` });
      const model = monaco.editor.createModel(content, languageId, uri);
      model.setEOL(monaco.editor.EndOfLineSequence.LF);
      this.entries.set(path, { model, text: content, viewState: null });
      return { model, changedLines: [] };
    }
    const { model } = entry;
    if (model.getLanguageId() !== languageId) monaco.editor.setModelLanguage(model, languageId);
    const change = lineChange(entry.text, content);
    entry.text = content;
    if (change === null) return { model, changedLines: [] };
    if (content.includes('\r') || model.getEOL() !== '\n') {
      // Offsets into CRLF text do not match the model's: replace the whole text instead.
      model.setValue(content);
      if (!content.includes('\r')) model.setEOL(monaco.editor.EndOfLineSequence.LF);
      return { model, changedLines: [] };
    }
    const edits = change.edits.map((edit) => ({
      range: monaco.Range.fromPositions(model.getPositionAt(edit.start), model.getPositionAt(edit.end)),
      text: edit.text,
    }));
    if (undoable) {
      model.pushStackElement();
      model.pushEditOperations(null, edits, () => null);
      model.pushStackElement();
    } else model.applyEdits(edits);
    return { model, changedLines: change.marks.map((offset) => model.getPositionAt(offset).lineNumber) };
  }

  /** Records what the user typed into the model of `path`, so the next update starts from it. */
  typed(path: string, text: string): void {
    const entry = this.entries.get(path);
    if (entry !== undefined) entry.text = text;
  }

  /** Remembers the view state of `path` (scroll, cursor, folds) for when it is shown again. */
  saveViewState(path: string, viewState: monaco.editor.ICodeEditorViewState | null): void {
    const entry = this.entries.get(path);
    if (entry !== undefined) entry.viewState = viewState;
  }

  /** The view state saved for `path`, if any. */
  viewState(path: string): monaco.editor.ICodeEditorViewState | null {
    return this.entries.get(path)?.viewState ?? null;
  }

  /** Disposes the models whose path is no longer in the bundle. */
  retain(paths: ReadonlySet<string>, keep: string): void {
    for (const [path, entry] of this.entries) {
      if (path === keep || paths.has(path)) continue;
      entry.model.dispose();
      this.entries.delete(path);
    }
  }

  /** Disposes every model. */
  dispose(): void {
    for (const entry of this.entries.values()) entry.model.dispose();
    this.entries.clear();
  }
}
