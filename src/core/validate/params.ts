/**
 * The generic checks every template parameter gets from its ParamSpec: bounds (PS009) and what a
 * generated file can hold (PS010). Templates add cross-field rules in their own `check()`.
 */

import type { Column, ParamSpec, StringRule, TemplateDef } from '../catalog/types';
import type { Diagnostic } from '../contracts/diagnostic';
import type { Params, ParamValue, Row } from '../model/design';

type Target = { workloadId: string; containerId: string };

function at(t: Target, field: string) {
  return { kind: 'container', workloadId: t.workloadId, containerId: t.containerId, field } as const;
}

function show(value: unknown): string {
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

function stringProblem(
  value: string,
  rule: StringRule | undefined,
  required: boolean,
  maxLength: number | undefined,
): string | undefined {
  if (value === '') return required ? 'is required' : undefined;
  if (maxLength !== undefined && value.length > maxLength) return `is longer than ${maxLength} characters`;
  if (rule && !rule.pattern.test(value)) return `must be ${rule.message}`;
  return undefined;
}

function intProblem(value: number, min: number, max: number): string | undefined {
  if (!Number.isInteger(value)) return 'must be a whole number';
  if (value < min || value > max) return `must be between ${min} and ${max}`;
  return undefined;
}

function cellProblem(
  column: Column,
  value: string | number | boolean | undefined,
): { rule: 'PS009' | 'PS010'; text: string } | undefined {
  switch (column.kind) {
    case 'string': {
      const text = stringProblem(
        typeof value === 'string' ? value : '',
        column.rule,
        column.required ?? true,
        undefined,
      );
      return text ? { rule: 'PS010', text } : undefined;
    }
    case 'int': {
      if (value === undefined || value === '')
        return column.required === false ? undefined : { rule: 'PS010', text: 'is required' };
      const text = intProblem(Number(value), column.min, column.max);
      return text ? { rule: 'PS009', text } : undefined;
    }
    case 'enum':
      return column.options.includes(String(value))
        ? undefined
        : { rule: 'PS010', text: `must be one of ${column.options.join(', ')}` };
    case 'bool':
      return undefined;
  }
}

/** Where `checkOne` reports: its target, its label and the list it pushes onto. */
interface Report {
  readonly t: Target;
  readonly label: string;
  readonly out: Diagnostic[];
}

function report(r: Report, rule: 'PS009' | 'PS010', field: string, what: string, problem: string, fix: string) {
  r.out.push({ rule, severity: 'error', target: at(r.t, field), message: `${r.label}: ${what} ${problem}.`, fix });
}

/** Pushes the problems of one parameter's value (most values have none: nothing is allocated then). */
function checkOne(key: string, spec: ParamSpec, value: ParamValue, r: Report): void {
  switch (spec.kind) {
    case 'string': {
      const p = stringProblem(String(value), spec.rule, spec.required ?? true, spec.maxLength);
      if (p) report(r, 'PS010', key, `${spec.title} ${show(value)}`, p, `Change ${spec.title} to a valid value.`);
      break;
    }
    case 'int': {
      const p = intProblem(Number(value), spec.min, spec.max);
      if (p)
        report(
          r,
          'PS009',
          key,
          `${spec.title} ${show(value)}`,
          p,
          `Set ${spec.title} between ${spec.min} and ${spec.max}.`,
        );
      break;
    }
    case 'enum':
      if (!spec.options.includes(String(value)))
        report(
          r,
          'PS010',
          key,
          `${spec.title} ${show(value)}`,
          `must be one of ${spec.options.join(', ')}`,
          `Choose one of the listed values.`,
        );
      break;
    case 'bool':
      break;
    case 'list': {
      const items = value as readonly string[];
      if (spec.minItems !== undefined && items.length < spec.minItems)
        report(r, 'PS010', key, spec.title, `needs at least ${spec.minItems} item(s)`, `Add an item to ${spec.title}.`);
      if (spec.maxItems !== undefined && items.length > spec.maxItems)
        report(
          r,
          'PS010',
          key,
          spec.title,
          `takes at most ${spec.maxItems} item(s)`,
          `Remove items from ${spec.title}.`,
        );
      for (let i = 0; i < items.length; i++) {
        const item = items[i] as string;
        const p = stringProblem(item, spec.item.rule, spec.item.required ?? true, undefined);
        if (p)
          report(
            r,
            'PS010',
            `${key}[${i}]`,
            `${spec.title} item ${i + 1} ${show(item)}`,
            p,
            `Fix or remove item ${i + 1}.`,
          );
      }
      break;
    }
    case 'table': {
      const rows = value as readonly Row[];
      if (spec.minRows !== undefined && rows.length < spec.minRows)
        report(
          r,
          'PS010',
          key,
          spec.title,
          `needs at least ${spec.minRows} ${spec.rowName}(s)`,
          `Add a ${spec.rowName}.`,
        );
      if (spec.maxRows !== undefined && rows.length > spec.maxRows)
        report(
          r,
          'PS010',
          key,
          spec.title,
          `takes at most ${spec.maxRows} ${spec.rowName}s`,
          `Remove a ${spec.rowName}.`,
        );
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as Row;
        for (const column of spec.columns) {
          const p = cellProblem(column, row[column.key]);
          if (p)
            report(
              r,
              p.rule,
              `${key}[${i}].${column.key}`,
              `${spec.rowName} ${i + 1} ${column.title} ${show(row[column.key] ?? '')}`,
              p.text,
              `Fix ${column.title} of ${spec.rowName} ${i + 1}.`,
            );
        }
      }
      break;
    }
  }
}

/**
 * Checks a container's parameter values against its template's ParamSpecs.
 *
 * @example checkParams(twemproxy, { listenPort: 70000 }, target) // [{ rule: 'PS009', ... }]
 */
export function checkParams(template: TemplateDef, params: Params, target: Target, label = 'Parameter'): Diagnostic[] {
  const out: Diagnostic[] = [];
  const r: Report = { t: target, label, out };
  const specs = template.params;
  for (const key in specs) {
    const spec = specs[key];
    if (!spec || !Object.hasOwn(specs, key)) continue;
    const value = Object.hasOwn(params, key) ? params[key] : spec.default;
    if (value === undefined) continue;
    checkOne(key, spec, value, r);
  }
  return out;
}
