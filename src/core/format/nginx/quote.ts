/**
 * Turning a value into one nginx token, following nginx's config lexer (`ngx_conf_read_token`):
 *
 * - Outside quotes a token ends at a space, tab, CR, LF, `;` or `{`. At the start of a token `;`, `{`
 *   and `}` end the directive or block, `#` starts a comment to the end of the line, and `"` or `'`
 *   opens a quoted token. `\` hides the next character from the lexer everywhere.
 * - A quoted token runs to the matching unescaped quote, across any character; after the closing quote
 *   the lexer needs a space, `;` or `{`.
 * - The token's value is then unescaped: `\"`, `\'` and `\\` give the second character, `\t`, `\r`
 *   and `\n` give a tab, CR and LF; any other `\x` stays as written (both characters).
 *
 * So a value made only of characters that are never special renders bare; anything else renders in
 * double quotes with `\` and `"` escaped and tab, CR, LF written as `\t`, `\r`, `\n`. Either way
 * nginx reads back exactly the value. (`$name` variables are not a lexer matter: the directive decides
 * whether to expand them, quoted or not.)
 */

/** Characters nginx's lexer never treats specially anywhere in an unquoted token. */
const BARE = /^[A-Za-z0-9_.:/=,@+*~%$^!?|&<>[\]-]+$/;

const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\t': '\\t', '\r': '\\r', '\n': '\\n' };

/** Lone UTF-16 surrogates cannot be written as UTF-8; they become U+FFFD so the output is well formed. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** True when `value` can be written as a bare (unquoted) token. */
export function isBareToken(value: string): boolean {
  return BARE.test(value);
}

/**
 * The token nginx reads back as exactly `value` (for any well-formed string; lone surrogates become
 * U+FFFD). Values longer than nginx's 4096-byte parameter buffer are for validation to refuse.
 *
 * @example quoteToken('production:80') // production:80
 * @example quoteToken('a b;') // "a b;"
 * @example quoteToken('say "hi"') // "say \"hi\""
 */
export function quoteToken(value: string): string {
  const text = value.replace(LONE_SURROGATE, '\uFFFD');
  if (isBareToken(text)) return text;
  return `"${text.replace(/[\\"\t\r\n]/g, (ch) => ESCAPES[ch] ?? ch)}"`;
}
