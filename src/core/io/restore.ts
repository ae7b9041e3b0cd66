/**
 * restore(): the one gate for untrusted documents (files, localStorage, share links, the CLI).
 * It migrates older versions, checks the structure and every parameter's type against its template,
 * and returns either a clean Design or errors that name the path of each problem. Values a user can
 * type and then fix (a port of 70000, a name with capitals) pass here and are reported by validate().
 *
 * @example restore(JSON.parse(text)) // { ok: false, errors: ['workloads[0].name: expected a string, got 5'] }
 */
import { templateFor } from '../catalog/lookup';
import type { Column, ParamSpec } from '../catalog/types';
import { restoreUserTemplates } from '../catalog/user/restore';
import {
  type Container,
  type Design,
  type KeptObject,
  type Params,
  type ParamValue,
  type Row,
  SCHEMA_VERSION,
  type Workload,
} from '../model/design';
import type { UserTemplate } from '../model/user-template';
import { FORBIDDEN_KEYS, formatPath, shortKey, showValue } from '../read/path';
import { jsonFields, keptBody, MAX_KEPT_DEPTH } from './kept';
import { migrate } from './migrations';
import { designSchema } from './schema';

export type RestoreResult =
  | { readonly ok: true; readonly design: Design }
  | { readonly ok: false; readonly errors: readonly string[] };

const MAX_ERRORS = 20;

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a size limit counts, by the kind of value zod measured. */
const UNITS: Record<string, string> = { string: ' characters', array: ' items' };

type Problems = string[];

function expect(problems: Problems, path: readonly PropertyKey[], what: string, got: unknown): undefined {
  problems.push(`${formatPath(path)}: expected ${what}, got ${showValue(got)}`);
  return undefined;
}

function cell(
  column: Column,
  value: unknown,
  path: readonly PropertyKey[],
  problems: Problems,
): string | number | boolean | undefined {
  switch (column.kind) {
    case 'string':
    case 'enum':
      if (typeof value === 'string') return value;
      break;
    case 'int':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    case 'bool':
      if (typeof value === 'boolean') return value;
      break;
  }
  expect(
    problems,
    path,
    column.kind === 'int' ? 'a number' : column.kind === 'bool' ? 'true or false' : 'a string',
    value,
  );
  return undefined;
}

function paramValue(
  spec: ParamSpec,
  value: unknown,
  path: readonly PropertyKey[],
  problems: Problems,
): ParamValue | undefined {
  switch (spec.kind) {
    case 'string':
    case 'enum':
      if (typeof value === 'string') return value;
      return expect(problems, path, 'a string', value);
    case 'int':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      return expect(problems, path, 'a number', value);
    case 'bool':
      if (typeof value === 'boolean') return value;
      return expect(problems, path, 'true or false', value);
    case 'list':
      if (!Array.isArray(value)) return expect(problems, path, 'a list of strings', value);
      value.forEach((item, i) => {
        if (typeof item !== 'string') expect(problems, [...path, i], 'a string', item);
      });
      return value.filter((x): x is string => typeof x === 'string');
    case 'table': {
      if (!Array.isArray(value)) return expect(problems, path, `a list of ${spec.rowName}s`, value);
      const rows: Row[] = [];
      value.forEach((raw, i) => {
        if (!isPlainObject(raw)) {
          expect(problems, [...path, i], `a ${spec.rowName} object`, raw);
          return;
        }
        for (const key of Object.keys(raw)) {
          if (!spec.columns.some((c) => c.key === key))
            problems.push(
              `${formatPath([...path, i, key])}: unknown field of a ${spec.rowName} (known: ${spec.columns.map((c) => c.key).join(', ')})`,
            );
        }
        const entries: [string, string | number | boolean][] = [];
        for (const column of spec.columns) {
          if (!Object.hasOwn(raw, column.key)) continue;
          const v = cell(column, raw[column.key], [...path, i, column.key], problems);
          if (v !== undefined) entries.push([column.key, v]);
        }
        rows.push(Object.fromEntries(entries));
      });
      return rows;
    }
  }
}

function restoreParams(
  templates: readonly UserTemplate[],
  templateId: string,
  raw: Record<string, unknown>,
  path: readonly PropertyKey[],
  problems: Problems,
): Params {
  const template = templateFor({ templates }, templateId);
  if (!template) {
    problems.push(
      `${formatPath([...path.slice(0, -1), 'template'])}: unknown template "${templateId}"${templateId.startsWith('user.') ? ' (the design does not carry this user template: add it to "templates")' : ''}`,
    );
    return {};
  }
  const out: [string, ParamValue][] = [];
  for (const [key, value] of Object.entries(raw)) {
    const spec = Object.hasOwn(template.params, key) ? template.params[key] : undefined;
    if (!spec) {
      problems.push(`${formatPath([...path, key])}: unknown parameter of template "${templateId}"`);
      continue;
    }
    const v = paramValue(spec, value, [...path, key], problems);
    if (v !== undefined) out.push([key, v]);
  }
  return Object.fromEntries(out);
}

/** How deep a design nests: its own fields, or a kept object's (`extras[0].object` and below); Kubernetes fields as deep as a kept object's. */
const MAX_DEPTH = 12;

