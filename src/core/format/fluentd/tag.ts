/**
 * fluentd tags and the match patterns that route them (`lib/fluent/match.rb`).
 *
 * A tag is dot-separated parts (`redis.slowlog`). fluentd itself accepts any string, but its
 * documentation asks for lowercase letters, digits and `_`; Podsmith also allows uppercase and `-`.
 * Nothing else: every other character means something in a pattern (`*`, `{`, `,`, `}`, `\`) or in
 * the config syntax (blanks, `#`, `<`, `>`, quotes).
 *
 * A pattern is one or more globs separated by blanks; a tag is routed when any of them matches.
 * In a glob `*` matches one tag part (no dot), `**` zero or more parts (`a.**` matches `a` and
 * `a.b.c`; `**.b` matches `b` and `a.b`), `{x,y}` either alternative (they nest), `\c` the literal
 * `c`; letters, digits and every other character match themselves.
 */
import type { StringRule } from '../../contracts/objects';

const PART = '[A-Za-z0-9_-]+';

/** A tag: dot-separated parts of letters, digits, `_` and `-`, at most 128 characters. */
export const FLUENT_TAG: StringRule = {
  pattern: new RegExp(`^(?=.{1,128}$)${PART}(\\.${PART})*$`),
  message: 'dot-separated parts of letters, digits, "_" and "-" (e.g. redis.slowlog), at most 128 characters',
};

/** True when `value` is a tag Podsmith writes. */
export function isFluentTag(value: string): boolean {
  return FLUENT_TAG.pattern.test(value);
}

/** Characters a glob may hold: tag characters and `.`, `*`, `{`, `,`, `}`. */
const GLOB_CHARS = /^[A-Za-z0-9_.*{},-]+$/;

/** True when braces are balanced and commas stand only inside braces. */
function bracesBalanced(glob: string): boolean {
  let depth = 0;
  for (const c of glob) {
    if (c === '{') depth += 1;
    else if (c === '}') depth -= 1;
    else if (c === ',' && depth === 0) return false;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/**
 * True when `value` is a match pattern Podsmith writes: globs of tag characters, `.`, `*`, `**`
 * and `{a,b}` with balanced braces, separated by single spaces.
 *
 * @example isMatchPattern('redis.** storm') // true
 */
export function isMatchPattern(value: string): boolean {
  if (value.length === 0 || value.length > 256) return false;
  return value.split(' ').every((g) => GLOB_CHARS.test(g) && bracesBalanced(g));
}

const escapeRegExp = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The regular expression fluentd builds for one glob (GlobMatchPattern), as JavaScript source. */
function globSource(glob: string): string {
  const stack: string[][] = [];
  const out: string[] = [''];
  const append = (s: string) => {
    out[out.length - 1] += s;
  };
  let escaped = false;
  let dot = false;
  let i = 0;
  while (i < glob.length) {
    const c = glob[i] ?? '';
    if (escaped) {
      append(escapeRegExp(c));
      escaped = false;
      i += 1;
      continue;
    }
    if (glob.startsWith('**', i)) {
      if (dot) {
        append('(?![^.])');
        dot = false;
      }
      if (glob[i + 2] === '.') {
        append('(?:[^\\n]*\\.|^)');
        i += 3;
      } else {
        append('[^\\n]*');
        i += 2;
      }
      continue;
    }
    if (dot) {
      append('\\.');
      dot = false;
    }
    if (c === '\\') escaped = true;
    else if (c === '.') dot = true;
    else if (c === '*') append('[^.]*');
    else if (c === '{') {
      stack.push([]);
      out.push('');
    } else if (c === '}' && stack.length > 0) {
      const alts = stack.pop() ?? [];
      alts.push(out.pop() ?? '');
      append(`(?:${alts.join('|')})`);
    } else if (c === ',' && stack.length > 0) {
      stack[stack.length - 1]?.push(out.pop() ?? '');
      out.push('');
    } else append(escapeRegExp(c));
    i += 1;
  }
  // A trailing dot is dropped, and an unclosed brace joins its alternatives as literal text:
  // fluentd does the same (Regexp.union of strings escapes them).
  while (stack.length > 0) {
    const alts = stack.pop() ?? [];
    alts.push(out.pop() ?? '');
    append(`(?:${alts.map(escapeRegExp).join('|')})`);
  }
  return out[out.length - 1] ?? '';
}

/**
 * Whether fluentd routes an event with `tag` to a `<match pattern>` directive.
 *
 * @example patternMatches('redis.**', 'redis.slowlog') // true
 * @example patternMatches('redis.*', 'redis.a.b')      // false
 */
export function patternMatches(pattern: string, tag: string): boolean {
  const globs = pattern.split(/\s+/).filter((g) => g !== '');
  return globs.some((g) => g === '**' || new RegExp(`^(?:${globSource(g)})$`).test(tag));
}
