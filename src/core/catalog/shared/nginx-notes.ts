/** README lines the nginx templates share. User values appear in them only when they passed their rule. */
import { HOST } from '../rules';

/**
 * The note every nginx that proxies to host names needs: nginx resolves them once, at start.
 *
 * @example resolveNote(['production', 'experiment'])
 */
export function resolveNote(hosts: readonly string[]): string {
  const named = [...new Set(hosts)].filter((h) => HOST.pattern.test(h) && !/^[0-9.]+$/.test(h));
  const which = named.length ? ` (${named.join(', ')})` : '';
  return (
    `nginx resolves the upstream host names${which} once, when it starts: if a name does not resolve then, ` +
    'the container exits; if a Service later gets a new address, restart the pod.'
  );
}
