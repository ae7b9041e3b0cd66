/**
 * Restoring a user template from untrusted input (a template file, a design's `templates`): every
 * field checked with a message naming its path, size limits, no prototype keys, placeholders that
 * name parameters and stand where their kind can be written, and files that render with the
 * defaults. The result is a fresh record sharing nothing with the input.
 *
 * @example restoreUserTemplate(raw, ['templates', 0], problems) // UserTemplate, or undefined with problems
 */

import { ROLES, type Role, type Row } from '../../model/design';
import {
  STRING_FORMATS,
  type StringFormat,
  USER_FILE_LANGUAGES,
  type UserColumn,
  type UserFile,
  type UserParam,
  type UserPort,
  type UserTemplate,
} from '../../model/user-template';
import { FORBIDDEN_KEYS, formatPath, shortKey, showValue } from '../../read/path';
import { ABSOLUTE_PATH, DNS_LABEL, ENV_NAME, ONE_LINE, PORT_NAME } from '../rules';
import { compileTemplate, renderFile } from './compile';
import { PARAM_KEY, USER_TEMPLATE_ID, USER_TEMPLATE_PREFIX } from './ids';

export { USER_TEMPLATE_ID };

/** Limits on one template (a template file is at most `MAX_TEMPLATE_FILE_CHARS`). */
export const LIMITS = {
  params: 50,
  options: 100,
  items: 100,
  columns: 20,
  env: 100,
  args: 100,
  ports: 50,
  files: 20,
  fileChars: 200_000,
  totalFileChars: 1_000_000,
  text: 4_000,
  teaching: 10_000,
} as const;

type Path = readonly PropertyKey[];
type Problems = string[];
type Obj = Record<string, unknown>;

const FILE_NAME = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,253}$/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,63}$/;
const IMAGE = /^\S{1,500}$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule exists to refuse control characters
const CONTROL = /[\u0000-\u001f\u007f]/;

const isObj = (v: unknown): v is Obj =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

function problem(problems: Problems, path: Path, message: string): undefined {
  problems.push(`${formatPath(path)}: ${message}`);
  return undefined;
}

function fields(raw: Obj, path: Path, known: readonly string[], problems: Problems): void {
  for (const key of Object.keys(raw))
    if (FORBIDDEN_KEYS.has(key)) problem(problems, [...path, key], `"${key}" is not allowed as a key`);
    else if (!known.includes(key)) problem(problems, [...path, key], `unknown field (known: ${known.join(', ')})`);
}

interface TextRule {
  readonly max: number;
  readonly min?: number;
  readonly oneLine?: boolean;
  readonly pattern?: RegExp;
  readonly what?: string;
}

function text(
  raw: Obj,
  key: string,
  path: Path,
  rule: TextRule,
  problems: Problems,
  fallback?: string,
): string | undefined {
  const v = Object.hasOwn(raw, key) ? raw[key] : fallback;
  const at = [...path, key];
  if (typeof v !== 'string') return problem(problems, at, `expected ${rule.what ?? 'a string'}, got ${showValue(v)}`);
  if (v.length > rule.max) return problem(problems, at, `too long (${v.length} characters; at most ${rule.max})`);
  if (v.length < (rule.min ?? 0)) return problem(problems, at, 'must not be empty');
  if (rule.oneLine && CONTROL.test(v)) return problem(problems, at, 'must be one line without control characters');
  if (rule.pattern && !rule.pattern.test(v))
    return problem(problems, at, `expected ${rule.what ?? 'a valid value'}, got ${showValue(v)}`);
  return v;
}

function list(
  raw: Obj,
  key: string,
  path: Path,
  max: number,
  problems: Problems,
  optional = true,
): unknown[] | undefined {
  const v = Object.hasOwn(raw, key) ? raw[key] : optional ? [] : undefined;
  if (!Array.isArray(v)) return problem(problems, [...path, key], `expected a list, got ${showValue(v)}`);
  if (v.length > max) return problem(problems, [...path, key], `too many items (${v.length}; at most ${max})`);
  return v;
}

function int(raw: Obj, key: string, path: Path, problems: Problems, optional = false): number | undefined {
  const v = raw[key];
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'number' || !Number.isSafeInteger(v))
    return problem(problems, [...path, key], `expected a whole number, got ${showValue(v)}`);
  return v;
}

