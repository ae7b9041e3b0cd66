/**
 * A YAML emitter for JSON-shaped values (objects, arrays, strings, numbers, booleans, null), in the
 * block style of Kubernetes manifests. Strings are plain only when every YAML 1.1 and 1.2 reader
 * (kubectl's included) reads them back as the same string; otherwise quoted (single quotes for text
 * with `"` in it, double quotes else), or a `|` block for multi-line text. Keys keep their insertion order; `undefined` values are left out.
 *
 * @example emitYaml({ a: ['x', 1], b: 'true' }) // 'a:\n  - x\n  - 1\nb: "true"\n'
 */

type Value = unknown;

/** Words every YAML 1.1 or 1.2 reader takes for a boolean or null (any case); `~`, `=` and `<<` start no plain scalar here. */
const SPECIAL_WORDS: ReadonlySet<string> = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'y', 'n', 'null']);
/** The first letters of `SPECIAL_WORDS`, lower case: any other word is none of them, whatever its case. */
const SPECIAL_FIRST: ReadonlySet<number> = new Set([...SPECIAL_WORDS].map((w) => w.charCodeAt(0)));

/**
 * ASCII characters of a plain scalar: `FIRST` may start one (no indicator), `REST` may follow
 * (space included; no `#`, flow indicators, `|` or control characters).
 */
