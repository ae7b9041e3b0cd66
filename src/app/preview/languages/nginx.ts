/**
 * A Monarch tokenizer for nginx configuration files: comments, directive names (those that
 * open a block apart), `key=value` parameters, quoted strings, variables, numbers with size and
 * time units, location match operators with their regular expressions, and braces.
 *
 * Type-only Monaco import: this file loads without Monaco (its rules are unit-tested in Node).
 */
import type { languages } from 'monaco-editor/editor';

/** Directives that open a block, recognised by name when their `{` is not on the same line. */
export const NGINX_BLOCK_DIRECTIVES: readonly string[] = [
  'events',
  'geo',
  'http',
  'if',
  'limit_except',
  'location',
  'mail',
  'map',
  'server',
  'split_clients',
  'stream',
  'types',
  'upstream',
];

const variable = /\$\{[A-Za-z_]\w*\}|\$[A-Za-z_]\w*|\$\d/;

/** The Monarch definition registered as language `nginx`. */
export const nginxLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.nginx',
  blocks: NGINX_BLOCK_DIRECTIVES,
  constants: ['on', 'off'],
  brackets: [
    { open: '{', close: '}', token: 'delimiter.curly' },
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
  ],
  variable,
  // A directive name; it never gives characters back, so the lookaheads after it stay linear.
  name: /[A-Za-z_][\w-]*(?![\w-])/,
  // One character of arguments (or one quoted string, or `${name}`, or a `$`) on the way to a `{`.
  argChar: /[^;{}"'#$]/,
  dquoted: /"(?:[^"\\]|\\.)*"/,
  squoted: /'(?:[^'\\]|\\.)*'/,
  tokenizer: {
    // At the start of a statement: the next word is a directive name.
    root: [
      { include: '@whitespace' },
      [/[{}]/, '@brackets'],
      [/;/, 'delimiter'],
      // A name whose arguments end with `{` on the same line opens a block.
      [/@name(?=(?:@argChar|@dquoted|@squoted|\$\{[^}]*\}|\$(?!\{))*\{)/, { token: 'type', next: '@args' }],
      // A known block name alone on its line (its `{` on the next one).
      [
        /@name(?=\s*(?:#.*)?$)/,
        { cases: { '@blocks': { token: 'type', next: '@args' }, '@default': { token: 'keyword', next: '@args' } } },
      ],
      [/@name(?=[\s;]|$)/, { token: 'keyword', next: '@args' }],
      // Anything else starting a statement (a `map` or `types` entry): read it as arguments.
      [/(?=\S)/, { token: '', next: '@args' }],
    ],
    // The arguments of a directive, up to `;` or the `{` that opens its block.
    args: [
      { include: '@whitespace' },
      [/;/, { token: 'delimiter', next: '@pop' }],
      [/[{}]/, { token: '@brackets', next: '@pop' }],
      [/[()]/, '@brackets'],
      [/(~\*?|!~\*?)(\s+)([^\s;{]+)/, ['operator', 'white', 'regexp']],
      [/(\^~|=)(?=\s)/, 'operator'],
      [/"/, { token: 'string.quote', next: '@dstring' }],
      [/'/, { token: 'string.quote', next: '@sstring' }],
      [/@variable/, 'variable'],
      [/([A-Za-z_][\w-]*)(=)/, ['attribute.name', 'delimiter']],
      [/-?\d+(?:\.\d+)?(?:ms|[kKmMgGsShdwy])?(?=[\s;{]|$)/, 'number'],
      [/[A-Za-z_][\w-]*(?=[\s;{]|$)/, { cases: { '@constants': 'constant', '@default': '' } }],
      [/[^\s;{}()"'$]+/, ''],
      [/\$/, ''],
    ],
    whitespace: [
      [/\s+/, 'white'],
      [/#.*$/, 'comment'],
    ],
    dstring: [
      [/[^\\"$]+/, 'string'],
      [/\\./, 'string.escape'],
      [/@variable/, 'variable'],
      [/\$/, 'string'],
      [/"/, { token: 'string.quote', next: '@pop' }],
    ],
    sstring: [
      [/[^\\'$]+/, 'string'],
      [/\\./, 'string.escape'],
      [/@variable/, 'variable'],
      [/\$/, 'string'],
      [/'/, { token: 'string.quote', next: '@pop' }],
    ],
  },
};

/** Comment, bracket and folding settings for nginx. */
export const nginxConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#' },
  brackets: [
    ['{', '}'],
    ['(', ')'],
  ],
  surroundingPairs: [
    { open: '"', close: '"' },
    { open: "'", close: "'" },
  ],
};