/** The Kubernetes fields of containers and workloads, each checked as JSON within the size limit. */
const CONTAINER_JSON = ['kube'] as const;
const WORKLOAD_JSON = ['pod', 'volumes', 'initContainers', 'service', 'spec'] as const;

/** `item` with each of `keys` that is present replaced by its checked JSON copy (problems reported). */
function withJsonFields(
  item: Readonly<Record<string, unknown>>,
  keys: readonly string[],
  path: readonly PropertyKey[],
  problems: Problems,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...item };
  for (const key of keys) {
    const value = item[key];
    if (value !== undefined) out[key] = jsonFields(value, [...path, key], problems);
  }
  return out;
}
const MAX_EXTRAS_DEPTH = 6 + MAX_KEPT_DEPTH;
const JSON_KEYS: ReadonlySet<PropertyKey> = new Set([...CONTAINER_JSON, ...WORKLOAD_JSON]);

/** `deep`: the value is inside a kept object or a Kubernetes field, which nest as deep as manifests do. */
function checkKeys(value: unknown, path: readonly PropertyKey[], problems: Problems, depth = 0, deep = false): void {
  if (depth > (deep ? MAX_EXTRAS_DEPTH : MAX_DEPTH)) {
    problems.push(`${formatPath(path)}: nested too deeply`);
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) checkKeys(v, [...path, i], problems, depth + 1, deep);
  } else if (isPlainObject(value))
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) problems.push(`${formatPath([...path, key])}: "${key}" is not allowed as a key`);
      else
        checkKeys(
          value[key],
          [...path, key],
          problems,
          depth + 1,
          deep || (depth === 0 && key === 'extras') || JSON_KEYS.has(key),
        );
    }
}

/** Checks an untrusted value and returns a Design, or every problem found (up to 20) with its path. */
export function restore(input: unknown): RestoreResult {
  if (!isPlainObject(input))
    return { ok: false, errors: [`(document): expected a design object, got ${showValue(input)}`] };
  const keyProblems: Problems = [];
  checkKeys(input, [], keyProblems);
  if (keyProblems.length) return { ok: false, errors: keyProblems.slice(0, MAX_ERRORS) };
  const migrated = migrate(input);
  if (!migrated.ok) return { ok: false, errors: [migrated.error] };
  const parsed = designSchema.safeParse(migrated.doc, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, MAX_ERRORS).map((issue) => {
        const path = formatPath(issue.path);
        if (issue.code === 'invalid_type')
          return `${path}: expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, got ${showValue(issue.input)}`;
        if (issue.code === 'invalid_value')
          return `${path}: expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${showValue(issue.input)}`;
        if (issue.code === 'unrecognized_keys')
          return `${path}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
            .slice(0, 5)
            .map((k) => `"${shortKey(k)}"`)
            .join(', ')}${issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ''}`;
        if (issue.code === 'too_big')
          return `${path}: too large (at most ${Number(issue.maximum).toLocaleString('en')}${UNITS[issue.origin] ?? ''})`;
        if (issue.code === 'too_small') return `${path}: must not be empty`;
        return `${path}: ${issue.message}`;
      }),
    };
  }
  const doc = parsed.data;
  const problems: Problems = [];
  const templates = restoreUserTemplates(doc.templates, ['templates'], problems);
  if (problems.length) return { ok: false, errors: problems.slice(0, MAX_ERRORS) };
  const ids = new Set<string>();
  const seeId = (id: string, path: readonly PropertyKey[]) => {
    if (ids.has(id)) problems.push(`${formatPath(path)}: id "${id}" is used twice`);
    ids.add(id);
  };
  const workloads = doc.workloads.map((w, wi) => {
    seeId(w.id, ['workloads', wi, 'id']);
    return {
      ...(withJsonFields(w, WORKLOAD_JSON, ['workloads', wi], problems) as unknown as Omit<Workload, 'containers'>),
      labels: Object.fromEntries(Object.entries(w.labels)),
      containers: w.containers.map((c, ci) => {
        seeId(c.id, ['workloads', wi, 'containers', ci, 'id']);
        return {
          ...(withJsonFields(c, CONTAINER_JSON, ['workloads', wi, 'containers', ci], problems) as unknown as Container),
          params: restoreParams(
            templates,
            c.template,
            c.params,
            ['workloads', wi, 'containers', ci, 'params'],
            problems,
          ),
        };
      }),
    };
  });
  for (const [i, e] of doc.externals.entries()) seeId(e.id, ['externals', i, 'id']);
  for (const [i, l] of doc.links.entries()) seeId(l.id, ['links', i, 'id']);
  const extras = doc.extras.flatMap((k, i): KeptObject[] => {
    seeId(k.id, ['extras', i, 'id']);
    const object = keptBody(k.object, ['extras', i, 'object'], problems);
    return object ? [{ id: k.id, object }] : [];
  });
  if (problems.length) return { ok: false, errors: problems.slice(0, MAX_ERRORS) };
  return { ok: true, design: { ...doc, schemaVersion: SCHEMA_VERSION, workloads, extras, templates } };
}

/** Parses JSON text and restores it; a JSON syntax error becomes one readable error. */
export function restoreJson(text: string): RestoreResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`(document): not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return restore(value);
}
