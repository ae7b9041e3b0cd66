/**
 * The YAML fields of the inspector: a value of the design shown as YAML, and the text a user typed
 * read back into a JSON value of the expected shape, or why not. Reading goes through the same
 * guarded loader as import (size and depth limits, no prototype keys); nothing is applied on an
 * error.
 */
import { emitYaml } from '../format/yaml/emit';
import type { JsonMap, JsonValue } from '../model/design';
import { parseYaml } from '../read/yaml';

/** What a YAML field holds: a mapping, a list, or a mapping of strings (annotations, a node selector). */
export type YamlShape = 'object' | 'list' | 'strings';

export type YamlFieldResult =
  | { readonly ok: true; readonly value: JsonMap | readonly JsonValue[] | undefined }
  | { readonly ok: false; readonly error: string };

/**
 * The YAML text of a value as the field shows it; an empty text for no value.
 *
 * @example yamlText({ type: 'RuntimeDefault' }) // 'type: RuntimeDefault\n'
 */
export function yamlText(value: JsonValue | undefined): string {
  return value === undefined ? '' : emitYaml(value);
}

const SHAPE_WORDS: Record<YamlShape, string> = {
  object: 'a mapping of keys to values (key: value)',
  list: 'a list (lines starting with "- ")',
  strings: 'a mapping of keys to text values (key: value)',
};

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `the ${typeof v} ${JSON.stringify(v)}`.slice(0, 60);
}

/** The path of the first value JSON cannot hold (a number that is not finite), or undefined. */
function badNumber(v: unknown, path: string): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? undefined : path || 'the value';
  if (typeof v !== 'object' || v === null) return undefined;
  for (const [k, x] of Object.entries(v)) {
    const hit = badNumber(x, Array.isArray(v) ? `${path}[${k}]` : path ? `${path}.${k}` : k);
    if (hit) return hit;
  }
  return undefined;
}

/**
 * Reads the text of a YAML field. An empty text (or only comments) reads as no value. `owned` names
 * keys the field may not set, each with the reason shown when it does.
 *
 * @example readYamlField('- key: dedicated\n  operator: Exists\n', 'list') // { ok: true, value: [{ key: 'dedicated', operator: 'Exists' }] }
 * @example readYamlField('replicas: 3\n', 'object', { replicas: 'set it in the Workload section' }).ok // false
 */
export function readYamlField(
  text: string,
  shape: YamlShape,
  owned: Readonly<Record<string, string>> = {},
): YamlFieldResult {
  const parsed = parseYaml(text);
  if (!parsed.ok) return { ok: false, error: parsed.errors.join('; ') };
  if (parsed.documents.length > 1) return { ok: false, error: 'Write one YAML document here (no "---").' };
  const value = parsed.documents[0]?.value;
  if (value === undefined) return { ok: true, value: undefined };
  const isList = Array.isArray(value);
  const isMap = typeof value === 'object' && value !== null && !isList;
  if (shape === 'list' ? !isList : !isMap)
    return { ok: false, error: `Write ${SHAPE_WORDS[shape]}; this is ${kindOf(value)}.` };
  const bad = badNumber(value, '');
  if (bad) return { ok: false, error: `${bad}: write a finite number (.inf and .nan have no JSON form).` };
  if (isMap) {
    for (const [key, v] of Object.entries(value)) {
      const why = Object.hasOwn(owned, key) ? owned[key] : undefined;
      if (why !== undefined) return { ok: false, error: `${key}: Podsmith writes this field; ${why}.` };
      if (shape === 'strings' && typeof v !== 'string')
        return { ok: false, error: `${key}: values are text; put ${kindOf(v)} in quotes.` };
    }
  }
  return { ok: true, value: value as JsonMap | readonly JsonValue[] };
}
