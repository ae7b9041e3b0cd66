/** fast-check arbitraries for fluentd tests: strings that stress the config syntax. */
import fc from 'fast-check';

/** Characters that mean something to fluentd's parser, plus a few ordinary ones. */
const SYNTAX = [
  '#',
  ' #',
  ' # comment',
  '{',
  '}',
  '#{',
  '"',
  "'",
  '\\',
  ' ',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '[',
  ']',
  '<',
  '>',
  '</',
  '@',
  '$',
  '%',
  '\f',
  '\b',
  '\0',
  '\u0001',
  '\u007f',
  '\u00a0',
  '\u2028',
  '\ufeff',
  'é',
  '😀',
  'a',
  'Z',
  '0',
  '.',
  '*',
  ',',
  '-',
  '_',
  ':',
  '/',
  '@include x',
  '</source>',
  '<match **>',
  '\n  @type exec',
  '"#{`id`}"',
];

/** Any string built from syntax pieces and arbitrary Unicode code points. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...SYNTAX), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.string({ unit: 'binary-ascii', maxLength: 24 }),
  fc
    .tuple(fc.string({ unit: 'grapheme-ascii', maxLength: 8 }), fc.constantFrom(...SYNTAX), fc.string({ maxLength: 8 }))
    .map(([a, b, c]) => a + b + c),
);
