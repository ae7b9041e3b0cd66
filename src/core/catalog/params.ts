import type { Params, ParamValue, Row } from '../model/design';
import type { Column, ParamSpec, ParamSpecs, ParamsOf, TemplateDef } from './types';

/**
 * The value a table cell takes when its row lacks it: what the inspector shows for an empty cell.
 * An enum cell gets '' (none of its options), so a lacking cell never turns into a choice.
 */
function blankCell(column: Column): string | number | boolean {
  switch (column.kind) {
    case 'int':
      return 0;
    case 'bool':
      return false;
    case 'enum':
      return '';
    case 'string':
      return '';
  }
}

/** The rows with every column present; the same array when no row lacks a cell. */
function completeRows(columns: readonly Column[], rows: readonly Row[]): readonly Row[] {
  const complete = (row: Row) => columns.every((c) => Object.hasOwn(row, c.key));
  if (rows.every(complete)) return rows;
  return rows.map((row) =>
    complete(row) ? row : Object.fromEntries(columns.map((c) => [c.key, row[c.key] ?? blankCell(c)])),
  );
}

/** One value in the shape its spec's type promises (restore() has already checked its type). */
function resolveValue(spec: ParamSpec, value: ParamValue | undefined): ParamValue {
  if (value === undefined) return spec.default;
  if (spec.kind === 'enum') return spec.options.includes(value as string) ? value : spec.default;
  if (spec.kind === 'table') return completeRows(spec.columns, value as readonly Row[]);
  return value;
}

/**
 * The template's parameters typed from its spec, resolved once: a missing value takes its default,
 * an enum value that is not one of the options reads as the default, and a table row lacking a cell
 * gets the column's blank value ('', 0, false). Values out of bounds or against
 * their rule are kept as they are: validation reports them from the stored params, and every
 * `build` takes them without throwing. Keys the template does not know are dropped (restore()
 * reports them before this point).
 *
 * @example resolveParams(twemproxy, { listenPort: 6380 }).hash // 'murmur'
 */
export function resolveParams<S extends ParamSpecs>(
  template: Pick<TemplateDef<S>, 'params'>,
  params: Params,
): ParamsOf<S> {
  const out: Record<string, ParamValue> = {};
  for (const [key, spec] of Object.entries(template.params)) {
    out[key] = resolveValue(spec, Object.hasOwn(params, key) ? params[key] : undefined);
  }
  return out as ParamsOf<S>;
}
