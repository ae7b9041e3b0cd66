/** The text of a design document as it is saved and written: indented JSON ending in one newline. */
import type { Design, Workload } from '../model/design';

/** Each workload's JSON as it sits in `workloads` (after a newline, indented by four), by workload object. */
const workloadText = new WeakMap<Workload, string>();

function workloadJson(w: Workload): string {
  let text = workloadText.get(w);
  if (text === undefined) {
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
 * copied once by whoever reads it), so after an edit only the edited workload is written again.
 *
 * @example designJson(design).endsWith('}\n') // true
 */
export function designJson(design: Design): string {
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
