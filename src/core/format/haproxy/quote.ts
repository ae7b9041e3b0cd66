/**
 * Turning a value into one HAProxy word, following HAProxy's line parser (`parse_line` in
 * src/tools.c, 2.6):
 *
 * - Outside quotes a word ends at a space or tab, `#` starts a comment, and `\` escapes the next
 *   character. `"` and `'` open quoted text; quoted and unquoted parts next to each other make one word.
 * - In double quotes spaces and `#` are plain characters; `\\`, `\"`, `\$`, `\t`, `\n`, `\r` and
 *   `\xHH` are escapes, and `$NAME` or `${NAME}` is replaced by an environment variable.
 * - In single quotes nothing is special but the closing `'`.
 *
 * So a value made only of characters that are never special renders bare; anything else renders in
 * double quotes with `\`, `"` and `$` escaped and control characters written `\xHH`. Either way
 * HAProxy reads back exactly the value: no value can end a line, start a comment or split a word.
 */

/** Characters HAProxy's parser never treats specially in an unquoted word (no `$`, `#`, quotes or `\`). */
const BARE = /^[A-Za-z0-9_.:/=,@+%[\]-]+$/;

/** Lone UTF-16 surrogates cannot be written as UTF-8; they become U+FFFD so the output is well formed. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this escapes
const SPECIAL = /[\\"$\u0000-\u001f\u007f]/g;

function escaped(ch: string): string {
  if (ch === '\\' || ch === '"' || ch === '$') return `\\${ch}`;
  return `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/** True when `value` can be written as a bare (unquoted) word. */
export function isBareWord(value: string): boolean {
  return BARE.test(value);
}

/**
 * The word HAProxy reads back as exactly `value` (lone surrogates become U+FFFD). NUL cannot be held
 * by HAProxy's strings: validation refuses it before it gets here, and it is written `\x00`.
 *
 * @example quoteWord('production:80') // production:80
 * @example quoteWord('a b#c') // "a b#c"
 * @example quoteWord('$HOME') // "\$HOME"
 */
export function quoteWord(value: string): string {
  const text = value.replace(LONE_SURROGATE, '\uFFFD');
  if (isBareWord(text)) return text;
  return `"${text.replace(SPECIAL, escaped)}"`;
}
