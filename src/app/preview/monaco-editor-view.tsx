/**
 * The read-only Monaco editor of the preview. Loaded lazily (its own chunk): the panel shows the
 * text in a plain `<pre>` until this view reports that it is ready.
 *
 * One editor for the life of the view; switching files swaps models, and a change of content is
 * applied to the shown model as the smallest edit. Each update is measured as the performance
 * entry `preview-sync` (duration in ms) for the benchmarks.
 */
import { useContext, useEffect, useLayoutEffect, useRef } from 'react';
import { PreviewDiagnosticsContext } from './diagnostics-context';
import { EDITOR_READY, type EditorViewProps } from './editor-view';
import { markModel } from './markers';
import { ModelStore } from './monaco-models';
import { monaco } from './monaco-setup';

/** The performance entry measured around each model update. */
export const SYNC_MEASURE = 'preview-sync';

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

/** A read-only Monaco editor showing one file of the bundle. */
export function MonacoEditorView({ path, content, language, paths, scheme, onReady }: EditorViewProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const modelsRef = useRef<ModelStore | null>(null);
  const shownPathRef = useRef<string | null>(null);
  const decorationsRef = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const fadeRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is made once; the effects below apply the theme and the file.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const editor = monaco.editor.create(host, { ...EDITOR_OPTIONS, theme: themeOf(scheme) });
    editorRef.current = editor;
    modelsRef.current = new ModelStore();
    decorationsRef.current = editor.createDecorationsCollection();
    return () => {
      clearTimeout(fadeRef.current);
      editor.dispose();
      modelsRef.current?.dispose();
      editorRef.current = null;
      modelsRef.current = null;
      shownPathRef.current = null;
      decorationsRef.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    const editor = editorRef.current;
    const models = modelsRef.current;
    if (editor === null || models === null) return;
    const started = performance.now();
    const { model, changedLines } = models.sync(path, content, language);
    const previous = shownPathRef.current;
    if (previous !== path) {
      if (previous !== null) models.saveViewState(previous, editor.saveViewState());
      editor.setModel(model);
      editor.updateOptions({ ariaLabel: `${path} (read only)` });
      const viewState = models.viewState(path);
      if (viewState !== null) editor.restoreViewState(viewState);
      shownPathRef.current = path;
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

  useEffect(() => {
    modelsRef.current?.retain(paths, path);
  }, [paths, path]);

  // The design's diagnostics on the lines of the shown file.
  const diagnostics = useContext(PreviewDiagnosticsContext);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the shown model changes with the path and its text.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) markModel(model, path, diagnostics);
  }, [path, content, diagnostics]);

  useEffect(() => {
    monaco.editor.setTheme(themeOf(scheme));
  }, [scheme]);

  return <div ref={hostRef} className="ps-preview-editor" data-testid="preview-editor" />;
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
