/**
 * Where each placeholder of a config file stands, read from the file's literal text (the other
 * placeholders count as word characters). The place decides how a value is written:
 *
 * - `yaml-value`: the whole scalar of a line (`key: ${p}`, `- ${p}`): quoted as YAML needs.
 * - `yaml-dquote` / `yaml-squote`: inside a quoted YAML scalar: escaped for that quote.
 * - `nginx-token`: a whole nginx token: quoted as nginx's lexer needs.
 * - `nginx-dquote` / `nginx-squote`: inside a quoted nginx token: escaped for that quote.
 * - `fluentd-value`: a parameter's whole value (`port ${p}`); `fluentd-arg`: a section's whole
 *   argument (`<match ${p}>`): quoted as fluentd's parser needs.
 * - `embedded`: part of a larger bare word (`http://${host}:80`): only characters that are plain
 *   text in that language are accepted, since no quoting can apply to part of a word.
 * - `line`: a comment, a YAML block scalar line, or a text file, whose structure Podsmith does not
 *   know: any one line of printable text.
 */
import type { UserFileLanguage } from '../../model/user-template';
import type { Part, Placeholder } from './placeholders';

export type Context =
  | 'yaml-value'
  | 'yaml-dquote'
  | 'yaml-squote'
  | 'nginx-token'
  | 'nginx-dquote'
  | 'nginx-squote'
  | 'fluentd-value'
  | 'fluentd-arg'
  | 'embedded'
  | 'line';

/** A stand-in for a placeholder in the skeleton text: a word character in every language here. */
const HOLE = 'x';

interface Skeleton {
  readonly text: string;
  /** Offset of each placeholder's stand-in in `text`. */
  readonly at: ReadonlyMap<Placeholder, number>;
}

function skeleton(parts: readonly Part[]): Skeleton {
  let text = '';
  const at = new Map<Placeholder, number>();
  for (const p of parts) {
    if (typeof p === 'string') text += p;
    else {
      at.set(p, text.length);
      text += HOLE;
    }
  }
  return { text, at };
}

function lineAround(text: string, offset: number): { prefix: string; suffix: string; start: number } {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const endAt = text.indexOf('\n', offset + 1);
  const end = endAt === -1 ? text.length : endAt;
  return { prefix: text.slice(start, offset), suffix: text.slice(offset + 1, end), start };
}

// ---- YAML -------------------------------------------------------------------------------------