const FIRST = new Uint8Array(128);
const REST = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_./]/.test(ch)) FIRST[c] = 1;
  if (/[-A-Za-z0-9_./@%+=,:;()$^'"!?&*<>\\~` ]/.test(ch)) REST[c] = 1;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when `s` from `i` on reads as a number's start: a digit, or `.` and a digit. */
const numberAt = (s: string, i: number): boolean =>
  isDigit(s.charCodeAt(i)) || (s.charCodeAt(i) === 46 && isDigit(s.charCodeAt(i + 1)));

/**
 * True when `s` can be written plain: it starts with a letter, digit, `_`, `.` or `/` (or is a
 * flag such as `-v` or `--port=1` whose rest is safe and that reads as no number), holds only
 * characters of `REST`, reads as no number, boolean or null, and has no `: `, no trailing `:` and
 * no trailing space. One pass over the characters, no regular expression.
 */
export function isPlainSafe(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const c0 = s.charCodeAt(0);
  let from = 1;
  if (c0 === 45) {
    // `-v`, `-c`, `--port=1` as args: plain is fine unless the rest is unsafe or it reads as a number
    if (n < 2) return false;
    const c1 = s.charCodeAt(1);
    if (c1 === 32) return false;
    if (c1 === 45) {
      if (n === 2) return false;
      from = 2;
    } else if (numberAt(s, 1)) return false;
  } else {
    if (c0 >= 128 || FIRST[c0] === 0) return false;
    if (numberAt(s, 0)) return false;
    if (n <= 5 && SPECIAL_FIRST.has(c0 | 0x20) && SPECIAL_WORDS.has(s.toLowerCase())) return false;
  }
  let prev = from === 2 ? 45 : c0;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || REST[c] === 0) return false;
    if (c === 32 && prev === 58) return false;
    prev = c;
  }
  // `prev` is the last character: `x:` reads as a key, a trailing space is trimmed by readers.
  return prev !== 58 && prev !== 32;
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

/** True when the character code is one `quote` escapes (as its pattern below says). */
function escaped(c: number): boolean {
  return (
    c < 0x20 ||
    c === 0x22 ||
    c === 0x5c ||
    (c >= 0x7f && c <= 0x9f) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0xfeff ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

/** Double-quoted scalar: every character outside printable text escaped. */
export function quote(s: string): string {
  // Most quoted scalars (`"50m"`, `"8080"`, `"true"`) escape nothing: a look at their characters
  // costs less than the pattern's search and its replacement.
  let i = 0;
  while (i < s.length && !escaped(s.charCodeAt(i))) i++;
  if (i === s.length) return `"${s}"`;
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
  return isPlainSafe(s) ? s : quoted(s);
}

/** `scalar` for a string that is not plain-safe. */
function quoted(s: string): string {
  if (s.includes('"') && !SINGLE_UNSAFE.test(s)) return `'${s.replaceAll("'", "''")}'`;
  return quote(s);
}

/** A line of only spaces and tabs (at least one) in a block's text. */
const BLANK_WITH_SPACE = /(?:^|\n)[ \t]+(?:\n|$)/;

/** A line break before a line that is not empty: where a block's indentation goes. */
const BEFORE_LINE = /\n(?!\n)/g;

/** A `|` block for multi-line text, or undefined when the text needs a quoted scalar. */
export function block(s: string, indent: string): string | undefined {
  if (!s.includes('\n') || BLOCK_UNSAFE.test(s)) return undefined;
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 10) end--;
  const trailing = s.length - end;
  if (end === 0) return undefined;
  const body = end === s.length ? s : s.slice(0, end);
  // A line of only spaces before content, or trailing spaces on the last line, read ambiguously.
  if (BLANK_WITH_SPACE.test(body)) return undefined;
  // Each line but an empty one indented, in one pass: the body ends with no line break, so each
  // break is followed by a line.
  const inner = deeper(indent);
  const lines = body.replace(BEFORE_LINE, LINE_BREAKS[inner.length / 2] as string);
  const text = body.charCodeAt(0) === 10 ? lines : inner + lines;
  const chomp = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const first = s.charCodeAt(0);
  const indicator = first === 32 || first === 10 ? '2' : '';
  const extra = trailing > 1 ? '\n'.repeat(trailing - 1) : '';
  return `|${indicator}${chomp}\n${text}${extra}`;
}

function isMap(v: Value): v is Record<string, Value> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True when the map has a key whose value is not undefined. */
function hasValue(v: Record<string, Value>): boolean {
  for (const key in v) if (Object.hasOwn(v, key) && v[key] !== undefined) return true;
  return false;
}

/**
 * Multi-line texts as written, by text and depth: a design's config files repeat (a thousand
 * containers hold a few dozen distinct ones), and each is written into its ConfigMap and into every
 * overlay that builds it again. At most `BLOCK_CHARS` characters of texts are held; past that the
 * memory is cleared and starts again.
 */
const BLOCKS = new Map<string, string[]>();
let blockChars = 0;
const BLOCK_CHARS = 1 << 21;
const LONG_TEXT = 1 << 16;

function multiLine(s: string, indent: string): string {
  // A long text (a file read in whole, a slice of a larger one) is written each time and not held.
  if (s.length > LONG_TEXT) return block(s, indent) ?? quoted(s);
  const depth = indent.length / 2;
  let byDepth = BLOCKS.get(s);
  const hit = byDepth?.[depth];
  if (hit !== undefined) return hit;
  const text = block(s, indent) ?? quoted(s);
  if (!byDepth) {
    if (blockChars + s.length > BLOCK_CHARS) {
      BLOCKS.clear();
      blockChars = 0;
    }
    byDepth = [];
    BLOCKS.set(s, byDepth);
    blockChars += s.length;
  }
  byDepth[depth] = text;
  blockChars += text.length;
  return text;
}

function inline(v: Value, indent: string): string | undefined {
  if (typeof v === 'string') {
    // A plain-safe string has no line break, so it needs no block: one look at its characters.
    if (isPlainSafe(v)) return v;
    return v.includes('\n') ? multiLine(v, indent) : quoted(v);
  }
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? '.inf' : v < 0 ? '-.inf' : '.nan';
  if (Array.isArray(v) && v.length === 0) return '[]';
  // A map is written by `emitMap` (an empty one as `{}`, once it finds no key to write).
  return undefined;
}

/** Indentation strings by depth, made once: every nested map or list would make its own. */
const INDENTS: string[] = [''];
/** `\n` and an indentation by depth, made once (`\n$` would be a pattern to `replace`: indentations are spaces only). */
const LINE_BREAKS: string[] = ['\n'];
const deeper = (indent: string): string => {
  const depth = indent.length / 2 + 1;
  let next = INDENTS[depth];
  if (next === undefined) {
    next = `${indent}  `;
    INDENTS[depth] = next;
    LINE_BREAKS[depth] = `\n${next}`;
  }
  return next;
};

/** Keys as written, remembered: manifests repeat a few hundred keys thousands of times. */
const KEYS = new Map<string, string>();

function key(k: string): string {
  let text = KEYS.get(k);
  if (text === undefined) {
    text = scalar(k);
    if (KEYS.size < 4096) KEYS.set(k, text);
  }
  return text;
}

/** `\nINDENT- ` by depth, made once. */
const DASHES: string[] = [];
const dash = (indent: string): string => {
  const depth = indent.length / 2;
  let text = DASHES[depth];
  if (text === undefined) {
    text = `\n${indent}- `;
    DASHES[depth] = text;
  }
  return text;
};

/** `\nINDENT-` by depth (a list item that is a list), made once. */
const BARE_DASHES: string[] = [];
const bareDash = (indent: string): string => {
  const depth = indent.length / 2;
  let text = BARE_DASHES[depth];
  if (text === undefined) {
    text = `\n${indent}-`;
    BARE_DASHES[depth] = text;
  }
  return text;
};

/**
 * A line's start as written: a newline (ending the line before), the map's indentation or, for a
 * list item's first key, the list's `\nINDENT- `, and the key with `: ` or `:` after it. Remembered
 * by key, in a list by depth and form (dash, colon): one piece instead of four for each line of a
 * manifest, found with one lookup.
 */
const HEADS = new Map<string, string[]>();
let heads = 0;
/** Forms remembered per key: four for each depth up to 16 (a list made at its full length stays a fast one). */
const FORMS = 64;

function head(indent: string, dashed: boolean, name: string, colonOnly: boolean): string {
  const slot = indent.length * 2 + (dashed ? 2 : 0) + (colonOnly ? 1 : 0);
  let byForm = HEADS.get(name);
  const hit = byForm?.[slot];
  if (hit !== undefined) return hit;
  // A dashed line's lead is its list's dash, one level out: as long as the map's indentation and its newline.
  const lead = dashed ? dash(INDENTS[indent.length / 2 - 1] as string) : `\n${indent}`;
  const text = `${lead}${key(name)}${colonOnly ? ':' : ': '}`;
  if (heads < 8192 && slot < FORMS) {
    if (!byForm) {
      byForm = new Array<string>(FORMS);
      HEADS.set(name, byForm);
    }
    byForm[slot] = text;
    heads++;
  }
  return text;
}

/**
 * The pieces of a text, on a list that keeps its room: documents emitted one after another onto
 * it, each joined on its own (`take`), grow no list of their own from a few entries up (a list
 * made per document was copied to a larger store about six times on the way to its few hundred
 * pieces).
 */
export class Pieces {
  private readonly list: string[] = [];
  /** How many pieces the current text has; the list beyond them holds a former text's. */
  length = 0;

  add(piece: string): void {
    this.list[this.length++] = piece;
  }

  at(i: number): string {
    return this.list[i] as string;
  }

  set(i: number, piece: string): void {
    this.list[i] = piece;
  }

  /**
   * The pieces joined, and the list ready for the next text. A former text's pieces beyond this
   * one's are cut off rather than the list copied: V8 keeps the room of a list cut by less than
   * half, so the next text still grows none.
   */
  take(): string {
    const n = this.length;
    this.length = 0;
    if (n !== this.list.length) this.list.length = n;
    return this.list.join('');
  }
}

/*
 * The emitters below push each line with the newline before it instead of after it (`\nkey: `
 * and the value: two pieces a line instead of three); `emitYamlLines` says how to read them.
 */

/** Writes the map's keys; returns false (and writes nothing) when it has no key whose value is defined. */
function emitMap(obj: Record<string, Value>, indent: string, out: Pieces, dashed: boolean): boolean {
  let first = dashed;
  let any = false;
  for (const name in obj) {
    if (!Object.hasOwn(obj, name)) continue;
    const v = obj[name];
    if (v === undefined) continue;
    any = true;
    const simple = inline(v, indent);
    if (simple !== undefined) {
      out.add(head(indent, first, name, false));
      out.add(simple);
    } else if (Object.isFrozen(v)) {
      // An empty map's text is '': written as `{}` after `key: `, as below.
      const text = frozenText(v as object, deeper(indent));
      out.add(head(indent, first, name, text !== ''));
      out.add(text === '' ? '{}' : text);
    } else if (Array.isArray(v)) {
      out.add(head(indent, first, name, true));
      emitSeq(v, deeper(indent), out);
    } else {
      const at = out.length;
      out.add(head(indent, first, name, true));
      if (!emitMap(v as Record<string, Value>, deeper(indent), out, false)) {
        out.set(at, head(indent, first, name, false));
        out.add('{}');
      }
    }
    first = false;
  }
  return any;
}

/**
 * The text of a frozen map or non-empty list as the value of a key, written at `indent`: a value
 * frozen through and through cannot change, so it is written once per depth and its text is used
 * again wherever it is shared (the security context a template proposes is every such container's,
 * a thousand at a time in a large design). A value with anything unfrozen in it is written each
 * time. `''` for a map with nothing to write.
 */
function frozenText(v: object, indent: string): string {
  const depth = indent.length / 2;
  let texts = FROZEN.get(v);
  const hit = texts?.[depth];
  if (hit !== undefined) return hit;
  const out = new Pieces();
  if (Array.isArray(v)) emitSeq(v, indent, out);
  else emitMap(v as Record<string, Value>, indent, out, false);
  const text = out.take();
  if (!texts) {
    if (!frozenThrough(v)) return text;
    texts = [];
    FROZEN.set(v, texts);
  }
  texts[depth] = text;
  return text;
}

/** True when the value and every map and list in it are frozen. */
function frozenThrough(v: object): boolean {
  if (!Object.isFrozen(v)) return false;
  for (const key in v) {
    const inner = (v as Record<string, Value>)[key];
    if (typeof inner === 'object' && inner !== null && !frozenThrough(inner)) return false;
  }
  return true;
}

/** The texts of frozen values by depth (see `frozenText`). */
const FROZEN = new WeakMap<object, string[]>();

function emitSeq(arr: readonly Value[], indent: string, out: Pieces): void {
  // An index, not `for...of`: the iterator's result objects were 0.6 MB of a cold render of 1,000 containers.
  for (let i = 0; i < arr.length; i++) {
    const item = arr[i];
    const v = item === undefined ? null : item;
    const simple = inline(v, indent);
    if (simple !== undefined) {
      out.add(dash(indent));
      out.add(simple);
    } else if (Array.isArray(v)) {
      out.add(bareDash(indent));
      emitSeq(v, deeper(indent), out);
    } else if (!emitMap(v as Record<string, Value>, deeper(indent), out, true)) {
      out.add(dash(indent));
      out.add('{}');
    }
  }
}

/**
 * Adds to `out` the pieces of the YAML text of a JSON-shaped value with each line's newline
 * before it instead of after it: joined, they read `\n` and the text without its last newline.
 * Several documents emitted onto one list are joined once, the first newline dropped and the last
 * one added where they are put together.
 *
 * @example const out = new Pieces(); emitYamlLines({ a: 1, b: 2 }, out); out.take() // '\na: 1\nb: 2'
 */
export function emitYamlLines(value: Value, out: Pieces): void {
  if (isMap(value) && hasValue(value)) emitMap(value, '', out, false);
  else if (Array.isArray(value) && value.length) emitSeq(value, '', out);
  else {
    out.add('\n');
    out.add(isMap(value) ? '{}' : (inline(value, '') ?? 'null'));
  }
}

/** The list `emitYaml` emits onto (the emitters call out to nothing, so one text at a time uses it). */
const PIECES = new Pieces();

/**
 * YAML text of a JSON-shaped value, ending with one newline. The pieces are joined once, so the
 * text is one flat string: a bundle joins thousands of these, and strings made by `+=` would be
 * walked piece by piece at every join.
 */
export function emitYaml(value: Value): string {
  const out = PIECES;
  out.length = 0;
  emitYamlLines(value, out);
  out.set(0, out.at(0).slice(1));
  out.add('\n');
  return out.take();
}
