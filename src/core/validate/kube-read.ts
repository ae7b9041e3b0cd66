/**
 * Reading the Kubernetes fields of a design (`model/kube.ts`) for the rules PS230-PS249: restore()
 * has checked that they are JSON, not that they have Kubernetes' shape, so every reader here takes
 * any JSON value and never throws.
 */
import type { Diagnostic } from '../contracts/diagnostic';
import { RULES, type RuleId } from '../contracts/rules';
import type { ElementRef, JsonMap, JsonValue } from '../model/design';
import { showValue } from '../read/path';

export function isMap(v: unknown): v is JsonMap {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value of an own key of a JSON map (never one of its prototype's). */
export function own(m: JsonMap, key: string): JsonValue | undefined {
  return Object.hasOwn(m, key) ? m[key] : undefined;
}

/** The map at `key`, or undefined when it is missing or not a map. */
export function mapAt(m: JsonMap | null | undefined, key: string): JsonMap | undefined {
  if (!m) return undefined;
  const v = own(m, key);
  return isMap(v) ? v : undefined;
}

export function diag(rule: RuleId, target: ElementRef, message: string, fix: string): Diagnostic {
  return { rule, severity: RULES[rule].severity, target, message, fix };
}

/** A value as a message names it: strings quoted, objects and lists by their kind. */
export const show = (v: unknown): string => showValue(v);

/**
 * What is wrong with a path a mount or a file is put at, or undefined when it is a clean
 * absolute path (`absolute`) or a clean relative one (a subPath).
 */
export function pathProblem(p: unknown, absolute: boolean): string | undefined {
  if (typeof p !== 'string') return p === undefined ? 'is missing' : `is ${show(p)}, not a path`;
  if (p === '') return 'is empty';
  if (absolute && !p.startsWith('/')) return `"${p}" is not an absolute path`;
  if (!absolute && p.startsWith('/')) return `"${p}" is absolute; a subPath is relative to the volume`;
  if (p.split('/').includes('..')) return `"${p}" has a ".." segment`;
  return undefined;
}

/** The path without its trailing slashes (`/etc/app/` is the directory `/etc/app`). */
export function cleanPath(p: string): string {
  let end = p.length;
  while (end > 1 && p.charCodeAt(end - 1) === 47) end--;
  return end === p.length ? p : p.slice(0, end);
}

/** True when `inner` lies strictly below the directory `outer`. */
export function isBelow(inner: string, outer: string): boolean {
  if (outer === '/') return inner !== '/' && inner.startsWith('/');
  return inner.length > outer.length && inner.charCodeAt(outer.length) === 47 && inner.startsWith(outer);
}

/** A whole number from `min` to `max`. */
export const isWhole = (v: unknown, min: number, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** Bytes of a string in UTF-8 (a lone surrogate counts as the three bytes of U+FFFD). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}