/** `key: `, `- `, `- key: ` or nothing, before a whole scalar. */
const YAML_VALUE_PREFIX = /^[ \t]*(?:-[ \t]+)*(?:[^\s#'"[\]{},&*!|>%@`][^#[\]{}]*?:[ \t]+)?$/;
const YAML_VALUE_SUFFIX = /^(?:[ \t]*|[ \t]+#.*)$/;
/** A line that opens a block scalar (`key: |`, `- >-`). */
const YAML_BLOCK_OPENER = /(?:^|:|-)[ \t]*[|>][-+0-9]*[ \t]*(?:#.*)?$/;

function yamlQuoteState(prefix: string): 'none' | 'double' | 'single' | 'comment' {
  let state: 'none' | 'double' | 'single' = 'none';
  for (let i = 0; i < prefix.length; i++) {
    const c = prefix[i];
    const before = i === 0 ? ' ' : (prefix[i - 1] as string);
    if (state === 'none') {
      if (c === '#' && /\s/.test(before)) return 'comment';
      if ((c === '"' || c === "'") && /[\s:[{,-]/.test(before)) state = c === '"' ? 'double' : 'single';
    } else if (state === 'double') {
      if (c === '\\') i++;
      else if (c === '"') state = 'none';
    } else if (c === "'") {
      if (prefix[i + 1] === "'") i++;
      else state = 'none';
    }
  }
  return state;
}

function indentOf(line: string): number {
  return /^[ ]*/.exec(line)?.[0].length ?? 0;
}

/** Offsets of lines inside block scalars. */
function yamlBlockLines(text: string): ReadonlySet<number> {
  const inside = new Set<number>();
  let blockIndent = -1;
  let offset = 0;
  for (const line of text.split('\n')) {
    if (blockIndent >= 0 && (line.trim() === '' || indentOf(line) > blockIndent)) inside.add(offset);
    else {
      blockIndent = -1;
      if (YAML_BLOCK_OPENER.test(line) && yamlQuoteState(line) === 'none') blockIndent = indentOf(line);
    }
    offset += line.length + 1;
  }
  return inside;
}

function yamlContexts(sk: Skeleton): Map<Placeholder, Context> {
  const blocks = yamlBlockLines(sk.text);
  const out = new Map<Placeholder, Context>();
  for (const [p, at] of sk.at) {
    const { prefix, suffix, start } = lineAround(sk.text, at);
    if (blocks.has(start)) {
      out.set(p, 'line');
      continue;
    }
    const state = yamlQuoteState(prefix);
    if (state === 'comment') out.set(p, 'line');
    else if (state === 'double') out.set(p, 'yaml-dquote');
    else if (state === 'single') out.set(p, 'yaml-squote');
    else if (YAML_VALUE_PREFIX.test(prefix) && YAML_VALUE_SUFFIX.test(suffix)) out.set(p, 'yaml-value');
    else out.set(p, 'embedded');
  }
  return out;
}

// ---- nginx ------------------------------------------------------------------------------------

const NGINX_SEPARATOR = /[\s;{}]/;

function nginxContexts(sk: Skeleton): Map<Placeholder, Context> {
  const byOffset = new Map<number, Placeholder>();
  for (const [p, at] of sk.at) byOffset.set(at, p);
  const out = new Map<Placeholder, Context>();
  const text = sk.text;
  let state: 'none' | 'comment' | 'double' | 'single' = 'none';
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const p = byOffset.get(i);
    if (p) {
      if (state === 'comment') out.set(p, 'line');
      else if (state === 'double') out.set(p, 'nginx-dquote');
      else if (state === 'single') out.set(p, 'nginx-squote');
      else {
        const next = text[i + 1];
        const alone = !inToken && (next === undefined || NGINX_SEPARATOR.test(next));
        out.set(p, alone ? 'nginx-token' : 'embedded');
        inToken = true;
      }
      continue;
    }
    if (state === 'comment') {
      if (c === '\n') state = 'none';
    } else if (state === 'double' || state === 'single') {
      if (c === '\\') i++;
      else if (c === (state === 'double' ? '"' : "'")) {
        state = 'none';
        inToken = false;
      }
    } else if (c === '\\') {
      inToken = true;
      i++;
    } else if (NGINX_SEPARATOR.test(c)) inToken = false;
    else if (!inToken && c === '#') state = 'comment';
    else if (!inToken && (c === '"' || c === "'")) state = c === '"' ? 'double' : 'single';
    else inToken = true;
  }
  return out;
}

// ---- fluentd ----------------------------------------------------------------------------------

const FLUENTD_VALUE_PREFIX = /^[ \t]*[A-Za-z_@][\w.@-]*[ \t]+$/;
const FLUENTD_ARG_PREFIX = /^[ \t]*<[A-Za-z_@][\w.@-]*[ \t]+$/;

function fluentdContexts(sk: Skeleton): Map<Placeholder, Context> {
  const out = new Map<Placeholder, Context>();
  for (const [p, at] of sk.at) {
    const { prefix, suffix } = lineAround(sk.text, at);
    if (prefix.trimStart().startsWith('#')) out.set(p, 'line');
    else if (FLUENTD_ARG_PREFIX.test(prefix) && /^[ \t]*>[ \t]*$/.test(suffix)) out.set(p, 'fluentd-arg');
    else if (FLUENTD_VALUE_PREFIX.test(prefix) && /^[ \t]*$/.test(suffix)) out.set(p, 'fluentd-value');
    else out.set(p, 'embedded');
  }
  return out;
}

/** The context of every placeholder of a file's parts. */
export function contextsOf(language: UserFileLanguage, parts: readonly Part[]): ReadonlyMap<Placeholder, Context> {
  const sk = skeleton(parts);
  switch (language) {
    case 'yaml':
      return yamlContexts(sk);
    case 'nginx':
      return nginxContexts(sk);
    case 'fluentd':
      return fluentdContexts(sk);
    case 'text':
      return new Map([...sk.at.keys()].map((p) => [p, 'line' as const]));
  }
}

/** How a message names the place, e.g. "inside a bare YAML word". */
export const CONTEXT_NAMES: Readonly<Record<Context, string>> = {
  'yaml-value': 'a whole YAML value',
  'yaml-dquote': 'a double-quoted YAML string',
  'yaml-squote': 'a single-quoted YAML string',
  'nginx-token': 'a whole nginx word',
  'nginx-dquote': 'a double-quoted nginx string',
  'nginx-squote': 'a single-quoted nginx string',
  'fluentd-value': 'a whole fluentd value',
  'fluentd-arg': 'a whole fluentd section argument',
  embedded: 'part of a larger word',
  line: 'a line whose structure Podsmith does not know (a comment, a YAML block or a text file)',
};
