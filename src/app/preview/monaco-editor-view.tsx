/**
 * The read-only Monaco editor of the preview. Loaded lazily (its own chunk): the panel shows the
 * text in a plain `<pre>` until this view reports that it is ready.
 *
 * One editor for the life of the view; switching files swaps models, and a change of content is
 * applied to the shown model as the smallest edit. Each update is measured as the performance
 * entry `preview-sync` (duration in ms) for the benchmarks.
 */
import { useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { afterFrame } from '../after-frame';
import { PreviewDiagnosticsContext } from './diagnostics-context';
import { EDITOR_READY, type EditorViewProps } from './editor-view';
import { markModel } from './markers';
import { ModelStore } from './monaco-models';
import { monaco } from './monaco-setup';

/** The performance entry measured around each model update. */
export const SYNC_MEASURE = 'preview-sync';
/** The owner of the markers that say where typed text does not read. */
export const TEXT_MARKER_OWNER = 'podsmith-text';

const EDITOR_OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  readOnly: true,
  domReadOnly: true,
  // Markers (the design's diagnostics, the schema's) show even though the text is read-only.
  renderValidationDecorations: 'on',
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 13,
  lineNumbersMinChars: 4,
  renderLineHighlight: 'none',
  folding: true,
  wordWrap: 'off',
  tabSize: 2,
  fixedOverflowWidgets: true,
  model: null,
};

/** How long the lines changed by the last edit stay marked. */
const CHANGE_MARK_MS = 1500;

const themeOf = (scheme: EditorViewProps['scheme']): string => (scheme === 'dark' ? 'vs-dark' : 'vs');

