/**
 * Numbers as an nginx config can hold them, without ever throwing: a number that is not an integer in
 * range is written as the nearest one, so the file keeps its structure while validation reports the value.
 */

/** An integer within [min, max]: fractions are truncated, the rest clamped (NaN becomes `min`). */
export function clampInt(value: number, min: number, max: number): number {
  const n = Number.isFinite(value) ? Math.trunc(value) : min;
  return Math.min(max, Math.max(min, n));
}

/** A TCP port as written in a config (1..65535). */
export function port(value: number): number {
  return clampInt(value, 1, 65535);
}

/** `HOST:PORT` as nginx's `server` and `proxy_pass` take it. */
export function hostPort(host: string, portValue: number): string {
  return `${host}:${port(portValue)}`;
}

/**
 * Why nginx could not resolve `host` when it starts, or undefined when it can be. The shared HOST rule
 * checks the characters; this adds what DNS and `inet_aton` need: labels of at most 63 characters, and
 * a name made only of numbers must be a dotted IPv4 address (getaddrinfo reads `10.1` as 10.0.0.1).
 *
 * @example hostProblem('10.0.0.300') // 'an IPv4 address has four numbers from 0 to 255'
 */
export function hostProblem(host: string): string | undefined {
  const labels = host.split('.');
  if (labels.some((l) => l.length > 63)) return 'each dot-separated part of a host name has at most 63 characters';
  if (labels.every((l) => /^[0-9]+$/.test(l))) {
    const ok = labels.length === 4 && labels.every((l) => Number(l) <= 255);
    if (!ok) return 'an IPv4 address has four numbers from 0 to 255';
  }
  return undefined;
}

/** `localhost:PORT` when `host` is this pod itself (for the "who listens there" rule), else undefined. */
export function localTarget(host: string, portValue: number): string | undefined {
  return host === 'localhost' || host === '127.0.0.1' ? `localhost:${port(portValue)}` : undefined;
}
