/**
 * How one value is written so that fluentd v1's parser (`config/literal_parser.rb`) reads back
 * exactly that value.
 *
 * Unquoted, a value runs to the end of the line, loses trailing blanks, ends at ` #` (a comment),
 * is read as JSON when it starts with `[` or `{` and as a quoted string when it starts with `"` or
 * `'`. Backslashes are literal in fluentd v1 but were escapes in older parsers. Such values are
 * written double-quoted instead, where `\\`, `\"`, `\n`, `\r`, `\t`, `\f` and `\b` are escapes and
 * `#{...}` would run as Ruby: every `#{` is written `\#{`, which the parser reads as a plain `#{`.
 */
import { type EnvRef, type FluentValue, isEnvRef, type Scalar } from './tree';

/** Characters that make a value quoted wherever they appear. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const QUOTE_ANYWHERE = /[#\\"'\u0000-\u001f\u007f]/;
/** First characters the parser gives a meaning: JSON, quotes, blanks it would skip. */
const QUOTE_FIRST = /^[[{"' \t]/;
/** Trailing blanks the parser would drop. */
const QUOTE_LAST = /[ \t]$/;

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\f': '\\f',
  '\b': '\\b',
};

/** True when the string must be double-quoted to be read back unchanged. */
export function needsQuotes(value: string): boolean {
  return value === '' || QUOTE_ANYWHERE.test(value) || QUOTE_FIRST.test(value) || QUOTE_LAST.test(value);
}

/**
 * The string as a fluentd double-quoted literal.
 *
 * @example quoteString('a "b" #{c}') // '"a \\"b\\" \\#{c}"'
 */
export function quoteString(value: string): string {
  const body = value.replace(/[\\"\n\r\t\f\b]|#\{/g, (s) => (s === '#{' ? '\\#{' : (ESCAPES[s] ?? s)));
  return `"${body}"`;
}

/** A scalar as fluentd reads it: numbers in decimal, booleans as `true`/`false`. */
export function scalarText(value: Scalar): string {
  return typeof value === 'string' ? value : String(value);
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * `"#{ENV['NAME']}"`: the only embedded Ruby this generator writes, for names of environment
 * variables (letters, digits, `_`). Anything else renders as an empty string.
 */
export function envText(ref: EnvRef): string {
  return ENV_NAME.test(ref.env) ? `"#{ENV['${ref.env}']}"` : '""';
}

/**
 * A parameter value as written after its key: bare when the parser reads it back unchanged,
 * double-quoted with escapes otherwise.
 *
 * @example renderValue('redis.slowlog') // 'redis.slowlog'
 * @example renderValue('[1]')           // '"[1]"'
 */
export function renderValue(value: FluentValue): string {
  if (isEnvRef(value)) return envText(value);
  const text = scalarText(value);
  return needsQuotes(text) ? quoteString(text) : text;
}

/** Characters that keep a section argument from being written bare (`<match a.** b.*>` is bare). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this looks for
const ARG_UNSAFE = /[<>#\\"'\u0000-\u001f\u007f]|\s\s|^\s|\s$|[^\S ]/;

/**
 * A section argument as written after the section name: bare, or double-quoted when it holds
 * anything the `<name arg>` scanner would stop at or interpret.
 *
 * @example renderArg('redis.**') // 'redis.**'
 */
export function renderArg(arg: string | EnvRef): string {
  if (isEnvRef(arg)) return envText(arg);
  return ARG_UNSAFE.test(arg) ? quoteString(arg) : arg;
}