function bool(raw: Obj, key: string, path: Path, problems: Problems, fallback?: boolean): boolean | undefined {
  const v = Object.hasOwn(raw, key) ? raw[key] : fallback;
  if (typeof v !== 'boolean') return problem(problems, [...path, key], `expected true or false, got ${showValue(v)}`);
  return v;
}

function format(raw: Obj, path: Path, problems: Problems): StringFormat | undefined {
  if (raw.format === undefined) return undefined;
  if (typeof raw.format === 'string' && (STRING_FORMATS as readonly string[]).includes(raw.format))
    return raw.format as StringFormat;
  return problem(
    problems,
    [...path, 'format'],
    `expected one of ${STRING_FORMATS.map((f) => `"${f}"`).join(', ')}, got ${showValue(raw.format)}`,
  );
}

const FORMAT_PATTERNS: Readonly<Partial<Record<StringFormat, { pattern: RegExp; message: string }>>> = {
  'one-line': ONE_LINE,
  'dns-label': DNS_LABEL,
  'port-name': PORT_NAME,
  'env-name': ENV_NAME,
  'absolute-path': ABSOLUTE_PATH,
};

/** Why a default string breaks its format, or undefined. */
function formatProblem(value: string, f: StringFormat | undefined, multiline = false): string | undefined {
  const rule = FORMAT_PATTERNS[f ?? (multiline ? 'text' : 'one-line')];
  if (
    f === 'host' &&
    value !== '' &&
    !/^(?=.{1,253}$)[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(value)
  )
    return 'a host name such as redis-0.redis or an IPv4 address';
  if (rule && value !== '' && !rule.pattern.test(value)) return rule.message;
  return undefined;
}

const KINDS = ['string', 'int', 'bool', 'enum', 'list', 'table'] as const;
const COLUMN_KINDS = ['string', 'int', 'bool', 'enum'] as const;

function options(raw: Obj, path: Path, problems: Problems): string[] | undefined {
  const items = list(raw, 'options', path, LIMITS.options, problems, false);
  if (!items) return undefined;
  if (items.length === 0) return problem(problems, [...path, 'options'], 'needs at least one option');
  const out: string[] = [];
  for (const [i, o] of items.entries()) {
    if (typeof o !== 'string' || o.length > 200 || CONTROL.test(o))
      problem(problems, [...path, 'options', i], `expected one line of at most 200 characters, got ${showValue(o)}`);
    else if (out.includes(o)) problem(problems, [...path, 'options', i], `"${shortKey(o)}" is listed twice`);
    else out.push(o);
  }
  return out;
}

function restoreColumn(raw: unknown, path: Path, problems: Problems): UserColumn | undefined {
  if (!isObj(raw)) return problem(problems, path, `expected a column object, got ${showValue(raw)}`);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(COLUMN_KINDS as readonly string[]).includes(kind))
    return problem(
      problems,
      [...path, 'kind'],
      `expected one of ${COLUMN_KINDS.map((k) => `"${k}"`).join(', ')}, got ${showValue(kind)}`,
    );
  const known = { string: ['format'], int: ['min', 'max'], bool: [], enum: ['options'] }[kind as UserColumn['kind']];
  fields(raw, path, ['key', 'title', 'kind', ...known], problems);
  const key = text(raw, 'key', path, { max: 40, pattern: PARAM_KEY, what: 'a key such as host' }, problems);
  if (key !== undefined && FORBIDDEN_KEYS.has(key))
    return problem(problems, [...path, 'key'], `"${key}" is not allowed as a key`);
  const title = text(raw, 'title', path, { max: 80, min: 1, oneLine: true }, problems);
  if (key === undefined || title === undefined) return undefined;
  switch (kind) {
    case 'string': {
      const f = format(raw, path, problems);
      return { key, title, kind, ...(f ? { format: f } : {}) };
    }
    case 'int': {
      const min = int(raw, 'min', path, problems);
      const max = int(raw, 'max', path, problems);
      if (min === undefined || max === undefined) return undefined;
      if (min > max) return problem(problems, [...path, 'min'], `min ${min} is above max ${max}`);
      return { key, title, kind, min, max };
    }
    case 'bool':
      return { key, title, kind };
    default: {
      const o = options(raw, path, problems);
      return o ? { key, title, kind: 'enum', options: o } : undefined;
    }
  }
}

