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

/** The edits that turn one text into another, and where the changed lines are in the new text. */
export interface TextChange {
  /** Non-overlapping edits in the old text's offsets, in order (apply them together). */
  readonly edits: readonly TextEdit[];
  /** Offsets in the new text of the starts of the lines worth marking as changed. */
  readonly marks: readonly number[];
}

/** Above this many lines between the first and last change, no line-by-line comparison. */
const MAX_COMPARED_LINES = 20_000;
/** Above this many changed lines, one edit for the whole region is cheaper. */
const MAX_LINE_EDITS = 200;

const lineStart = (text: string, offset: number): number => (offset === 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1);
const lineEnd = (text: string, offset: number): number => {
  const at = text.indexOf('\n', offset);
  return at === -1 ? text.length : at;
};

/**
 * The change from `before` to `after` as edits on the changed lines only, when the lines between
 * the first and the last change keep their count (a parameter edit usually changes a few lines
 * far apart, e.g. a config value and a content hash). Unchanged lines are left alone, so the
 * editor keeps their tokens and folds. Otherwise one edit over the region, with its first and
 * last lines marked. `null` when the texts are equal.
 *
 * @example
 * lineChange('a: 1\nb: 2\nc: 3\n', 'a: 9\nb: 2\nc: 9\n').edits.length; // 2
 */
export function lineChange(before: string, after: string): TextChange | null {
  const edit = minimalEdit(before, after);
  if (edit === null) return null;
  const start = lineStart(before, edit.start);
  const oldEnd = lineEnd(before, edit.end);
  const newEnd = lineEnd(after, edit.start + edit.text.length);
  const oldLines = before.slice(start, oldEnd).split('\n');
  const newLines = after.slice(start, newEnd).split('\n');
  const lastNewLine = lineStart(after, edit.start + edit.text.length);
  const single: TextChange = {
    edits: [edit],
    marks: lastNewLine === start ? [start] : [start, lastNewLine],
  };
  if (oldLines.length !== newLines.length || oldLines.length > MAX_COMPARED_LINES) return single;
  const edits: TextEdit[] = [];
  const marks: number[] = [];
  let oldAt = start;
  let newAt = start;
  for (let index = 0; index < oldLines.length; index++) {
    const oldLine = oldLines[index] ?? '';
    const newLine = newLines[index] ?? '';
    const inLine = minimalEdit(oldLine, newLine);
    if (inLine !== null) {
      if (edits.length === MAX_LINE_EDITS) return single;
      edits.push({ start: oldAt + inLine.start, end: oldAt + inLine.end, text: inLine.text });
      marks.push(newAt);
    }
    oldAt += oldLine.length + 1;
    newAt += newLine.length + 1;
  }
  return { edits, marks };
}
