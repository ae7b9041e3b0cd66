/**
 * A config file's text: a plain textarea at once, then Monaco (with the file's language) once its
 * chunk has arrived. Undo and redo inside the editor go to the design's history.
 */
import { useEffect, useState } from 'react';
import type { FileLanguage } from '../../../core/contracts/files';
import { useColorScheme } from '../../preview/use-color-scheme';
import { useEditorStore } from '../../store';
import { type CodeEditor, loadCodeEditor } from './code-editor';

export function CodeField({
  id,
  field,
  label,
  value,
  language,
  onChange,
}: {
  id: string;
  field: string;
  label: string;
  value: string;
  language: FileLanguage;
  onChange: (value: string) => void;
}) {
  const store = useEditorStore();
  const scheme = useColorScheme();
  const [Editor, setEditor] = useState<CodeEditor | null>(null);
  useEffect(() => {
    let live = true;
    loadCodeEditor().then(
      (E) => live && setEditor(() => E),
      () => undefined, // the textarea stays
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <div className="field" data-field={field}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      {Editor ? (
        <Editor
          value={value}
          language={language}
          ariaLabel={label}
          scheme={scheme}
          onChange={onChange}
          onUndo={() => store.getState().undo()}
          onRedo={() => store.getState().redo()}
        />
      ) : (
        <textarea
          id={id}
          className="textarea kube-code-fallback"
          data-field={field}
          aria-labelledby={`${id}-label`}
          value={value}
          spellCheck={false}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </div>
  );
}
