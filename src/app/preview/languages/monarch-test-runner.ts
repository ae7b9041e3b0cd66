/**
 * Runs a Monarch definition with Monaco's own compiler and lexer, without a DOM, so the
 * tokenizers can be checked in Node. For tests only; the app never imports this file.
 */
import type { languages } from 'monaco-editor/editor';
import { compile } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile';
import { MonarchTokenizer } from 'monaco-editor/editor/standalone/common/monarch/monarchLexer';

/** One token: its text and its type without the language postfix (e.g. `keyword`). */
export type TokenPair = readonly [text: string, type: string];

const configuration = {
  getValue: (): unknown => 20_000,
  onDidChangeConfiguration: () => ({ dispose: () => undefined }),
};

/**
 * Tokenises `text` line by line (the state carries over lines, as in the editor) and returns,
 * for each line, its non-blank tokens.
 */
export function tokenizeLines(
  languageId: string,
  definition: languages.IMonarchLanguage,
  text: string,
): readonly (readonly TokenPair[])[] {
  const postfix = definition.tokenPostfix ?? `.${languageId}`;
  const tokenizer = new MonarchTokenizer(null, null, languageId, compile(languageId, definition), configuration);
  try {
    let state = tokenizer.getInitialState();
    const lines = text.split('\n');
    return lines.map((line, index) => {
      const result = tokenizer.tokenize(line, index < lines.length - 1, state);
      state = result.endState;
      const pairs: TokenPair[] = [];
      result.tokens.forEach((token, at) => {
        const end = result.tokens[at + 1]?.offset ?? line.length;
        const piece = line.slice(token.offset, end);
        const type = token.type.endsWith(postfix) ? token.type.slice(0, -postfix.length) : token.type;
        if (piece.trim() !== '') pairs.push([piece, type]);
      });
      return pairs;
    });
  } finally {
    tokenizer.dispose();
  }
}

/** The tokens of a single line (state starts fresh). */
export function tokenizeLine(
  languageId: string,
  definition: languages.IMonarchLanguage,
  line: string,
): readonly TokenPair[] {
  return tokenizeLines(languageId, definition, line)[0] ?? [];
}
