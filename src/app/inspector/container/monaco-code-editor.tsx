/** An editable Monaco editor for one config file, in the preview's Monaco chunk. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { monacoLanguageId } from '../../preview/file-info';
import { monaco } from '../../preview/monaco-setup';
import type { CodeEditorProps } from './code-editor';

const OPTIONS: monaco.editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fontSize: 12,
  lineNumbersMinChars: 3,
  folding: false,
  wordWrap: 'off',
  tabSize: 2,
  insertSpaces: true,
  fixedOverflowWidgets: true,
  renderLineHighlight: 'none',
  overviewRulerLanes: 0,
};

export function MonacoCodeEditor({ value, language, ariaLabel, scheme, onChange, onUndo, onRedo }: CodeEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const applying = useRef(false);
  const handlers = useRef({ onChange, onUndo, onRedo });
  handlers.current = { onChange, onUndo, onRedo };

  // biome-ignore lint/correctness/useExhaustiveDependencies: the editor is made once; the effects below follow the props.
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (host === null) return;
    const model = monaco.editor.createModel(value, monacoLanguageId(language));
    model.setEOL(monaco.editor.EndOfLineSequence.LF);
    const editor = monaco.editor.create(host, {
      ...OPTIONS,
      model,
      ariaLabel,
      theme: scheme === 'dark' ? 'vs-dark' : 'vs',
    });
    editorRef.current = editor;
    const sub = model.onDidChangeContent(() => {
      if (!applying.current) handlers.current.onChange(model.getValue());
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => handlers.current.onUndo());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () =>
      handlers.current.onRedo(),
    );
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => handlers.current.onRedo());
    return () => {
      sub.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model || model.getValue() === value) return;
    // The design changed under the editor (undo, another field): show its text.
    applying.current = true;
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: value }], () => null);
    applying.current = false;
  }, [value]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, monacoLanguageId(language));
  }, [language]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel });
  }, [ariaLabel]);

  useEffect(() => {
    monaco.editor.setTheme(scheme === 'dark' ? 'vs-dark' : 'vs');
  }, [scheme]);

  // `nokey`: the canvas's key handlers (Space pans) leave keys typed here alone.
  return <div ref={hostRef} className="kube-code-editor nokey" data-testid="config-file-editor" />;
}