/** A Monaco editor showing one file of the bundle: read-only, or writable in Edit mode. */
export function MonacoEditorView({
  path,
  content,
  language,
  paths,
  scheme,
  onReady,
  editable = false,
  readOnlyReason,
  problems,
  onType,
  goTo,
}: EditorViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const modelsRef = useRef<ModelStore | null>(null);
  const shownPathRef = useRef<string | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const fadeRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;
  const onTypeRef = useRef(onType);
  onTypeRef.current = onType;
  /** True while the view itself updates the model (not the user typing). */
  const syncingRef = useRef(false);
  /** A file just shown (a draft reopened) scrolls to its first problem, until the user types. */
  const revealRef = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is made once; the effects below apply the theme and the file.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const editor = monaco.editor.create(host, { ...EDITOR_OPTIONS, theme: themeOf(scheme) });
    editorRef.current = editor;
    modelsRef.current = new ModelStore();
    decorationsRef.current = editor.createDecorationsCollection();
    const typing = editor.onDidChangeModelContent(() => {
      const model = editor.getModel();
      const shown = shownPathRef.current;
      if (syncingRef.current || model === null || shown === null) return;
      const text = model.getValue();
      revealRef.current = false;
      modelsRef.current?.typed(shown, text);
      onTypeRef.current?.(shown, text);
    });
    return () => {
      typing.dispose();
      clearTimeout(fadeRef.current);
      editor.dispose();
      modelsRef.current?.dispose();
      editorRef.current = null;
      modelsRef.current = null;
      shownPathRef.current = null;
      decorationsRef.current = null;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `editable` only says how an update is recorded, not when.
  useLayoutEffect(() => {
    const editor = editorRef.current;
    const models = modelsRef.current;
    if (editor === null || models === null) return;
    const started = performance.now();
    syncingRef.current = true;
    let synced: ReturnType<ModelStore['sync']>;
    try {
      synced = models.sync(path, content, language, editable);
    } finally {
      syncingRef.current = false;
    }
    const { model, changedLines } = synced;
    const previous = shownPathRef.current;
    if (previous !== path) {
      if (previous !== null) models.saveViewState(previous, editor.saveViewState());
      editor.setModel(model);
      const viewState = models.viewState(path);
      if (viewState !== null) editor.restoreViewState(viewState);
      shownPathRef.current = path;
      revealRef.current = viewState === null;
      decorationsRef.current?.clear();
    } else if (changedLines.length > 0 && decorationsRef.current !== null) {
      const decorations = decorationsRef.current;
      showChange(editor, decorations, changedLines);
      clearTimeout(fadeRef.current);
      fadeRef.current = setTimeout(() => decorations.clear(), CHANGE_MARK_MS);
    }
    performance.measure(SYNC_MEASURE, { start: started, end: performance.now() });
    if (previous === null) {
      performance.mark(EDITOR_READY);
      onReadyRef.current();
    }
  }, [path, content, language]);

  useLayoutEffect(() => {
    editorRef.current?.updateOptions({
      readOnly: !editable,
      domReadOnly: !editable,
      readOnlyMessage: { value: readOnlyReason ?? 'The preview is read-only: press Edit to type in it.' },
      ariaLabel: editable ? `${path} (editing)` : `${path} (read only)`,
    });
  }, [editable, readOnlyReason, path]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the markers go on the model shown for `path`, within its `content`.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model === null || model === undefined) return;
    const lines = model.getLineCount();
    const first = problems?.[0];
    if (revealRef.current && first !== undefined) {
      revealRef.current = false;
      editorRef.current?.revealLineInCenter(
        Math.min(Math.max(1, first.line), lines),
        monaco.editor.ScrollType.Immediate,
      );
    }
    monaco.editor.setModelMarkers(
      model,
      TEXT_MARKER_OWNER,
      (problems ?? []).map((p) => {
        const line = Math.min(Math.max(1, p.line), lines);
        const end = model.getLineMaxColumn(line);
        const start = Math.min(Math.max(1, p.column), end);
        return {
          severity: monaco.MarkerSeverity.Error,
          message: p.message,
          startLineNumber: line,
          startColumn: start === end ? 1 : start,
          endLineNumber: line,
          endColumn: end,
        };
      }),
    );
  }, [problems, path, content]);

  useEffect(() => {
    modelsRef.current?.retain(paths, path);
  }, [paths, path]);

  // The place asked for (a problem clicked beside the editor): show it, put the cursor there, focus.
  useEffect(() => {
    const editor = editorRef.current;
    if (!goTo || !editor) return;
    const position = { lineNumber: goTo.line, column: goTo.column };
    editor.revealPositionInCenter(position, monaco.editor.ScrollType.Smooth);
    editor.setPosition(position);
    editor.focus();
  }, [goTo]);

  // The design's diagnostics on the lines of the shown file. They are put on after the frame that
  // shows the new text (a keystroke's effects run before that frame is painted): finding each
  // diagnostic's lines in the file must not delay the text.
  const diagnostics = useContext(PreviewDiagnosticsContext);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the shown model changes with the path and its text.
  useEffect(() => {
    return afterFrame(() => {
      const model = editorRef.current?.getModel();
      if (model) markModel(model, path, diagnostics);
    });
  }, [path, content, diagnostics]);

  useEffect(() => {
    monaco.editor.setTheme(themeOf(scheme));
  }, [scheme]);

  // `nokey`: the canvas's key handlers (Space pans, Delete removes) leave keys typed here alone.
  return <div ref={hostRef} className="ps-preview-editor nokey" data-testid="preview-editor" />;
}

/** Marks the changed lines for a moment and scrolls to the first if none is in view. */
function showChange(
  editor: monaco.editor.IStandaloneCodeEditor,
  decorations: monaco.editor.IEditorDecorationsCollection,
  lines: readonly number[],
): void {
  decorations.set(
    lines.map((line) => ({
      range: new monaco.Range(line, 1, line, 1),
      options: { isWholeLine: true, className: 'ps-preview-changed' },
    })),
  );
  const inView = editor.getVisibleRanges();
  const seen = lines.some((line) =>
    inView.some((range) => line >= range.startLineNumber && line <= range.endLineNumber),
  );
  const first = lines[0];
  if (!seen && first !== undefined) editor.revealLineInCenter(first, monaco.editor.ScrollType.Immediate);
}
