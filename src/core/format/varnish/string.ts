/**
 * VCL string literals (Varnish 7, `vcc_token.c`). A VCL string has no escapes:
 *
 * - `"..."` holds any character but `"`, CR and LF;
 * - `{"..."}` holds anything but the sequence `"}`, newlines included;
 * - `"""..."""` holds anything but `"""`.
 *
 * NUL is held by none (validation refuses it; it is written as U+FFFD). So `vclString` picks the first
 * form that holds the value, and otherwise writes a concatenation of parts (`"a" + {"b"}`), which
 * Varnish accepts wherever a string expression is expected. A regex must be one literal:
 * `vclLiteral` gives that or undefined.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the one character no VCL string holds
const NUL = /\u0000/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const clean = (value: string) => value.replace(NUL, '\uFFFD').replace(LONE_SURROGATE, '\uFFFD');

function literal(text: string): string | undefined {
  if (!/["\r\n]/.test(text)) return `"${text}"`;
  // `{"` + text + `"}` ends at the first `"}`: the text must not hold one (a final `"` is fine).
  if (!text.includes('"}')) return `{"${text}"}`;
  // `"""` + text + `"""`: the text must not hold `"""`, nor end with `"`.
  if (!text.includes('"""') && !text.endsWith('"')) return `"""${text}"""`;
  return undefined;
}

/**
 * One VCL string literal Varnish reads back as exactly `value`, or undefined when none exists.
 *
 * @example vclLiteral('^/admin') // '"^/admin"'
 * @example vclLiteral('say "hi" now') // '{"say "hi" now"}'
 */
export function vclLiteral(value: string): string | undefined {
  return literal(clean(value));
}

/**
 * A VCL string expression for `value`: one literal when one holds it, else a concatenation of
 * literals, each `"` on its own in a `{"..."}` part.
 *
 * @example vclString('plain') // '"plain"'
 * @example vclString('"}"""') // '{"""} + "}" + {"""} + {"""} + {"""}'
 */
export function vclString(value: string): string {
  const text = clean(value);
  const one = literal(text);
  if (one !== undefined) return one;
  // Every `"` becomes a part of its own, `{"""}` (the body `"`, then the closing `"}`); the parts
  // between hold no `"`, so a plain or braced literal holds each.
  const parts: string[] = [];
  let current = '';
  for (const ch of text) {
    if (ch === '"') {
      if (current) parts.push(current);
      parts.push('"');
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.map((p) => (p === '"' ? '{"""}' : (literal(p) as string))).join(' + ');
}
