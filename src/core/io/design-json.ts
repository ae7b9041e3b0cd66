/** The text of a design document as it is saved and written: indented JSON ending in one newline. */
import { Remembered } from '../contracts/remembered';
import type { Design, Workload } from '../model/design';

/**
 * A design's whole text written in one call, whose workloads' texts are cut out of it only when one
 * of them is next needed: cutting reads the text, which makes the engine copy its parts into one
 * string, as long again as the writing took.
 */
interface Whole {
  readonly text: string;
  readonly workloads: readonly Workload[];
}

/**
 * Each workload's JSON as it sits in `workloads` (after a newline, indented by four), by workload
 * object, or the whole text it is still to be cut from.
 */
const workloadText = new Remembered<Workload, string | Whole>('workload JSON');

function workloadJson(w: Workload): string {
  let text = workloadText.get(w);
  if (typeof text === 'object') {
    cut(text);
    text = workloadText.get(w);
  }
  if (typeof text !== 'string') {
    // Written two arrays deep, JSON.stringify indents the workload as `workloads` holds it; the
    // wrapper's brackets (`[\n  [\n` and `\n  ]\n]`) are cut off.
    const wrapped = JSON.stringify([[w]], null, 2);
    text = `\n${wrapped.slice(6, -6)}`;
    workloadText.set(w, text);
  }
  return text;
}

/**
 * `design.json` of the bundle, a downloaded design and the CLI's output, all the same bytes: those
 * of `JSON.stringify(design, null, 2)` and a newline. Each workload is written once per workload
 * object and the text is put together from the pieces without copying them (a string of pieces,
 * copied once by whoever reads it), so after an edit only the edited workload is written again. A
 * design whose workloads are mostly unwritten (one just opened) is written in one call instead.
 *
 * @example designJson(design).endsWith('}\n') // true
 */
export function designJson(design: Design): string {
  const workloads = design.workloads;
  if (Array.isArray(workloads) && unwritten(workloads) > workloads.length / 2) return wholeJson(design);
  let out = '{';
  let first = true;
  for (const [key, value] of Object.entries(design)) {
    let text: string | undefined;
    if (key === 'workloads' && Array.isArray(value) && value.length > 0) {
      text = '[';
      for (let i = 0; i < value.length; i++) text += (i === 0 ? '' : ',') + workloadJson(value[i] as Workload);
      text += '\n  ]';
    } else text = JSON.stringify(value, null, 2)?.replaceAll('\n', '\n  ');
    if (text === undefined) continue;
    out += `${first ? '' : ','}\n  ${JSON.stringify(key)}: ${text}`;
    first = false;
  }
  return first ? '{}\n' : `${out}\n}\n`;
}

/** How many of the workloads have no text remembered (one still to be cut from a whole text has). */
function unwritten(workloads: readonly Workload[]): number {
  let n = 0;
  for (const w of workloads) if (!workloadText.has(w)) n++;
  return n;
}

/** The line that opens the workloads: top-level keys are the only ones indented by two. */
const WORKLOADS_KEY = '\n  "workloads": [';
/** A workload's first and last lines start so: no other line of the workloads is indented by four. */
const OPEN = '\n    {';
const CLOSE = '\n    }';

/**
 * The design written in one call of the engine's JSON writer (one per workload costs a third more,
 * and leaves three strings per workload to every later collection). Its workloads' texts are cut
 * out of it when one of them is next needed (`cut`).
 */
function wholeJson(design: Design): string {
  const text = `${JSON.stringify(design, null, 2)}\n`;
  const whole: Whole = { text, workloads: design.workloads };
  for (const w of design.workloads) workloadText.set(w, whole);
  return text;
}

/**
 * Remembers each workload of a whole text as a slice of it, from its first line to its last (JSON
 * escapes each line break in a string, so every line break is one the writer put there). A
 * workload not where it is expected, and every one after it, is forgotten: it is written on its own.
 */
function cut(whole: Whole): void {
  const { text, workloads } = whole;
  let at = text.indexOf(WORKLOADS_KEY);
  let i = 0;
  if (at >= 0) {
    at += WORKLOADS_KEY.length;
    for (; i < workloads.length; i++) {
      if (!text.startsWith(OPEN, at)) break;
      // `{}` closes on its own line; any other workload at the next line indented by four.
      const end = text.startsWith('}', at + OPEN.length)
        ? at + OPEN.length + 1
        : text.indexOf(CLOSE, at + OPEN.length) + CLOSE.length;
      if (end < at + OPEN.length) break;
      const w = workloads[i] as Workload;
      if (workloadText.get(w) === whole) workloadText.set(w, text.slice(at, end));
      // The next workload starts after the comma.
      at = end + 1;
    }
  }
  for (; i < workloads.length; i++) {
    const w = workloads[i] as Workload;
    if (workloadText.get(w) === whole) workloadText.delete(w);
  }
}
