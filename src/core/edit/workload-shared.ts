/** Helpers the workload field edits share: find a workload, set or clear one key of a JSON map, compare JSON. */
import type { Design, JsonMap, JsonValue, Workload } from '../model/design';

/** A new value for a key: a JSON value, or `undefined` to remove the key. */
export type Patch = JsonValue | undefined;

/** True when two JSON values are equal, key order included (what the generator writes out). */
export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The design with one workload replaced by `fn(workload)`; the same design when nothing changed. */
export function editWorkload(design: Design, workloadId: string, fn: (w: Workload) => Workload): Design {
  let changed = false;
  const workloads = design.workloads.map((w) => {
    if (w.id !== workloadId) return w;
    const next = fn(w);
    if (next === w || sameJson(next, w)) return w;
    changed = true;
    return next;
  });
  return changed ? { ...design, workloads } : design;
}

/**
 * `map` with `key` set to `value` (in place when the key exists, else last), or without it when
 * `value` is undefined; undefined when nothing is left.
 *
 * @example withKey({ a: 1, b: 2 }, 'a', undefined) // { b: 2 }
 */
export function withKey<T extends JsonValue>(
  map: Readonly<Record<string, T>> | null | undefined,
  key: string,
  value: T | undefined,
): Readonly<Record<string, T>> | undefined {
  const out: Record<string, T> = {};
  let placed = false;
  for (const [k, v] of Object.entries(map ?? {})) {
    if (k !== key) out[k] = v;
    else if (value !== undefined) {
      out[k] = value;
      placed = true;
    }
  }
  if (value !== undefined && !placed) out[key] = value;
  return Object.keys(out).length ? out : undefined;
}

/** The workload with an optional field set, or removed when `value` is undefined. */
export function withField<K extends keyof Workload>(w: Workload, key: K, value: Workload[K] | undefined): Workload {
  if (value === undefined) {
    if (!Object.hasOwn(w, key)) return w;
    const { [key]: _gone, ...rest } = w;
    return rest as Workload;
  }
  return { ...w, [key]: value };
}

/** A JSON object as a map (an array, a scalar or null gives an empty one). */
export function asMap(v: JsonValue | undefined): JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonMap) : {};
}

/** A JSON value as a list (anything else gives an empty one). */
export function asList(v: JsonValue | undefined): readonly JsonValue[] {
  return Array.isArray(v) ? (v as readonly JsonValue[]) : [];
}

/** The list with one item replaced, removed (`undefined`), or the same list when the index is out of range. */
export function withItem<T>(list: readonly T[], index: number, item: T | undefined): readonly T[] {
  if (index < 0 || index >= list.length) return list;
  return item === undefined ? list.filter((_, i) => i !== index) : list.map((x, i) => (i === index ? item : x));
}