function restoreRow(raw: unknown, columns: readonly UserColumn[], path: Path, problems: Problems): Row | undefined {
  if (!isObj(raw)) return problem(problems, path, `expected a row object, got ${showValue(raw)}`);
  fields(
    raw,
    path,
    columns.map((c) => c.key),
    problems,
  );
  const row: [string, string | number | boolean][] = [];
  for (const c of columns) {
    if (!Object.hasOwn(raw, c.key)) continue;
    const v = raw[c.key];
    const at = [...path, c.key];
    if (c.kind === 'int') {
      if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < c.min || v > c.max)
        problem(problems, at, `expected a whole number from ${c.min} to ${c.max}, got ${showValue(v)}`);
      else row.push([c.key, v]);
    } else if (c.kind === 'bool') {
      if (typeof v !== 'boolean') problem(problems, at, `expected true or false, got ${showValue(v)}`);
      else row.push([c.key, v]);
    } else if (typeof v !== 'string' || v.length > LIMITS.text)
      problem(problems, at, `expected a string, got ${showValue(v)}`);
    else if (c.kind === 'enum' && !c.options.includes(v))
      problem(
        problems,
        at,
        `expected one of ${c.options.map((o) => JSON.stringify(o)).join(', ')}, got ${showValue(v)}`,
      );
    else {
      const why = c.kind === 'string' ? formatProblem(v, c.format) : undefined;
      if (why) problem(problems, at, `expected ${why}, got ${showValue(v)}`);
      else row.push([c.key, v]);
    }
  }
  return Object.fromEntries(row);
}

const PARAM_FIELDS: Readonly<Record<UserParam['kind'], readonly string[]>> = {
  string: ['required', 'format', 'maxLength', 'multiline'],
  int: ['min', 'max', 'unit'],
  bool: [],
  enum: ['options'],
  list: ['format', 'minItems', 'maxItems'],
  table: ['rowName', 'columns', 'minRows', 'maxRows'],
};

