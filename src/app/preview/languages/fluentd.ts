/**
 * A Monarch tokenizer for fluentd (v1) configuration files: comments, section tags
 * (`<match app.**>`, `</match>`), `@`-directives (`@type`, `@include`, `@label`), parameter
 * names, quoted strings with `#{…}` interpolation, JSON arrays and hashes over several lines,
 * numbers with size and time units, and booleans.
 *
 * A parameter's value ends at the end of its line: the `value` state pops itself at the start
 * of the next line (unless a quoted string or a JSON value is still open above it).
 *
 * Type-only Monaco import: this file loads without Monaco (its rules are unit-tested in Node).
 */
import type { languages } from 'monaco-editor/editor';

/** The Monarch definition registered as language `fluentd`. */
export const fluentdLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.fluentd',
  brackets: [
    { open: '[', close: ']', token: 'delimiter.square' },
    { open: '{', close: '}', token: 'delimiter.curly' },
  ],
  number: /-?\d+(?:\.\d+)?(?:[smhd]|[kmgt]b?)?/,
  tokenizer: {
    // The start of a line: a comment, a section tag, a directive or a parameter name.
    root: [
      [/\s+/, 'white'],
      [/#.*$/, 'comment'],
      [/<\/[\w.-]+\s*>/, 'tag'],
      [/<[\w.-]+/, { token: 'tag', next: '@section' }],
      [/@[A-Za-z_]\w*/, { token: 'keyword', next: '@value' }],
      [/[A-Za-z_][\w.-]*/, { token: 'key', next: '@value' }],
      [/\S+/, 'invalid'],
    ],
    // The arguments of a section tag: a match pattern, a label name or buffer chunk keys.
    section: [
      [/\s+/, 'white'],
      [/>/, { token: 'tag', next: '@pop' }],
      [/@[A-Za-z_][\w.-]*/, 'variable'],
      [/,/, 'delimiter'],
      [/[^\s>,]+/, 'attribute.value'],
    ],
    // A parameter's value, up to the end of the line.
    value: [
      [/^/, { token: '', next: '@pop' }],
      [/\s+#.*$/, 'comment'],
      [/\s+/, 'white'],
      [/"/, { token: 'string.quote', next: '@dstring' }],
      [/'/, { token: 'string.quote', next: '@sstring' }],
      [/[[{]/, { token: '@brackets', next: '@json' }],
      [/@number(?=\s|$)/i, 'number'],
      [/(?:true|false)(?=\s|$)/, 'keyword'],
      [/@[A-Za-z_][\w.-]*(?=\s|$)/, 'variable'],
      [/\S+/, ''],
    ],
    // A JSON array or hash value; it may span lines and nest.
    json: [
      [/\s+/, 'white'],
      [/[[{]/, { token: '@brackets', next: '@json' }],
      [/[\]}]/, { token: '@brackets', next: '@pop' }],
      [/"/, { token: 'string.quote', next: '@dstring' }],
      [/[,:]/, 'delimiter'],
      [/-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/, 'number'],
      [/true|false|null/, 'keyword'],
      [/[^\s[\]{},:"]+/, ''],
    ],
    dstring: [
      [/[^\\"#]+/, 'string'],
      [/\\./, 'string.escape'],
      [/#\{[^}]*\}/, 'variable'],
      [/#/, 'string'],
      [/"/, { token: 'string.quote', next: '@pop' }],
    ],
    sstring: [
      [/[^\\']+/, 'string'],
      [/\\./, 'string.escape'],
      [/'/, { token: 'string.quote', next: '@pop' }],
    ],
  },
};

/** Comment, bracket and folding settings for fluentd. */
export const fluentdConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [
    ['[', ']'],
    ['{', '}'],
  ],
  folding: {
    markers: { start: /^\s*<[\w.-]+(\s[^>]*)?>\s*$/, end: /^\s*<\/[\w.-]+\s*>\s*$/ },
  },
};
