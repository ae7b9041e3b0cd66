/**
 * Reading an nginx config into blocks and directives, token by token as nginx's own lexer
 * (`ngx_conf_read_token`) reads them: words end at a space, `;` or `{`; `"` and `'` quote across
 * anything; `\` hides the next character; `#` at the start of a word comments out the rest of the
 * line; `${` keeps a `{` inside a variable name. A comment on the line of a directive is kept as its
 * note (the generators write upstream names and environments there).
 */

export interface ConfDirective {
  readonly kind: 'directive';
  readonly name: string;
  readonly args: readonly string[];
  readonly line: number;
  /** Text of a `#` comment that follows the directive on its line. */
  readonly note?: string;
}

export interface ConfBlock {
  readonly kind: 'block';
  readonly name: string;
  readonly args: readonly string[];
  readonly children: readonly ConfNode[];
  readonly line: number;
  /** Comments on lines of their own directly inside the block, in order (the broker lists its environments there). */
  readonly comments?: readonly string[];
}

export type ConfNode = ConfDirective | ConfBlock;

export type NginxReadResult =
  | { readonly ok: true; readonly nodes: readonly ConfNode[] }
  | { readonly ok: false; readonly error: string };

type Token =
  | { readonly t: 'word'; readonly value: string; readonly line: number }
  | { readonly t: ';' | '{' | '}'; readonly line: number }
  | { readonly t: 'comment'; readonly text: string; readonly line: number };

class ReadError extends Error {}

const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n';

/** nginx's unescaping of a word: `\"`, `\'`, `\\` give the character; `\t`, `\r`, `\n` give control characters. */
function unescapeWord(raw: string): string {
  return raw.replace(/\\(["'\\trn])/g, (_, c: string) => (c === 't' ? '\t' : c === 'r' ? '\r' : c === 'n' ? '\n' : c));
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (isSpace(ch)) {
      if (ch === '\n') line++;
      i++;
      continue;
    }
    if (ch === ';' || ch === '{' || ch === '}') {
      out.push({ t: ch, line });
      i++;
      continue;
    }
    if (ch === '#') {
      let end = text.indexOf('\n', i);
      if (end < 0) end = n;
      out.push({ t: 'comment', text: text.slice(i + 1, end).trim(), line });
      i = end;
      continue;
    }
    const start = line;
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < n && text[j] !== ch) {
        if (text[j] === '\\') j++;
        if (text[j] === '\n') line++;
        j++;
      }
      if (j >= n) throw new ReadError(`line ${start}: a quoted word is never closed`);
      out.push({ t: 'word', value: unescapeWord(text.slice(i + 1, j)), line: start });
      i = j + 1;
      const next = text[i];
      if (next !== undefined && !isSpace(next) && next !== ';' && next !== '{' && next !== ')')
        throw new ReadError(`line ${line}: unexpected "${next}" after a quoted word`);
      continue;
    }
    let j = i;
    let variable = false;
    while (j < n) {
      const c = text[j] as string;
      if (c === '{' && variable) {
        j++;
        continue;
      }
      variable = false;
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (c === '$' && j > i) {
        // nginx notes a variable only inside a word: `${` at its start ends the word like any `{`
        variable = true;
        j++;
        continue;
      }
      if (isSpace(c) || c === ';' || c === '{') break;
      j++;
    }
    out.push({ t: 'word', value: unescapeWord(text.slice(i, Math.min(j, n))), line: start });
    i = j;
  }
  return out;
}

function parseNodes(tokens: readonly Token[], pos: { i: number }, depth: number, comments: string[] = []): ConfNode[] {
  const nodes: ConfNode[] = [];
  let words: { value: string; line: number }[] = [];
  while (pos.i < tokens.length) {
    const tok = tokens[pos.i++] as Token;
    if (tok.t === 'comment') {
      const last = nodes.at(-1);
      if (words.length === 0 && last?.kind === 'directive' && last.line === tok.line && last.note === undefined)
        nodes[nodes.length - 1] = { ...last, note: tok.text };
      else if (words.length === 0) comments.push(tok.text);
      continue;
    }
    if (tok.t === 'word') {
      words.push(tok);
      continue;
    }
    if (tok.t === '}') {
      if (words.length) throw new ReadError(`line ${tok.line}: unexpected "}" (a directive before it lacks its ";")`);
      if (depth === 0) throw new ReadError(`line ${tok.line}: unexpected "}" (no block is open)`);
      return nodes;
    }
    const [first, ...rest] = words;
    if (!first) throw new ReadError(`line ${tok.line}: unexpected "${tok.t}"`);
    const args = rest.map((w) => w.value);
    if (tok.t === ';') nodes.push({ kind: 'directive', name: first.value, args, line: first.line });
    else {
      if (depth >= 32) throw new ReadError(`line ${tok.line}: blocks nested more than 32 deep`);
      const inner: string[] = [];
      const children = parseNodes(tokens, pos, depth + 1, inner);
      const closed = tokens[pos.i - 1];
      if (closed?.t !== '}') throw new ReadError(`the block "${first.value}" of line ${first.line} is never closed`);
      nodes.push({
        kind: 'block',
        name: first.value,
        args,
        children,
        line: first.line,
        ...(inner.length ? { comments: inner } : {}),
      });
    }
    words = [];
  }
  if (words.length) throw new ReadError('unexpected end of file, expecting ";" or "}"');
  if (depth > 0) throw new ReadError('unexpected end of file, expecting "}"');
  return nodes;
}

/**
 * The blocks and directives of an nginx config, or why it cannot be read.
 *
 * @example readNginxConf('http { upstream b { server a:80 weight=9; } }')
 */
export function readNginxConf(text: string): NginxReadResult {
  try {
    return { ok: true, nodes: parseNodes(tokenize(text), { i: 0 }, 0) };
  } catch (e) {
    if (e instanceof ReadError) return { ok: false, error: e.message };
    throw e;
  }
}

/** The blocks named `name` among `nodes`. */
export function blocks(nodes: readonly ConfNode[], name: string): ConfBlock[] {
  return nodes.filter((n): n is ConfBlock => n.kind === 'block' && n.name === name);
}

/** The directives named `name` among `nodes`. */
export function directives(nodes: readonly ConfNode[], name: string): ConfDirective[] {
  return nodes.filter((n): n is ConfDirective => n.kind === 'directive' && n.name === name);
}

/**
 * Every directive with its context, one string each, e.g. `http > server > listen 443 ssl`: what
 * two configs are compared by to list the settings one of them lacks.
 */
export function flatten(nodes: readonly ConfNode[], context: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    const head = [n.name, ...n.args].join(' ');
    if (n.kind === 'directive') out.push([...context, head].join(' > '));
    else out.push(...flatten(n.children, [...context, head]));
  }
  return out;
}
