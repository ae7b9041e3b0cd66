/**
 * Types for the two Monaco modules the tokenizer tests load directly: Monarch's compiler and
 * lexer. They ship without declarations; only what the tests call is described here.
 */

declare module 'monaco-editor/editor/standalone/common/monarch/monarchCompile' {
  import type { languages } from 'monaco-editor/editor';

  /** A compiled Monarch lexer (opaque to callers). */
  export interface CompiledLexer {
    readonly languageId: string;
  }

  export function compile(languageId: string, json: languages.IMonarchLanguage): CompiledLexer;
}

declare module 'monaco-editor/editor/standalone/common/monarch/monarchLexer' {
  import type { CompiledLexer } from 'monaco-editor/editor/standalone/common/monarch/monarchCompile';

  export interface MonarchToken {
    readonly offset: number;
    readonly type: string;
  }

  export interface MonarchLineState {
    readonly __brand: 'MonarchLineState';
  }

  export interface MonarchTokenizeResult {
    readonly tokens: readonly MonarchToken[];
    readonly endState: MonarchLineState;
  }

  export interface MonarchConfiguration {
    getValue(key: string, overrides?: unknown): unknown;
    onDidChangeConfiguration(listener: (event: unknown) => void): { dispose(): void };
  }

  export class MonarchTokenizer {
    constructor(
      languageService: unknown,
      standaloneThemeService: unknown,
      languageId: string,
      lexer: CompiledLexer,
      configurationService: MonarchConfiguration,
    );
    getInitialState(): MonarchLineState;
    tokenize(line: string, hasEOL: boolean, state: MonarchLineState): MonarchTokenizeResult;
    dispose(): void;
  }
}
