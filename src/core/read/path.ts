/** Formats a document path the way users read it: `workloads[0].containers[2].params.listenPort`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = shortKey(String(part));
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out || '(document)';
}

/** A short rendering of a bad value for an error message. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  // Only the start of a long string is shown, so only the start is quoted (a document may hold megabytes).
  const s = typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
  return s.length > 40 ? `${s.slice(0, 37)}...` : s;
}

/** A key as messages show it: at most 40 characters (a hostile document may use megabyte-long keys). */
export function shortKey(key: string): string {
  return key.length > 40 ? `${key.slice(0, 37)}...` : key;
}

/** Keys refused anywhere in untrusted input: they would reach an object's prototype when copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
