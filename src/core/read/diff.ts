/**
 * What of an input value a generated value does not reproduce. Only the input's side counts: a key
 * the generator adds is not a loss. Lists of named items (containers, env, ports, volumes) are
 * matched by name; other lists compare whole.
 */
import { isObj } from './objects';

export type Path = readonly (string | number)[];

export interface Difference {
  readonly path: Path;
  /** `dropped`: not in the output; `changed`: another value; `retyped`: the same text, another type (7 and "7"). */
  readonly kind: 'dropped' | 'changed' | 'retyped';
  readonly input: unknown;
  readonly output?: unknown;
}

/** Structural equality of JSON-shaped values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObj(a) && isObj(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}

const named = (v: readonly unknown[]): boolean =>
  v.length > 0 && v.every((x) => isObj(x) && typeof x.name === 'string');

/** Every place where `output` does not reproduce `input`. */
export function diff(input: unknown, output: unknown, path: Path = []): Difference[] {
  if (deepEqual(input, output)) return [];
  if (output === undefined) return [{ path, kind: 'dropped', input }];
  if (isObj(input) && isObj(output)) {
    return Object.keys(input).flatMap((k) => (input[k] === undefined ? [] : diff(input[k], output[k], [...path, k])));
  }
  if (Array.isArray(input) && Array.isArray(output) && named(input) && named(output)) {
    return input.flatMap((item, i) => {
      const name = (item as { name: string }).name;
      const match = output.find((o) => (o as { name: string }).name === name);
      return diff(item, match, [...path, i]);
    });
  }
  const scalar = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    const sameText = input.every((x, i) => scalar(x) && scalar(output[i]) && String(x) === String(output[i]));
    if (sameText) return [{ path, kind: 'retyped', input, output }];
  }
  if (scalar(input) && scalar(output) && String(input) === String(output))
    return [{ path, kind: 'retyped', input, output }];
  return [{ path, kind: 'changed', input, output }];
}

/** A path written the way notices show it: `spec.template.spec.containers[0].args`. */
export function pathText(path: Path): string {
  let out = '';
  for (const p of path)
    out +=
      typeof p === 'number'
        ? `[${p}]`
        : /^[A-Za-z_$][\w$-]*$/.test(p)
          ? `${out ? '.' : ''}${p}`
          : `[${JSON.stringify(p)}]`;
  return out;
}
