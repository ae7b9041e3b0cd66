/**
 * A small Monarch tokenizer for JSON (the bundle's `design.json`): keys, strings, numbers,
 * literals and punctuation. Monaco's own JSON support needs a language worker; this does not.
 *
 * Type-only Monaco import: this file loads without Monaco (its rules are unit-tested in Node).
 */
import type { languages } from 'monaco-editor/editor';

/** The Monarch definition registered as language `json`. */
export const jsonLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.json',
  brackets: [
    { open: '{', close: '}', token: 'delimiter.bracket' },
    { open: '[', close: ']', token: 'delimiter.array' },
  ],
  tokenizer: {
    root: [
      [/\s+/, 'white'],
      [/"(?:[^"\\]|\\.)*"(?=\s*:)/, 'string.key'],
      [/"(?:[^"\\]|\\.)*"/, 'string.value'],
      [/"(?:[^"\\]|\\.)*$/, 'invalid'],
      [/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/true|false|null/, 'keyword'],
      [/[{}[\]]/, '@brackets'],
      [/[,:]/, 'delimiter'],
      [/[^\s{}[\],:"]+/, 'invalid'],
    ],
  },
};

/** Bracket and folding settings for JSON. */
export const jsonConfiguration: languages.LanguageConfiguration = {
  brackets: [
    ['{', '}'],
    ['[', ']'],
  ],
};
