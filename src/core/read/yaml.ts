/**
 * Reading untrusted YAML. js-yaml builds an alias as a reference to the anchored value, so a small
 * file can describe a value that is huge once expanded (billion laughs) or that contains itself.
 * After parsing, one walk counts every node as if aliases were expanded, bounds the depth, refuses
 * cycles and keys that would reach an object's prototype, and stops at the first limit it meets.
 */
import { CORE_SCHEMA, loadAll, types } from 'js-yaml';
import { FORBIDDEN_KEYS } from './path';

/** Inputs longer than this are refused before parsing. */
export const MAX_TEXT_LENGTH = 10 * 1024 * 1024;
/** Nodes of all documents together, with every alias counted as a copy of what it names. */
export const MAX_NODES = 2_000_000;
/** Nesting depth of a value, aliases followed. */
export const MAX_DEPTH = 64;
/**
 * Values aliases may add beyond one per character of the file. Without aliases a file holds fewer
 * values than characters; a few shared blocks (`<<: *defaults`) stay far below this, while a small
 * file that expands to millions of values (whose every copy would be compared, reported and written
 * out again) is refused.
 */
export const ALIAS_ALLOWANCE = 10_000;

/** Merge keys (`<<: *defaults`) are read as kubectl reads them. */
const SCHEMA = CORE_SCHEMA.extend({ implicit: [types.merge] });

/** One document and its number in the file (1 for the first, counting empty ones). */
export interface YamlDocument {
  readonly number: number;
  readonly value: unknown;
}

export type YamlResult = { readonly ok: true; readonly documents: readonly YamlDocument[] } | YamlFailure;
export type YamlFailure = { readonly ok: false; readonly errors: readonly string[] };

/** How a document's path is written in messages: `document 2, spec.containers[0]`. */
export function where(doc: number, path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path)
    out +=
      typeof part === 'number'
        ? `[${part}]`
        : /^[A-Za-z_$][\w$-]*$/.test(part)
          ? `${out ? '.' : ''}${part}`
          : `[${JSON.stringify(part)}]`;
  return out ? `document ${doc}, ${out}` : `document ${doc}`;
}

function sizeText(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}

class Limit extends Error {}

/** Longest loader reason a message repeats. */
const MAX_REASON_LENGTH = 120;

/**
 * Walks one document: throws `Limit` with the message for the first limit passed. A value reached
 * again through an alias is counted from what its first walk found, unless that could pass a limit
 * (then it is walked again, to name the path where the limit is passed), so a file of nested
 * aliases costs time in its size, not in its expanded size.
 */
function walk(value: unknown, doc: number, budget: { nodes: number }, aliases: boolean): void {
  const path: (string | number)[] = [];
  // Without an anchor in the text no value is shared, so none can contain itself.
  const open = aliases ? new Set<object>() : undefined;
  /** Values already walked in full: how many nodes they hold and how deep their objects go below them. */
  const walked = aliases ? new Map<object, { readonly nodes: number; readonly height: number }>() : undefined;
  const visit = (v: unknown): number => {
    if (--budget.nodes < 0)
      throw new Limit(
        `${where(doc, path)}: the YAML expands to more than ${MAX_NODES.toLocaleString('en')} values (aliases repeated over and over?)`,
      );
    if (typeof v !== 'object' || v === null) return -1;
    const known = walked?.get(v);
    if (known && budget.nodes >= known.nodes - 1 && path.length + known.height < MAX_DEPTH) {
      budget.nodes -= known.nodes - 1;
      return known.height;
    }
    if (path.length >= MAX_DEPTH) throw new Limit(`${where(doc, path)}: nested more than ${MAX_DEPTH} levels deep`);
    if (open?.has(v)) throw new Limit(`${where(doc, path)}: an alias refers to a value that contains it`);
    const before = budget.nodes + 1;
    let height = 0;
    open?.add(v);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        height = Math.max(height, 1 + visit(v[i]));
        path.pop();
      }
    } else if (v instanceof Date || v instanceof Uint8Array) {
      // timestamps and binary values are leaves
    } else {
      for (const key of Object.keys(v)) {
        path.push(key);
        if (FORBIDDEN_KEYS.has(key)) throw new Limit(`${where(doc, path)}: "${key}" is not allowed as a key`);
        height = Math.max(height, 1 + visit((v as Record<string, unknown>)[key]));
        path.pop();
      }
    }
    open?.delete(v);
    walked?.set(v, { nodes: before - budget.nodes, height });
    return height;
  };
  visit(value);
}

