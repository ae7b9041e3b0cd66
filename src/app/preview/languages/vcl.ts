/**
 * A small Monarch tokenizer for VCL (Varnish's configuration language): keywords, the built-in
 * subroutine names, variables such as `req.url` and `resp.http.X-Cache`, the three string forms,
 * durations, operators and comments.
 *
 * Type-only Monaco import: this file loads without Monaco (its rules are unit-tested in Node).
 */
import type { languages } from 'monaco-editor/editor';

/** The Monarch definition registered as language `vcl`. */
export const vclLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  tokenPostfix: '.vcl',
  keywords: [
    'vcl',
    'backend',
    'probe',
    'acl',
    'sub',
    'if',
    'else',
    'elseif',
    'elsif',
    'set',
    'unset',
    'return',
    'call',
    'import',
    'include',
    'new',
  ],
  constants: [
    'true',
    'false',
    'pass',
    'hash',
    'lookup',
    'deliver',
    'pipe',
    'fetch',
    'restart',
    'abandon',
    'synth',
    'miss',
    'retry',
  ],
  brackets: [
    { open: '{', close: '}', token: 'delimiter.curly' },
    { open: '(', close: ')', token: 'delimiter.parenthesis' },
  ],
  tokenizer: {
    root: [
      [/\s+/, 'white'],
      [/(#|\/\/).*$/, 'comment'],
      [/\/\*/, { token: 'comment', next: '@comment' }],
      [/\{"/, { token: 'string.quote', next: '@longBrace' }],
      [/"""/, { token: 'string.quote', next: '@longTriple' }],
      [/"[^"\n]*"/, 'string'],
      [/\d+(?:\.\d+)?(?:ms|s|m|h|d|w|y)\b/, 'number'],
      [/\d+(?:\.\d+)?/, 'number'],
      [/\b(?:req|bereq|beresp|resp|obj|client|server|local|remote|now|storage)\.[\w.-]*/, 'variable'],
      [/\bvcl_\w+/, 'type'],
      [/\.[a-z_]+(?=\s*=)/, 'attribute.name'],
      [/[A-Za-z_][\w-]*/, { cases: { '@keywords': 'keyword', '@constants': 'constant', '@default': '' } }],
      [/[{}()]/, '@brackets'],
      [/==|!=|<=|>=|&&|\|\||!~|~|=|!|<|>|\+/, 'operator'],
      [/;/, 'delimiter'],
    ],
    comment: [
      [/\*\//, { token: 'comment', next: '@pop' }],
      [/[^*]+|\*/, 'comment'],
    ],
    longBrace: [
      [/"\}/, { token: 'string.quote', next: '@pop' }],
      [/[^"]+|"/, 'string'],
    ],
    longTriple: [
      [/"""/, { token: 'string.quote', next: '@pop' }],
      [/[^"]+|"/, 'string'],
    ],
  },
};

/** Comment, bracket and folding settings for VCL. */
export const vclConfiguration: languages.LanguageConfiguration = {
  comments: { lineComment: '#', blockComment: ['/*', '*/'] },
  brackets: [
    ['{', '}'],
    ['(', ')'],
  ],
  surroundingPairs: [{ open: '"', close: '"' }],
};
