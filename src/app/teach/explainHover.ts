/**
 * Hovering a line of a generated nginx.conf, nutcracker.yaml or fluent.conf in the Monaco preview
 * explains its directive (`explainLine` from the core). Takes Monaco as an argument so that it
 * stays in the preview's lazily loaded chunk.
 */
import type * as Monaco from 'monaco-editor/editor';
import { explainLine } from '../../core/teach';

/** The explainer's language for a model, or undefined when its lines are not explained. */
function explainLanguage(model: Monaco.editor.ITextModel): string | undefined {
  const id = model.getLanguageId();
  if (id === 'nginx' || id === 'fluentd') return id;
  if (id === 'yaml' && model.uri.path.endsWith('nutcracker.yaml')) return 'twemproxy';
  return undefined;
}

/** Registers the hover for the nginx, fluentd and YAML languages. */
export function registerExplainHover(monaco: typeof Monaco): void {
  const provider: Monaco.languages.HoverProvider = {
    provideHover(model, position) {
      const language = explainLanguage(model);
      if (!language) return null;
      const line = model.getLineContent(position.lineNumber);
      const text = explainLine(language, line);
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
  for (const id of ['nginx', 'fluentd', 'yaml']) monaco.languages.registerHoverProvider(id, provider);
}
