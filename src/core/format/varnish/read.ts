/**
 * Reading a VCL program back as statements, each with the blocks around it: the tokens of VCL's
 * lexer (strings in their three forms, comments `#`, `//` and `/* *\/`, punctuation, words), then
 * statements ended by `;` and blocks opened by `{`. Used by tests and by the import of a container's
 * default.vcl, which compares settings line by line.
 */

export interface VclToken {
  readonly kind: 'string' | 'word' | 'punct';
  /** A string's value; a word or punctuation as written. */
  readonly text: string;
}

export interface VclStatementRead {
  /** Headers of the blocks around the statement, outermost first: `sub vcl_recv`, `if (req.url ~ "^/a")`. */
  readonly blocks: readonly string[];
  /** The statement without its `;`, tokens joined by one space (strings in double quotes). */
  readonly text: string;
  readonly tokens: readonly VclToken[];
}

// `-` is not here: it is part of names such as resp.http.X-Cache.
const PUNCT = '{}();=~!<>&|+,';

/** The tokens of a VCL text; throws on an unterminated string or comment. */
export function lexVcl(text: string): VclToken[] {
  const out: VclToken[] = [];
  let i = 0;
  const until = (end: string, from: number, what: string): number => {
    const at = text.indexOf(end, from);
    if (at < 0) throw new Error(`unterminated ${what}`);
    return at;
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '#' || text.startsWith('//', i)) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith('/*', i)) {
      i = until('*/', i + 2, 'comment') + 2;
    } else if (text.startsWith('{"', i)) {
      const end = until('"}', i + 2, 'long string');
      out.push({ kind: 'string', text: text.slice(i + 2, end) });
      i = end + 2;
    } else if (text.startsWith('"""', i)) {
      const end = until('"""', i + 3, 'long string');
      out.push({ kind: 'string', text: text.slice(i + 3, end) });
      i = end + 3;
    } else if (ch === '"') {
      const end = until('"', i + 1, 'string');
      const body = text.slice(i + 1, end);
      if (body.includes('\n')) throw new Error('unterminated string');
      out.push({ kind: 'string', text: body });
      i = end + 1;
    } else if (PUNCT.includes(ch)) {
      const two = text.slice(i, i + 2);
      const op = ['==', '!=', '<=', '>=', '&&', '||', '!~', '+='].includes(two) ? two : ch;
      out.push({ kind: 'punct', text: op });
      i += op.length;
    } else {
      let j = i;
      while (
        j < text.length &&
        !/\s/.test(text[j] as string) &&
        !PUNCT.includes(text[j] as string) &&
        text[j] !== '"' &&
        text[j] !== '#'
      )
        j++;
      if (j === i) j = i + 1;
      out.push({ kind: 'word', text: text.slice(i, j) });
      i = j;
    }
  }
  return out;
}

const show = (t: VclToken) => (t.kind === 'string' ? JSON.stringify(t.text) : t.text);

function joined(tokens: readonly VclToken[]): string {
  let s = '';
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    const tight =
      prev && (prev.text === '(' || t.text === ')' || t.text === ',' || (prev.text === '!' && prev.kind === 'punct'));
    s += (k === 0 || tight ? '' : ' ') + show(t);
  });
  return s;
}

/**
 * The statements of a VCL program, each with its enclosing blocks. `} else {` closes one block and
 * opens its else branch, written `else` under the same header.
 *
 * @example readVcl('vcl 4.1;\nsub vcl_recv { return (pass); }')[1] // { blocks: ['sub vcl_recv'], text: 'return (pass)', ... }
 */
export function readVcl(text: string): VclStatementRead[] {
  const tokens = lexVcl(text);
  const out: VclStatementRead[] = [];
  const blocks: string[] = [];
  let current: VclToken[] = [];
  let lastClosed = '';
  for (const t of tokens) {
    if (t.kind === 'punct' && t.text === ';') {
      if (current.length) out.push({ blocks: [...blocks], text: joined(current), tokens: current });
      current = [];
    } else if (t.kind === 'punct' && t.text === '{') {
      const head = joined(current);
      blocks.push(head === 'else' && lastClosed ? `${lastClosed} else` : head);
      current = [];
    } else if (t.kind === 'punct' && t.text === '}') {
      if (current.length) out.push({ blocks: [...blocks], text: joined(current), tokens: current });
      current = [];
      lastClosed = blocks.pop() ?? '';
    } else current.push(t);
  }
  if (current.length) out.push({ blocks: [...blocks], text: joined(current), tokens: current });
  return out;
}

/** The statements one per line, `sub vcl_recv > if (…) > return (pass)`, for comparing two programs. */
export function vclLines(text: string): string[] {
  try {
    return readVcl(text).map((s) => [...s.blocks, s.text].join(' > '));
  } catch {
    return [];
  }
}
