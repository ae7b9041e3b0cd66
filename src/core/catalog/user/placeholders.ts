/**
 * `${key}` placeholders in the texts of a user template. A placeholder names a parameter; `$${`
 * writes a literal `${` (so nginx's own `${var}` syntax is written `$${var}`). Any other `$` is
 * literal. A `${` that does not close as `${identifier}` is an error, never literal text.
 *
 * @example parseTemplateText('port: ${port}') // { ok: true, parts: ['port: ', { key: 'port', ... }] }
 */

export interface Placeholder {
  readonly key: string;
  /** Offset of `$` in the source text. */
  readonly at: number;
  /** 1-based line and column of `$`, for messages. */
  readonly line: number;
  readonly column: number;
}

/** Literal text and placeholders, in order. Literal parts already have `$${` turned into `${`. */
export type Part = string | Placeholder;

export type Parsed =
  | { readonly ok: true; readonly parts: readonly Part[] }
  | { readonly ok: false; readonly error: string };

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function position(text: string, at: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: at - start + 1 };
}

/** Splits a text into literal parts and placeholders, or says where its syntax is wrong. */
export function parseTemplateText(text: string): Parsed {
  const parts: Part[] = [];
  let literal = '';
  let i = 0;
  while (i < text.length) {
    const next = text.indexOf('$', i);
    if (next === -1) {
      literal += text.slice(i);
      break;
    }
    literal += text.slice(i, next);
    if (text.startsWith('$${', next)) {
      literal += '${';
      i = next + 3;
      continue;
    }
    if (text[next + 1] !== '{') {
      literal += '$';
      i = next + 1;
      continue;
    }
    const close = text.indexOf('}', next + 2);
    const body = close === -1 ? '' : text.slice(next + 2, close);
    const { line, column } = position(text, next);
    if (close === -1 || body.length > 64 || !KEY.test(body)) {
      const shown = close === -1 || body.length > 64 ? '${' : `\${${body}}`;
      return {
        ok: false,
        error: `line ${line} column ${column}: ${shown} is not a placeholder (write \${name} with a parameter key, or $\${ for a literal "\${")`,
      };
    }
    if (literal) parts.push(literal);
    literal = '';
    parts.push({ key: body, at: next, line, column });
    i = close + 1;
  }
  if (literal) parts.push(literal);
  return { ok: true, parts };
}

/** The text with every placeholder replaced by `value(key)` and every `$${` by `${`. */
export function fillParts(parts: readonly Part[], value: (p: Placeholder) => string): string {
  return parts.map((p) => (typeof p === 'string' ? p : value(p))).join('');
}

/** Writes a literal text so that it parses back as itself (every `${` becomes `$${`). */
export function escapeLiteral(text: string): string {
  return text.replaceAll('${', () => '$${');
}
