import type { Params, ParamValue, Row } from '../model/design';
import type {
  BoolParam,
  Column,
  EnumParam,
  IntParam,
  ListParam,
  ParamSpec,
  ParamSpecs,
  ParamsOf,
  StringParam,
  TableParam,
  TemplateDef,
} from './types';

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

/** One parameter of a template with its resolved value, the value typed by the spec's kind. */
export type ParamEntry = { readonly key: string } & (
  | { readonly kind: 'string'; readonly spec: StringParam; readonly value: string }
  | { readonly kind: 'int'; readonly spec: IntParam; readonly value: number }
  | { readonly kind: 'bool'; readonly spec: BoolParam; readonly value: boolean }
  | { readonly kind: 'enum'; readonly spec: EnumParam; readonly value: string }
  | { readonly kind: 'list'; readonly spec: ListParam; readonly value: readonly string[] }
  | { readonly kind: 'table'; readonly spec: TableParam; readonly value: readonly Row[] }
);

/**
 * Every parameter of a template in form order, each with its resolved value: what a form over any
 * template reads, switching on `kind`, instead of parsing each value again.
 *
 * @example paramEntries(topz, {}) // [{ key: 'port', kind: 'int', spec: {...}, value: 8080 }]
 */
export function paramEntries(template: TemplateDef, params: Params): readonly ParamEntry[] {
  const resolved: Readonly<Record<string, ParamValue>> = resolveParams(template, params);
  // resolveParams gives each value the type of its spec's kind (restore() checked it), so the
  // pairing below holds; TypeScript cannot follow it through the generic record.
  return Object.entries(template.params).map(
    ([key, spec]) => ({ key, kind: spec.kind, spec, value: resolved[key] }) as ParamEntry,
  );
}
