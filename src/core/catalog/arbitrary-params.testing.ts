/**
 * Test helper: fast-check values for a template's parameters, generated from its spec. Every value
 * has the type restore() lets through (a string, a finite number, a boolean, a list of strings,
 * table rows of typed cells), and each kind is tried in and out of its spec: ints inside and outside
 * [min, max] and not whole, strings that match the rule and strings that do not, every enum option and
 * a string that is none, lists and tables shorter and longer than their bounds, rows lacking cells,
 * and parameters left out (their default applies).
 */

import fc from 'fast-check';
import type { Params, ParamValue, Row } from '../model/design';
import type { Column, ParamSpec, ParamSpecs, StringRule } from './types';

/** Strings that break naive writers: quotes, newlines, comment and block characters, control characters. */
const NASTY = fc.constantFrom('', ' ', '"', "'", '\n', 'a\nb', '#', ';', '{', '}', '$x', '\\', '\u0000', 'é', 'latest');

/** A string matching `rule`, or none when fast-check cannot generate from its pattern (lookarounds). */
function matching(rule: StringRule): fc.Arbitrary<string> | undefined {
  try {
    return fc.stringMatching(rule.pattern).filter((s) => rule.pattern.test(s));
  } catch {
    return undefined;
  }
}

/** Strings for a value checked by `rule`: its default, strings matching it, and any string at all. */
function text(rule: StringRule | undefined, fallback: string): fc.Arbitrary<string> {
  const valid = rule ? matching(rule) : undefined;
  return fc.oneof(
    fc.constant(fallback),
    ...(valid ? [valid] : []),
    fc.string({ maxLength: 40 }),
    NASTY,
    fc.tuple(valid ?? fc.constant(fallback), NASTY).map(([a, b]) => a + b),
  );
}

/** Numbers for an int in [min, max]: inside, at the bounds, just outside, far outside, not whole. */
function int(min: number, max: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min, max }),
    fc.constantFrom(min, max, min - 1, max + 1, 0, -1),
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    fc.double({ min: min - 10, max: max + 10, noNaN: true }),
    fc.constantFrom(1e12, -1e12, Number.MAX_SAFE_INTEGER),
  );
}

/** Strings for an enum: each option, and strings that are none (restore() takes any string). */
function choice(options: readonly string[]): fc.Arbitrary<string> {
  return options.length ? fc.oneof(fc.constantFrom(...options), NASTY) : NASTY;
}

function cell(column: Column): fc.Arbitrary<string | number | boolean> {
  switch (column.kind) {
    case 'string':
      return text(column.rule, '');
    case 'int':
      return int(column.min, column.max);
    case 'bool':
      return fc.boolean();
    case 'enum':
      return choice(column.options);
  }
}

/** A record with its left-out keys absent (what fast-check types as `undefined` values). */
function present<V>(record: Readonly<Record<string, V | undefined>>): Readonly<Record<string, V>> {
  return Object.fromEntries(Object.entries(record).filter((e): e is [string, V] => e[1] !== undefined));
}

function row(columns: readonly Column[]): fc.Arbitrary<Row> {
  const model = Object.fromEntries(columns.map((c) => [c.key, cell(c)]));
  return fc.oneof(fc.record(model), fc.record(model, { requiredKeys: [] }).map(present));
}

function value(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'string':
      return text(spec.rule, spec.default);
    case 'int':
      return int(spec.min, spec.max);
    case 'bool':
      return fc.boolean();
    case 'enum':
      return choice(spec.options);
    case 'list':
      return fc.array(text(spec.item.rule, spec.item.placeholder ?? ''), { maxLength: (spec.maxItems ?? 4) + 2 });
    case 'table':
      return fc.oneof(
        fc.constant(spec.default),
        fc.array(row(spec.columns), { maxLength: Math.min(spec.maxRows ?? 6, 6) + 1 }),
      );
  }
}

/**
 * Parameter values for a template of these specs, any of them left out.
 *
 * @example fc.assert(fc.property(arbitraryParams(twemproxy.params), (p) => { twemproxy.build(...) }))
 */
export function arbitraryParams(specs: ParamSpecs): fc.Arbitrary<Params> {
  const model = Object.fromEntries(Object.entries(specs).map(([key, spec]) => [key, value(spec)]));
  return fc.record(model, { requiredKeys: [] }).map(present);
}
