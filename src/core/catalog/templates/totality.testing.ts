/**
 * Arbitrary parameter values of the right types for a template's spec, bounds and rules ignored:
 * what `build` and `check` may receive before validation has spoken. `build` must never throw on them.
 */
import fc from 'fast-check';
import type { Params, ParamValue } from '../../model/design';
import type { Column, ParamSpec, ParamSpecs } from '../types';

const anyInt = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(0));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', ' ', '"}"""', '\n#'));

function cell(c: Column): fc.Arbitrary<string | number | boolean> {
  switch (c.kind) {
    case 'int':
      return anyInt;
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...c.options);
    case 'string':
      return anyText;
  }
}

function value(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'int':
      return anyInt;
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...spec.options);
    case 'string':
      return anyText;
    case 'list':
      return fc.array(anyText, { maxLength: 4 });
    case 'table':
      return fc.array(fc.record(Object.fromEntries(spec.columns.map((c) => [c.key, cell(c)]))), { maxLength: 4 });
  }
}

/** Any parameters of the spec's types; each key may be left out (its default then applies). */
export function anyParams(specs: ParamSpecs): fc.Arbitrary<Params> {
  return fc.record(Object.fromEntries(Object.entries(specs).map(([k, s]) => [k, value(s)])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Params>;
}