/**
 * A js-yaml error as words, with its position as `line L, column C`. A problem found at the end of
 * the text is placed just after its last character (the loader counts from a newline it adds).
 */
function yamlError(e: unknown, text: string): string {
  if (!(e instanceof Error)) return `not valid YAML (${String(e)})`;
  const mark = (e as { mark?: { line?: number; column?: number; position?: number } }).mark;
  const reason = (e as { reason?: string }).reason ?? e.message.split('\n')[0] ?? e.message;
  let at = '';
  if (mark && typeof mark.position === 'number' && mark.position >= text.length) {
    const lineStart = text.lastIndexOf('\n', text.length - 1) + 1;
    const line = (text.slice(0, lineStart).match(/\n/g) ?? []).length;
    at = `line ${line + 1}, column ${text.length - lineStart + 1}: `;
  } else if (mark && typeof mark.line === 'number') at = `line ${mark.line + 1}, column ${(mark.column ?? 0) + 1}: `;
  const why = reason.replace(/\s*\(\d+:\d+\)$/, '');
  // The loader quotes the offending text (an alias or tag name), which a hostile file makes huge.
  return `not valid YAML: ${at}${why.length > MAX_REASON_LENGTH ? `${why.slice(0, MAX_REASON_LENGTH - 3)}...` : why}`;
}

/**
 * Every document of a multi-document YAML text, or one error message per problem found. Empty
 * documents (`---` with nothing after it) are left out, as kubectl leaves them out.
 *
 * @example parseYaml('a: 1\n---\nb: 2\n').documents // [{ number: 1, value: { a: 1 } }, { number: 2, value: { b: 2 } }]
 */
export function parseYaml(text: string): YamlResult {
  if (text.length > MAX_TEXT_LENGTH)
    return {
      ok: false,
      errors: [`the file is ${sizeText(text.length)}; Podsmith imports files of up to ${sizeText(MAX_TEXT_LENGTH)}`],
    };
  let raw: unknown[];
  try {
    raw = loadAll(text, undefined, { schema: SCHEMA, maxDepth: MAX_DEPTH });
  } catch (e) {
    return { ok: false, errors: [yamlError(e, text)] };
  }
  const budget = { nodes: MAX_NODES };
  const aliases = text.includes('&');
  const documents: YamlDocument[] = [];
  for (let i = 0; i < raw.length; i++) {
    const value = raw[i];
    if (value === null || value === undefined) continue;
    try {
      walk(value, i + 1, budget, aliases);
    } catch (e) {
      if (e instanceof Limit) return { ok: false, errors: [e.message] };
      throw e;
    }
    const values = MAX_NODES - budget.nodes;
    const allowed = ALIAS_ALLOWANCE + text.length;
    if (aliases && values > allowed)
      return {
        ok: false,
        errors: [
          `document ${i + 1}: aliases expand the file to ${values.toLocaleString('en')} values, more than its ${text.length.toLocaleString('en')} characters could hold without them (at most ${allowed.toLocaleString('en')} are allowed)`,
        ],
      };
    documents.push({ number: i + 1, value });
  }
  return { ok: true, documents };
}

/**
 * The first document of a YAML config file held in a ConfigMap (nutcracker.yaml), read with the same
 * limits as the manifests around it, or why it cannot be read.
 */
export function parseConfigYaml(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  const r = parseYaml(text);
  if (!r.ok) return { ok: false, error: r.errors.join('; ') };
  return { ok: true, value: r.documents[0]?.value };
}