function restoreParam(raw: unknown, path: Path, problems: Problems): UserParam | undefined {
  if (!isObj(raw)) return problem(problems, path, `expected a parameter object, got ${showValue(raw)}`);
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind))
    return problem(
      problems,
      [...path, 'kind'],
      `unknown kind ${showValue(kind)}; a parameter is one of ${KINDS.map((k) => `"${k}"`).join(', ')}`,
    );
  const k = kind as UserParam['kind'];
  fields(raw, path, ['key', 'kind', 'title', 'doc', 'default', ...PARAM_FIELDS[k]], problems);
  const key = text(
    raw,
    'key',
    path,
    { max: 40, pattern: PARAM_KEY, what: 'a key of a lowercase letter then letters and digits, e.g. listenPort' },
    problems,
  );
  if (key !== undefined && FORBIDDEN_KEYS.has(key))
    return problem(problems, [...path, 'key'], `"${key}" is not allowed as a key`);
  const title = text(raw, 'title', path, { max: 80, min: 1, oneLine: true }, problems);
  const doc = text(raw, 'doc', path, { max: 300, oneLine: true }, problems, '');
  if (key === undefined || title === undefined || doc === undefined) return undefined;
  const base = { key, title, doc };
  const dflt = [...path, 'default'];
  const d = raw.default;
  switch (k) {
    case 'string': {
      const f = format(raw, path, problems);
      const required = raw.required === undefined ? undefined : bool(raw, 'required', path, problems);
      const multiline = raw.multiline === undefined ? undefined : bool(raw, 'multiline', path, problems);
      const maxLength = int(raw, 'maxLength', path, problems, true);
      if (typeof d !== 'string' || d.length > LIMITS.text)
        return problem(problems, dflt, `expected a string of at most ${LIMITS.text} characters, got ${showValue(d)}`);
      const why = formatProblem(d, f, multiline);
      if (why) return problem(problems, dflt, `expected ${why}, got ${showValue(d)}`);
      if (maxLength !== undefined && d.length > maxLength)
        return problem(problems, dflt, `is longer than maxLength ${maxLength}`);
      return {
        ...base,
        kind: k,
        default: d,
        ...(f ? { format: f } : {}),
        ...(required === undefined ? {} : { required }),
        ...(multiline === undefined ? {} : { multiline }),
        ...(maxLength === undefined ? {} : { maxLength }),
      };
    }
    case 'int': {
      const min = int(raw, 'min', path, problems);
      const max = int(raw, 'max', path, problems);
      const unit = raw.unit === undefined ? undefined : text(raw, 'unit', path, { max: 20, oneLine: true }, problems);
      if (min === undefined || max === undefined) return undefined;
      if (min > max) return problem(problems, [...path, 'min'], `min ${min} is above max ${max}`);
      if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < min || d > max)
        return problem(problems, dflt, `expected a whole number from ${min} to ${max}, got ${showValue(d)}`);
      return { ...base, kind: k, default: d, min, max, ...(unit ? { unit } : {}) };
    }
    case 'bool':
      if (typeof d !== 'boolean') return problem(problems, dflt, `expected true or false, got ${showValue(d)}`);
      return { ...base, kind: k, default: d };
    case 'enum': {
      const o = options(raw, path, problems);
      if (!o) return undefined;
      if (typeof d !== 'string' || !o.includes(d))
        return problem(problems, dflt, `expected one of the options, got ${showValue(d)}`);
      return { ...base, kind: k, default: d, options: o };
    }
    case 'list': {
      const f = format(raw, path, problems);
      const minItems = int(raw, 'minItems', path, problems, true);
      const maxItems = int(raw, 'maxItems', path, problems, true);
      if (!Array.isArray(d) || d.length > LIMITS.items)
        return problem(problems, dflt, `expected a list of at most ${LIMITS.items} strings, got ${showValue(d)}`);
      const items: string[] = [];
      for (const [i, item] of d.entries()) {
        const why = typeof item === 'string' && item.length <= LIMITS.text ? formatProblem(item, f) : 'a string';
        if (why) problem(problems, [...dflt, i], `expected ${why}, got ${showValue(item)}`);
        else items.push(item as string);
      }
      return {
        ...base,
        kind: k,
        default: items,
        ...(f ? { format: f } : {}),
        ...(minItems === undefined ? {} : { minItems }),
        ...(maxItems === undefined ? {} : { maxItems }),
      };
    }
    case 'table': {
      const rowName = text(raw, 'rowName', path, { max: 40, min: 1, oneLine: true }, problems, 'row');
      const rawColumns = list(raw, 'columns', path, LIMITS.columns, problems, false);
      const minRows = int(raw, 'minRows', path, problems, true);
      const maxRows = int(raw, 'maxRows', path, problems, true);
      if (!rawColumns || rowName === undefined) return undefined;
      if (rawColumns.length === 0) return problem(problems, [...path, 'columns'], 'needs at least one column');
      const columns: UserColumn[] = [];
      for (const [i, c] of rawColumns.entries()) {
        const column = restoreColumn(c, [...path, 'columns', i], problems);
        if (!column) continue;
        if (columns.some((x) => x.key === column.key))
          problem(problems, [...path, 'columns', i, 'key'], `"${column.key}" is used by another column`);
        else columns.push(column);
      }
      if (!Array.isArray(d) || d.length > LIMITS.items)
        return problem(problems, dflt, `expected a list of at most ${LIMITS.items} rows, got ${showValue(d)}`);
      const rows: Row[] = d.flatMap((r, i): Row[] => {
        const row = restoreRow(r, columns, [...dflt, i], problems);
        return row ? [row] : [];
      });
      return {
        ...base,
        kind: k,
        default: rows,
        rowName,
        columns,
        ...(minRows === undefined ? {} : { minRows }),
        ...(maxRows === undefined ? {} : { maxRows }),
      };
    }
  }
}

function restorePort(raw: unknown, path: Path, problems: Problems): UserPort | undefined {
  if (!isObj(raw)) return problem(problems, path, `expected a port object, got ${showValue(raw)}`);
  fields(raw, path, ['name', 'port', 'localhostOnly'], problems);
  const name = text(raw, 'name', path, { max: 15, pattern: PORT_NAME.pattern, what: PORT_NAME.message }, problems);
  const port =
    typeof raw.port === 'number' && Number.isSafeInteger(raw.port)
      ? String(raw.port)
      : text(raw, 'port', path, { max: 50, what: 'a port number or $' + '{param}' }, problems);
  const localhostOnly = bool(raw, 'localhostOnly', path, problems, false);
  if (name === undefined || port === undefined || localhostOnly === undefined) return undefined;
  if (/^[0-9]+$/.test(port) && (Number(port) < 1 || Number(port) > 65535))
    return problem(problems, [...path, 'port'], `expected a port from 1 to 65535, got ${port}`);
  return { name, port, localhostOnly };
}

