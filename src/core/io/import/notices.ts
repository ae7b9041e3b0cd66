/** Wording of notices about differences between an input object and what Podsmith generates for it. */
import { emitYaml } from '../../format/yaml/emit';
import { type Difference, pathText } from '../../read/diff';
import { isObj } from '../../read/objects';
import type { Notice } from './types';

/** A value in a message: JSON, shortened. */
export function short(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** YAML of a value for a notice's `verbatim`, under the key it had. */
export function verbatimOf(key: string | number | undefined, value: unknown): string {
  return emitYaml(typeof key === 'string' ? { [key]: value } : value);
}

/**
 * One notice per difference. `subject` starts the message (`Deployment/web, container proxy`),
 * `base` is the path of the compared value in its object and `ref` the object (`Deployment/web`).
 */
export function differenceNotices(
  differences: readonly Difference[],
  subject: string,
  ref: string,
  base: string,
): Notice[] {
  return differences.map((d): Notice => {
    const item = d.path.at(-1);
    const named = typeof item === 'number' && isObj(d.input) && typeof d.input.name === 'string';
    const rel = named
      ? `${pathText(d.path.slice(0, -1))} ${String((d.input as { name: string }).name)}`
      : pathText(d.path);
    const at = pathText(d.path);
    const full = base && at ? (at.startsWith('[') ? `${base}${at}` : `${base}.${at}`) : base || at;
    const path = full ? `${ref} ${full}` : ref;
    const key = d.path.at(-1);
    if (d.kind === 'retyped')
      return {
        severity: 'info',
        message: `${subject}: ${rel} ${short(d.input)} is written ${short(d.output)} (Kubernetes wants ${typeof (Array.isArray(d.output) ? d.output[0] : d.output) === 'string' ? 'strings' : 'numbers'} there).`,
        path,
      };
    if (d.kind === 'dropped')
      return {
        severity: 'warning',
        message: `${subject}: ${rel}${typeof d.input === 'object' && d.input !== null ? '' : ` ${short(d.input)}`} is not kept.`,
        path,
        verbatim: verbatimOf(key, d.input),
      };
    return {
      severity: 'warning',
      message: `${subject}: ${rel} ${short(d.input)} becomes ${short(d.output)}.`,
      path,
      verbatim: verbatimOf(key, d.input),
    };
  });
}
