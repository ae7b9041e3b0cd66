/**
 * Kubernetes objects as read from untrusted YAML: every field is `unknown` until a reader below has
 * checked its type. `toInputObjects` turns parsed documents into objects with a kind and a name (a
 * `List` gives its items), or says which document is not a Kubernetes object.
 */
import { where, type YamlDocument, type YamlFailure } from './yaml';

export type Obj = Readonly<Record<string, unknown>>;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

export const obj = (v: unknown): Obj | undefined => (isObj(v) ? v : undefined);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
export const int = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isInteger(v)
    ? v
    : typeof v === 'string' && /^[0-9]{1,9}$/.test(v)
      ? Number(v)
      : undefined;

/** The value at a path of keys, or undefined where the path leaves the objects. */
export function at(v: unknown, ...keys: readonly string[]): unknown {
  let cur = v;
  for (const k of keys) {
    if (!isObj(cur) || !Object.hasOwn(cur, k)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/** A map of strings (labels, annotations, ConfigMap data); scalar values are written as text. */
export function strMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObj(v)) return out;
  for (const [k, x] of Object.entries(v))
    if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
  return out;
}

/** One object of the input file, with where it stands in it (a KubeObject is one the bundle writes). */
export interface InputObject {
  /** Document number in the file, from 1. */
  readonly number: number;
  /** Index in the `items` of a List document. */
  readonly item?: number;
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace?: string;
  readonly value: Obj;
  /** `Kind/name`, how notices name the object. */
  readonly ref: string;
}

function kindOf(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v)}`;
  if (typeof v === 'number' || typeof v === 'boolean') return `the value ${String(v)}`;
  if (v instanceof Date) return 'a date';
  return 'a mapping without apiVersion and kind';
}

function one(value: unknown, number: number, path: readonly (string | number)[], item?: number): InputObject | string {
  const here = where(number, path);
  if (!isObj(value) || typeof value.apiVersion !== 'string' || typeof value.kind !== 'string')
    return `${here}: not a Kubernetes object (expected a mapping with apiVersion and kind, got ${kindOf(value)})`;
  const name = str(at(value, 'metadata', 'name'));
  if (!name) return `${here}: the ${value.kind} has no metadata.name`;
  const namespace = str(at(value, 'metadata', 'namespace'));
  return {
    number,
    ...(item === undefined ? {} : { item }),
    apiVersion: value.apiVersion,
    kind: value.kind,
    name,
    ...(namespace ? { namespace } : {}),
    value,
    ref: `${value.kind}/${name}`,
  };
}

/** Kubernetes objects of the documents, in file order, or an error per document that is not one. */
export function toInputObjects(
  documents: readonly YamlDocument[],
): { ok: true; objects: readonly InputObject[] } | YamlFailure {
  const objects: InputObject[] = [];
  const errors: string[] = [];
  for (const { number, value } of documents) {
    const items = isObj(value) && typeof value.kind === 'string' && /List$/.test(value.kind) ? value.items : undefined;
    if (Array.isArray(items)) {
      items.forEach((x, i) => {
        const o = one(x, number, ['items', i], i);
        if (typeof o === 'string') errors.push(o);
        else objects.push(o);
      });
      continue;
    }
    const o = one(value, number, []);
    if (typeof o === 'string') errors.push(o);
    else objects.push(o);
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 20) };
  if (!objects.length) return { ok: false, errors: ['the file holds no Kubernetes objects'] };
  return { ok: true, objects };
}