function restoreFile(raw: unknown, path: Path, problems: Problems): UserFile | undefined {
  if (!isObj(raw)) return problem(problems, path, `expected a file object, got ${showValue(raw)}`);
  fields(raw, path, ['name', 'mountPath', 'language', 'text'], problems);
  const name = text(
    raw,
    'name',
    path,
    { max: 253, pattern: FILE_NAME, what: 'a file name of letters, digits, ".", "_" and "-", e.g. app.yaml' },
    problems,
  );
  const mountPath = text(
    raw,
    'mountPath',
    path,
    {
      max: 1000,
      pattern: /^\/[A-Za-z0-9._\-/]*[A-Za-z0-9._-]$/,
      what: 'an absolute file path such as /etc/app/app.yaml',
    },
    problems,
  );
  const language = raw.language;
  if (typeof language !== 'string' || !(USER_FILE_LANGUAGES as readonly string[]).includes(language))
    problem(
      problems,
      [...path, 'language'],
      `expected one of ${USER_FILE_LANGUAGES.map((l) => `"${l}"`).join(', ')}, got ${showValue(language)}`,
    );
  const body = text(raw, 'text', path, { max: LIMITS.fileChars }, problems);
  if (name === undefined || mountPath === undefined || body === undefined || typeof language !== 'string')
    return undefined;
  if (mountPath.split('/').some((s) => s === '..' || s === '.'))
    return problem(problems, [...path, 'mountPath'], 'must not contain "." or ".." segments');
  return { name, mountPath, language: language as UserFile['language'], text: body };
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string, path: Path, what: string, problems: Problems): void {
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const k = key(item);
    if (seen.has(k)) problem(problems, [...path, i], `${what} "${shortKey(k)}" is used twice`);
    seen.add(k);
  }
}

const TEMPLATE_FIELDS = [
  'id',
  'role',
  'title',
  'summary',
  'teaching',
  'image',
  'defaultName',
  'version',
  'params',
  'command',
  'args',
  'env',
  'ports',
  'files',
] as const;

function strings(raw: Obj, key: 'command' | 'args', path: Path, problems: Problems): string[] {
  const items = list(raw, key, path, LIMITS.args, problems) ?? [];
  return items.flatMap((item, i) => {
    if (typeof item !== 'string' || item.length > LIMITS.text) {
      problem(
        problems,
        [...path, key, i],
        `expected a string of at most ${LIMITS.text} characters, got ${showValue(item)}`,
      );
      return [];
    }
    return [item];
  });
}

/**
 * A checked copy of a user template, or undefined with every problem (path first) in `problems`.
 * `path` is where the template sits in its document, e.g. `['templates', 0]` or `['template']`.
 */
