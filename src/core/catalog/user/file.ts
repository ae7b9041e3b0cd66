/**
 * The template file a team shares: JSON with a format marker and version,
 * `{ "podsmithTemplate": 1, "template": { "id": "user.echo", ... } }`. Reading one is for untrusted
 * input: size first, then JSON, prototype keys, the marker, then `restoreUserTemplate`. It never
 * throws, and a refusal says what is wrong and how to fix it.
 *
 * @example readTemplateFile(templateFileText(t)) // { ok: true, template: t }
 */

import type { UserTemplate } from '../../model/user-template';
import { FORBIDDEN_KEYS, formatPath } from '../../read/path';
import { TEMPLATE_FILE_FORMAT } from './file-text';
import { restoreUserTemplate } from './restore';

/** The largest template file read, in characters. */
export const MAX_TEMPLATE_FILE_CHARS = 1_500_000;
const MAX_DEPTH = 10;
const MAX_ERRORS = 20;

export type TemplateFileResult =
  | { readonly ok: true; readonly template: UserTemplate }
  | { readonly ok: false; readonly errors: readonly string[] };

function badKeys(value: unknown, path: PropertyKey[], out: string[], depth = 0): void {
  if (out.length >= MAX_ERRORS) return;
  if (depth > MAX_DEPTH) {
    out.push(`${formatPath(path)}: nested too deeply`);
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) badKeys(v, [...path, i], out, depth + 1);
  } else if (typeof value === 'object' && value !== null)
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) out.push(`${formatPath([...path, key])}: "${key}" is not allowed as a key`);
      else badKeys((value as Record<string, unknown>)[key], [...path, key], out, depth + 1);
    }
}

const fail = (errors: readonly string[]): TemplateFileResult => ({ ok: false, errors: errors.slice(0, MAX_ERRORS) });

/** The template in a template file's text, or every problem with its path. */
export function readTemplateFile(text: string): TemplateFileResult {
  if (text.length > MAX_TEMPLATE_FILE_CHARS)
    return fail([
      `(file): the file is ${(text.length / 1_000_000).toFixed(1)} MB; a template file is at most ${MAX_TEMPLATE_FILE_CHARS / 1_000_000} MB. Shorten its config files.`,
    ]);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail([
      `(file): not valid JSON (${e instanceof Error ? e.message.slice(0, 120) : 'unreadable'}); a template file is the JSON Podsmith's "Export template" writes`,
    ]);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail(['(file): expected a template file object, {"podsmithTemplate": 1, "template": {...}}']);
  const keys: string[] = [];
  badKeys(value, [], keys);
  if (keys.length) return fail(keys);
  const doc = value as Record<string, unknown>;
  if (!Object.hasOwn(doc, 'podsmithTemplate'))
    return fail([
      Object.hasOwn(doc, 'schemaVersion')
        ? '(file): this is a design file, not a template file; open it with Import'
        : '(file): this is not a Podsmith template file (it has no "podsmithTemplate" field)',
    ]);
  const version = doc.podsmithTemplate;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail([
      `podsmithTemplate: expected the format version ${TEMPLATE_FILE_FORMAT}, got ${JSON.stringify(version)?.slice(0, 40)}`,
    ]);
  if (version > TEMPLATE_FILE_FORMAT)
    return fail([
      `podsmithTemplate: this template was saved by a newer Podsmith (format ${version}); this one reads format ${TEMPLATE_FILE_FORMAT}. Update Podsmith to open it.`,
    ]);
  const unknown = Object.keys(doc).filter((k) => k !== 'podsmithTemplate' && k !== 'template');
  if (unknown.length)
    return fail([`${formatPath([unknown[0] as string])}: unknown field (known: podsmithTemplate, template)`]);
  const problems: string[] = [];
  const template = restoreUserTemplate(doc.template, ['template'], problems);
  return template ? { ok: true, template } : fail(problems);
}

export { TEMPLATE_FILE_FORMAT, templateFileName, templateFileText } from './file-text';
