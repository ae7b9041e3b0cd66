/**
 * Completion in the config files Podsmith explains (nginx.conf, nutcracker.yaml, fluent.conf): the
 * directives its templates write, each documented by the same explanation the hover gives. The
 * file's name decides, as for the hover (`explainHover`); the texts load with the explanations, on
 * first use. Takes Monaco as an argument so that it stays in the preview's lazily loaded chunk.
 */
import type * as Monaco from 'monaco-editor/editor';
import { completionsFor } from '../../../core/teach';

/** The languages whose files completion may know (a user's YAML config file gets nothing unless explained). */
export const COMPLETED_LANGUAGES = ['nginx', 'fluentd', 'yaml'] as const;

const fileName = (model: Monaco.editor.ITextModel) => model.uri.path.slice(model.uri.path.lastIndexOf('/') + 1);

/** Registers the completion of explained config files. */
export function registerConfigCompletion(monaco: typeof Monaco): Monaco.IDisposable[] {
  const provider: Monaco.languages.CompletionItemProvider = {
    triggerCharacters: ['@', '<'],
    async provideCompletionItems(model, position) {
      const completions = await completionsFor(fileName(model));
      if (completions === undefined || model.isDisposed()) return { suggestions: [] };
      const before = model.getLineContent(position.lineNumber).slice(0, position.column - 1);
      // The directive being typed: from the line's first non-blank character (a `<` or `@` included).
      const typed = /[<@]?[\w-]*$/.exec(before)?.[0] ?? '';
      const range = new monaco.Range(
        position.lineNumber,
        position.column - typed.length,
        position.lineNumber,
        position.column,
      );
      // A nutcracker.yaml key comes with its colon.
      const after = model.getLanguageId() === 'yaml' ? ': ' : '';
      return {
        suggestions: completions.map((completion) => ({
          label: completion.name,
          kind: completion.name.startsWith('<')
            ? monaco.languages.CompletionItemKind.Module
            : monaco.languages.CompletionItemKind.Property,
          insertText: `${completion.name}${after}`,
          detail: completion.sample.trim(),
          documentation: { value: completion.documentation },
          range,
        })),
      };
    },
  };
  return COMPLETED_LANGUAGES.map((language) => monaco.languages.registerCompletionItemProvider(language, provider));
}