export function restoreUserTemplate(raw: unknown, path: Path, problems: Problems): UserTemplate | undefined {
  const before = problems.length;
  if (!isObj(raw)) return problem(problems, path, `expected a template object, got ${showValue(raw)}`);
  fields(raw, path, TEMPLATE_FIELDS, problems);
  const id = text(
    raw,
    'id',
    path,
    {
      max: 70,
      pattern: USER_TEMPLATE_ID,
      what: `${USER_TEMPLATE_PREFIX}NAME where NAME is lowercase letters, digits and "-", e.g. user.echo-server`,
    },
    problems,
  );
  const role = raw.role;
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role))
    problem(
      problems,
      [...path, 'role'],
      `expected one of ${ROLES.map((r) => `"${r}"`).join(', ')}, got ${showValue(role)}`,
    );
  const title = text(raw, 'title', path, { max: 80, min: 1, oneLine: true }, problems);
  const summary = text(raw, 'summary', path, { max: 300, oneLine: true }, problems, '');
  const teaching = text(raw, 'teaching', path, { max: LIMITS.teaching }, problems, '');
  const image = text(
    raw,
    'image',
    path,
    { max: 500, pattern: IMAGE, what: 'an image reference such as nginx:1.27.3' },
    problems,
  );
  const defaultName = text(
    raw,
    'defaultName',
    path,
    { max: 63, pattern: DNS_LABEL.pattern, what: DNS_LABEL.message },
    problems,
  );
  const version = text(
    raw,
    'version',
    path,
    { max: 64, pattern: VERSION, what: 'a version such as 1.0.0' },
    problems,
    '1.0.0',
  );
  const params = (list(raw, 'params', path, LIMITS.params, problems) ?? []).flatMap(
    (p, i) => restoreParam(p, [...path, 'params', i], problems) ?? [],
  );
  uniqueBy(params, (p) => p.key, [...path, 'params'], 'parameter key', problems);
  const command = strings(raw, 'command', path, problems);
  const args = strings(raw, 'args', path, problems);
  const env = (list(raw, 'env', path, LIMITS.env, problems) ?? []).flatMap((e, i) => {
    const at = [...path, 'env', i];
    if (!isObj(e)) return problem(problems, at, `expected an object with name and value, got ${showValue(e)}`) ?? [];
    fields(e, at, ['name', 'value'], problems);
    const name = text(e, 'name', at, { max: 253, pattern: ENV_NAME.pattern, what: ENV_NAME.message }, problems);
    const value = text(e, 'value', at, { max: LIMITS.text }, problems, '');
    return name === undefined || value === undefined ? [] : [{ name, value }];
  });
  uniqueBy(env, (e) => e.name, [...path, 'env'], 'variable', problems);
  const ports = (list(raw, 'ports', path, LIMITS.ports, problems) ?? []).flatMap(
    (p, i) => restorePort(p, [...path, 'ports', i], problems) ?? [],
  );
  uniqueBy(ports, (p) => p.name, [...path, 'ports'], 'port name', problems);
  const files = (list(raw, 'files', path, LIMITS.files, problems) ?? []).flatMap(
    (f, i) => restoreFile(f, [...path, 'files', i], problems) ?? [],
  );
  uniqueBy(files, (f) => f.name, [...path, 'files'], 'file name', problems);
  uniqueBy(files, (f) => f.mountPath, [...path, 'files'], 'mount path', problems);
  const total = files.reduce((n, f) => n + f.text.length, 0);
  if (total > LIMITS.totalFileChars)
    problem(
      problems,
      [...path, 'files'],
      `the files hold ${total} characters; a template holds at most ${LIMITS.totalFileChars}`,
    );
  if (
    problems.length > before ||
    id === undefined ||
    title === undefined ||
    summary === undefined ||
    teaching === undefined ||
    image === undefined ||
    defaultName === undefined ||
    version === undefined
  )
    return undefined;
  const template: UserTemplate = {
    id,
    role: role as Role,
    title,
    summary,
    teaching,
    image,
    defaultName,
    version,
    params,
    command,
    args,
    env,
    ports,
    files,
  };
  const compiled = compileTemplate(template);
  if (!compiled.ok) {
    for (const p of compiled.problems) problem(problems, [...path, ...p.path], p.message);
    return undefined;
  }
  const defaults = Object.fromEntries(params.map((p) => [p.key, p.default]));
  for (const [i, cf] of compiled.compiled.files.entries()) {
    const r = renderFile(cf, defaults);
    if (!r.ok)
      for (const x of r.refusals)
        problem(
          problems,
          [...path, 'files', i, 'text'],
          `line ${x.line}: the default of \${${x.key}} ${showValue(defaults[x.key])} ${x.reason}; change the default or make \${${x.key}} a whole value`,
        );
  }
  return problems.length > before ? undefined : template;
}

/** Checked copies of a design's user templates, ids unique. */
export function restoreUserTemplates(raw: unknown, path: Path, problems: Problems): UserTemplate[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) return problem(problems, path, `expected a list of templates, got ${showValue(raw)}`) ?? [];
  if (raw.length > MAX_DESIGN_TEMPLATES)
    return problem(problems, path, `too many templates (${raw.length}; at most ${MAX_DESIGN_TEMPLATES})`) ?? [];
  const out = raw.flatMap((t, i) => restoreUserTemplate(t, [...path, i], problems) ?? []);
  uniqueBy(out, (t) => t.id, path, 'template id', problems);
  return out;
}

/** User templates one design carries. */
export const MAX_DESIGN_TEMPLATES = 100;
