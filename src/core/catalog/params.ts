import type { Params, ParamValue } from '../model/design';
import type { ParamSpecs, ParamsOf, TemplateDef } from './types';

/**
 * The template's parameters with every missing value taken from its default.
 * Keys the template does not know are dropped (restore() reports them before this point).
 *
 * @example resolveParams(twemproxy, { listenPort: 6380 }).hash // 'fnv1a_64'
 */
export function resolveParams<S extends ParamSpecs>(template: TemplateDef<S>, params: Params): ParamsOf<S> {
  const out: Record<string, ParamValue> = {};
  for (const [key, spec] of Object.entries(template.params)) {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    out[key] = value === undefined ? spec.default : value;
  }
  return out as ParamsOf<S>;
}

/** Read helpers for `build` functions: the value is already checked by restore() to have the right type. */
export const read = {
  str: (p: Params, key: string): string => String(p[key] ?? ''),
  int: (p: Params, key: string): number => Number(p[key] ?? 0),
  bool: (p: Params, key: string): boolean => p[key] === true,
  list: (p: Params, key: string): readonly string[] => (Array.isArray(p[key]) ? (p[key] as readonly string[]) : []),
  table: <T extends Record<string, string | number | boolean>>(p: Params, key: string): readonly T[] =>
    Array.isArray(p[key]) ? (p[key] as readonly T[]) : [],
};
