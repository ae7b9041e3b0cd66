/**
 * Hovering a line of a generated config file in the Monaco preview explains its directive: the
 * template that writes a file of that name (nginx.conf, nutcracker.yaml, fluent.conf) explains it
 * (`explainerFor` from the core). Takes Monaco as an argument so that it stays in the preview's
 * lazily loaded chunk.
 */
import type * as Monaco from 'monaco-editor/editor';
import { explainerFor } from '../../core/teach';

const fileName = (model: Monaco.editor.ITextModel) => model.uri.path.slice(model.uri.path.lastIndexOf('/') + 1);

/** Registers the hover for every file of the preview. */
export function registerExplainHover(monaco: typeof Monaco): void {
  const provider: Monaco.languages.HoverProvider = {
    async provideHover(model, position) {
      const explain = await explainerFor(fileName(model));
      if (!explain || model.isDisposed()) return null;
      const text = explain(model.getLineContent(position.lineNumber));
      if (!text) return null;
      return {
        range: new monaco.Range(
          position.lineNumber,
          1,
          position.lineNumber,
          model.getLineMaxColumn(position.lineNumber),
        ),
        contents: [{ value: text }],
      };
    },
  };
  // Any file may be explained, whatever its language: the file's name decides.
  monaco.languages.registerHoverProvider('*', provider);
}
