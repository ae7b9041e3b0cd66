/**
 * The smallest single replacement that turns one text into another (common prefix and suffix
 * kept). Applying it instead of replacing the whole model keeps the scroll position and lets the
 * editor re-tokenise only the changed lines.
 */

/** Replace `[start, end)` of the old text with `text`. Offsets are UTF-16 code units. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Longest chunk compared at once; galloping up to it keeps long equal runs at native speed. */
const MAX_CHUNK = 1 << 16;

/**
 * The length of the longest common prefix of `a` and `b` (`fromEnd`: suffix), looking at no more
 * than `limit` characters. Compares slices whose length doubles while they match and halves on a
 * mismatch, so a 1 MB text takes a few native comparisons rather than a million JavaScript steps.
 */
function commonLength(a: string, b: string, limit: number, fromEnd: boolean): number {
  let at = 0;
  let step = 64;
  while (at < limit) {
    const n = Math.min(step, limit - at);
    const same = fromEnd
      ? a.slice(a.length - at - n, a.length - at) === b.slice(b.length - at - n, b.length - at)
      : a.slice(at, at + n) === b.slice(at, at + n);
    if (same) {
      at += n;
      step = Math.min(step * 2, MAX_CHUNK);
    } else if (n === 1) {
      break;
    } else {
      step = n >> 1;
    }
  }
  return at;
}

/**
 * The edit from `before` to `after`, or `null` when they are equal. Never splits a surrogate pair.
 *
 * @example
 * minimalEdit('port: 22121\n', 'port: 22122\n'); // { start: 10, end: 11, text: '2' }
 */
export function minimalEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let prefix = commonLength(before, after, shorter, false);
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = commonLength(before, after, shorter - prefix, true);
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix -= 1;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}
