/**
 * A small Monarch tokenizer for haproxy.cfg: section headers at the left margin (`global`,
 * `frontend NAME`, …), the keyword that starts each indented line, double-quoted words with their
 * escapes, numbers with time units, addresses and comments.
 *
 * Type-only Monaco import: this file loads without Monaco (its rules are unit-tested in Node).
 */
import type { languages } from 'monaco-editor/editor';

/** The Monarch definition registered as language `haproxy`. */
export const haproxyLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.haproxy',
  tokenizer: {
    root: [
      [/#.*$/, 'comment'],
      [
        /^(global|defaults|frontend|backend|listen|resolvers|peers|userlist)(\s+)([^\s#]+)/,
        ['type', 'white', 'entity.name'],
      ],
      [/^(global|defaults|frontend|backend|listen|resolvers|peers|userlist)\b/, 'type'],
      [/^(\s+)([A-Za-z][\w.-]*)/, ['white', 'keyword']],
      { include: '@words' },
    ],
    words: [
      [/\s+/, 'white'],
      [/"/, { token: 'string.quote', next: '@dstring' }],
      [/'[^']*'/, 'string'],
      [/(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?|:\d+(?=\s|$)/, 'number'],
      [/\d+(?:us|ms|s|m|h|d)?(?=\s|$)/, 'number'],
      [/[^\s"'#]+/, ''],
    ],
    dstring: [
      [/[^\\"$]+/, 'string'],
      [/\\x[0-9a-fA-F]{2}|\\./, 'string.escape'],
      [/\$\{?\w+\}?/, 'variable'],
      [/\$/, 'string'],
      [/"/, { token: 'string.quote', next: '@pop' }],
    ],
  },
};

/** Comment settings for haproxy.cfg. */
export const haproxyConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  surroundingPairs: [{ open: '"', close: '"' }],
};
