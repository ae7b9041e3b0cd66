/**
 * Where a diagnostic shows in a generated file: the lines that write the value it is about. A
 * diagnostic points at a design element and a field (`ElementRef`); the files that element makes
 * name it among their `owners`, and the field's value, as the design holds it, is written on some
 * of their lines (`hash: fnv1a_64`, `listen 127.0.0.1:70000;`, `containerPort: 70000`). A value
 * written nowhere, or a diagnostic with no field, marks the first line of the element's files.
 */

import { templateFor } from '../catalog/lookup';
import { resolveParams } from '../catalog/params';
import type { Diagnostic } from '../contracts/diagnostic';
import type { BundleFile } from '../contracts/files';
import type { Container, Design, Workload } from '../model/design';

/** A span of one line of a file (1-based line and columns, the end column excluded). */
export interface LineSpan {
  readonly line: number;
  readonly startColumn: number;
  readonly endColumn: number;
}

/** The element a diagnostic is about, if it makes files: its workload and, for a container, the container. */
function elementOf(design: Design, diagnostic: Diagnostic): { workload: Workload; container?: Container } | undefined {
  const target = diagnostic.target;
  if (target.kind !== 'workload' && target.kind !== 'container') return undefined;
  const workload = design.workloads.find((w) => w.id === target.workloadId);
  if (workload === undefined) return undefined;
  if (target.kind === 'workload') return { workload };
  const container = workload.containers.find((c) => c.id === target.containerId);
  return container === undefined ? undefined : { workload, container };
}

/** The steps of a field path: `servers[1].port` → `servers`, `1`, `port`. */
function steps(field: string): readonly string[] {
  return field.split(/[.[\]]+/).filter((step) => step !== '');
}

/** The value at a path of plain data, if it is a string, number or boolean. */
function scalarAt(root: unknown, path: readonly string[]): string | undefined {
  let here: unknown = root;
  for (const step of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[step];
  }
  if (typeof here === 'string') return here.trim() === '' ? undefined : here;
  if (typeof here === 'number' || typeof here === 'boolean') return String(here);
  return undefined;
}

/** The value of a container's field: a template parameter (with its default), or the container's own field. */
function containerValue(design: Design, container: Container, path: readonly string[]): string | undefined {
  const template = templateFor(design, container.template);
  const [first] = path;
  if (template !== undefined && first !== undefined && Object.hasOwn(template.params, first))
    return scalarAt(resolveParams(template, container.params), path);
  return scalarAt(container, path);
}

/** Words that name a field in a config file: `listenPort` → `listenPort`, `listen_port`, `listen`. */
function keyHints(path: readonly string[]): readonly string[] {
  const last = [...path].reverse().find((step) => !/^\d+$/.test(step));
  if (last === undefined) return [];
  const snake = last.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const head = snake.split('_')[0] ?? snake;
  return [...new Set([last, snake, head])].filter((hint) => hint.length > 1);
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every place `value` is written on its own (not inside a longer word or number) in `lines`. */
function occurrences(lines: readonly string[], value: string): LineSpan[] {
  const pattern = new RegExp(`(?<![\\w-])${literal(value)}(?![\\w-])`, 'g');
  const found: LineSpan[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(pattern))
      found.push({ line: index + 1, startColumn: match.index + 1, endColumn: match.index + 1 + value.length });
  });
  return found;
}

const FIRST_LINE = (content: string): LineSpan => ({
  line: 1,
  startColumn: 1,
  endColumn: (content.split('\n', 1)[0]?.length ?? 0) + 1,
});

/**
 * The spans of `file` a diagnostic concerns: where the value of its field is written (the lines
 * that also name the field, when some do), else the first line; none when the diagnostic's element
 * does not make this file (or the diagnostic is about the design as a whole, a link or an external).
 *
 * @example
 * // PS132 on twemproxy's hash, in configs/nutcracker.yaml:
 * diagnosticSpans(design, diagnostic, file); // [{ line: 4, startColumn: 9, endColumn: 17 }]  ("  hash: fnv1a_64")
 */
export function diagnosticSpans(design: Design, diagnostic: Diagnostic, file: BundleFile): readonly LineSpan[] {
  const element = elementOf(design, diagnostic);
  if (element === undefined) return [];
  const owners = element.container ? [element.container.id] : element.workload.containers.map((c) => c.id);
  if (!file.owners.some((owner) => owners.includes(owner))) return [];
  const field = diagnostic.target.field;
  const path = field === undefined ? [] : steps(field);
  const value =
    path.length === 0
      ? undefined
      : element.container
        ? containerValue(design, element.container, path)
        : scalarAt(element.workload, path);
  if (value === undefined) return [FIRST_LINE(file.content)];
  const lines = file.content.split('\n');
  const all = occurrences(lines, value);
  if (all.length === 0) return [FIRST_LINE(file.content)];
  const hints = keyHints(path).map((hint) => new RegExp(`(?<![\\w-])${literal(hint)}(?![\\w-])`, 'i'));
  const named = all.filter((span) => hints.some((hint) => hint.test(lines[span.line - 1] ?? '')));
  return named.length > 0 ? named : all;
}
