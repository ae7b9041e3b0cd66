/**
 * A YAML emitter for JSON-shaped values (objects, arrays, strings, numbers, booleans, null), in the
 * block style of Kubernetes manifests. Strings are plain only when every YAML 1.1 and 1.2 reader
 * (kubectl's included) reads them back as the same string; otherwise quoted (single quotes for text
 * with `"` in it, double quotes else), or a `|` block for multi-line text. Keys keep their insertion order; `undefined` values are left out.
 *
 * @example emitYaml({ a: ['x', 1], b: 'true' }) // 'a:\n  - x\n  - 1\nb: "true"\n'
 */

type Value = unknown;

const SPECIAL_WORDS = /^(?:true|false|yes|no|on|off|y|n|null|~|=|<<)$/i;
const NUMBER_LIKE = /^[-+]?(?:\.[0-9]|[0-9])/;
const SAFE_PLAIN = /^[A-Za-z0-9_./][-A-Za-z0-9_./@%+=,:;()$^'"!?&*<>\\~` ]*$/;

function isPlainSafe(s: string): boolean {
  if (s === '' || s.trim() !== s) return false;
  if (s.length > 1 && s[0] === '-' && s[1] !== ' ' && s[1] !== '-') {
    // `-v`, `-c` as args: plain is fine unless the rest is unsafe or it reads as a number
    if (NUMBER_LIKE.test(s)) return false;
    return isPlainSafe(`x${s.slice(1)}`);
  }
  if (s.startsWith('--') && s.length > 2) return isPlainSafe(`x${s.slice(2)}`);
  if (!SAFE_PLAIN.test(s)) return false;
  if (SPECIAL_WORDS.test(s) || NUMBER_LIKE.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  // Characters that start other tokens somewhere in a plain scalar are harmless, but at the start
  // they are indicators: SAFE_PLAIN's first-character class excludes them already.
  return true;
}

function escapeChar(c: string): string {
  switch (c) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\n':
      return '\\n';
    case '\t':
      return '\\t';
    case '\r':
      return '\\r';
    case '\0':
      return '\\0';
    default: {
      const code = c.codePointAt(0) as number;
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    }
  }
}

/** Double-quoted scalar: every character outside printable text escaped. */
export function quote(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is escaped
  return `"${s.replace(/[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/g, escapeChar)}"`;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: a literal block holds no control character but tab and newline
const BLOCK_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

// biome-ignore lint/suspicious/noControlCharactersInRegex: a single-quoted scalar cannot escape these
const SINGLE_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/**
 * Plain when safe; single-quoted when the text holds `"` (JSON in an annotation reads as itself,
 * with only `'` doubled); double-quoted otherwise.
 */
function scalar(s: string): string {
  if (isPlainSafe(s)) return s;
  if (s.includes('"') && !SINGLE_UNSAFE.test(s)) return `'${s.replaceAll("'", "''")}'`;
  return quote(s);
}

/** A `|` block for multi-line text, or undefined when the text needs a quoted scalar. */
function block(s: string, indent: string): string | undefined {
  if (!s.includes('\n') || BLOCK_UNSAFE.test(s)) return undefined;
  const body = s.replace(/\n+$/, '');
  const trailing = s.length - body.length;
  if (body === '') return undefined;
  const lines = body.split('\n');
  // A line of only spaces before content, or trailing spaces on the last line, read ambiguously.
  if (lines.some((l) => /^[ \t]+$/.test(l))) return undefined;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const indicator = lines[0]?.startsWith(' ') || lines[0] === '' ? '2' : '';
  const inner = `${indent}  `;
  const text = lines.map((l) => (l === '' ? '' : inner + l)).join('\n');
  const extra = trailing > 1 ? '\n'.repeat(trailing - 1) : '';
  return `|${indicator}${chomp}\n${text}${extra}`;
}

function isMap(v: Value): v is Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function inline(v: Value, indent: string): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
  if (typeof v === 'string') return block(v, indent) ?? scalar(v);
  if (Array.isArray(v) && v.length === 0) return '[]';
  if (isMap(v) && Object.values(v).every((x) => x === undefined)) return '{}';
  return undefined;
}

function emitMap(obj: Record<string, Value>, indent: string, out: string[], firstPrefix?: string): void {
  let first = true;
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined) continue;
    const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
    first = false;
    const k = scalar(key);
    const simple = inline(v, indent);
    if (simple !== undefined) out.push(`${lead}${k}: ${simple}\n`);
    else if (Array.isArray(v)) {
      out.push(`${lead}${k}:\n`);
      emitSeq(v, `${indent}  `, out);
    } else {
      out.push(`${lead}${k}:\n`);
      emitMap(v as Record<string, Value>, `${indent}  `, out);
    }
  }
}

function emitSeq(arr: readonly Value[], indent: string, out: string[]): void {
  for (const item of arr) {
    const v = item === undefined ? null : item;
    const simple = inline(v, indent);
    if (simple !== undefined) out.push(`${indent}- ${simple}\n`);
    else if (Array.isArray(v)) {
      out.push(`${indent}-\n`);
      emitSeq(v, `${indent}  `, out);
    } else emitMap(v as Record<string, Value>, `${indent}  `, out, `${indent}- `);
  }
}

/** YAML text of a JSON-shaped value, ending with one newline. */
export function emitYaml(value: Value): string {
  const out: string[] = [];
  if (isMap(value) && Object.values(value).some((x) => x !== undefined)) emitMap(value, '', out);
  else if (Array.isArray(value) && value.length) emitSeq(value, '', out);
  else out.push(`${inline(value, '') ?? 'null'}\n`);
  return out.join('');
}
