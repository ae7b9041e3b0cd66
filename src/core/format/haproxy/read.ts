/**
 * Reading an HAProxy config back into sections of word lists, the way HAProxy's `parse_line` splits
 * and unescapes a line (see `quote.ts`). Environment variables are not expanded: a `$` outside single
 * quotes is kept as written. Used by tests and by the import of a container's haproxy.cfg.
 */
import type { SectionKind } from './tree';

export interface ReadLine {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly words: readonly string[];
}

export interface ReadSection {
  readonly kind: SectionKind;
  readonly name?: string;
  readonly line: number;
  readonly lines: readonly ReadLine[];
}

export interface ReadConfig {
  readonly sections: readonly ReadSection[];
  /** Lines before the first section, or with a keyword HAProxy does not know as a section, in order. */
  readonly stray: readonly ReadLine[];
}

const SECTIONS: ReadonlySet<string> = new Set(['global', 'defaults', 'frontend', 'backend', 'listen', 'resolvers']);

const SIMPLE: Readonly<Record<string, string>> = { t: '\t', n: '\n', r: '\r' };

/**
 * The words of one line, unescaped; comments dropped.
 *
 * @example splitLine('server "a b" x:1 # note') // ['server', 'a b', 'x:1']
 */
export function splitLine(text: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | '' = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === "'") {
      if (ch === "'") quote = '';
      else word += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      const next = text[i + 1] as string;
      inWord = true;
      if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
        word += String.fromCharCode(Number.parseInt(text.slice(i + 2, i + 4), 16));
        i += 3;
      } else {
        word += SIMPLE[next] ?? next;
        i += 1;
      }
      continue;
    }
    if (quote === '"') {
      if (ch === '"') quote = '';
      else word += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
      continue;
    }
    if (ch === '#') break;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    word += ch;
    inWord = true;
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * The sections of a config with their lines as words.
 *
 * @example readHaproxy('global\n    log stdout format raw local0\n').sections[0]?.lines[0]?.words[0] // 'log'
 */
export function readHaproxy(text: string): ReadConfig {
  const sections: { kind: SectionKind; name?: string; line: number; lines: ReadLine[] }[] = [];
  const stray: ReadLine[] = [];
  text.split('\n').forEach((raw, i) => {
    const words = splitLine(raw);
    const first = words[0];
    if (first === undefined) return;
    const at = i + 1;
    if (SECTIONS.has(first)) {
      const name = words[1];
      sections.push({ kind: first as SectionKind, ...(name === undefined ? {} : { name }), line: at, lines: [] });
      return;
    }
    const current = sections.at(-1);
    if (current) current.lines.push({ line: at, words });
    else stray.push({ line: at, words });
  });
  return { sections, stray };
}
