/** The Varnish sidecar's cross-field rules, PS190–PS193 (listed in validate/rules.ts). */
import type { Diagnostic } from '../../../contracts/diagnostic';
import type { RuleId } from '../../../contracts/rules';
import { fieldDiagnostic } from '../../shared/diagnostics';
import type { BuildInput } from '../../types';
import type { VarnishParams } from './params';

/** What Varnish uses beyond its -s malloc size (per-object overhead, threads, workspaces), as a share of it. */
export const OVERHEAD = 0.25;

/** Bytes per unit of a Kubernetes memory quantity. */
const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
};

/** The bytes of a memory quantity such as 512Mi or 1G, or undefined for one this reader does not know. */
export function memoryBytes(quantity: string): number | undefined {
  const m = /^([0-9]+(?:\.[0-9]+)?)(|k|M|G|T|Ki|Mi|Gi|Ti)$/.exec(quantity.trim());
  return m ? Number(m[1]) * (UNITS[m[2] as string] ?? 1) : undefined;
}

export function checkVarnish(input: BuildInput<VarnishParams>): readonly Diagnostic[] {
  const { params: p } = input;
  const out: Diagnostic[] = [];
  const push = (rule: RuleId, field: string, message: string, fix: string) =>
    out.push(fieldDiagnostic(input, rule, field, message, fix));
  if (p.listenPort === p.backendPort)
    push(
      'PS190',
      'backendPort',
      `Varnish listens on ${p.listenPort} and would fetch from localhost:${p.backendPort}, itself: every miss would loop.`,
      'Set the app port to the port the web app of this pod listens on.',
    );
  p.noCachePaths.forEach((path, i) => {
    if (path === '/')
      push(
        'PS191',
        `noCachePaths[${i}]`,
        'The no-cache path / covers every URL, so Varnish caches nothing.',
        'List only the paths that must reach the app every time, such as /admin or /api/.',
      );
    else if (p.noCachePaths.indexOf(path) !== i)
      push('PS192', `noCachePaths[${i}]`, `The no-cache path ${path} is listed twice.`, 'Remove the second one.');
  });
  const limit = input.container.resources.limits?.memory;
  const bytes = limit === undefined ? undefined : memoryBytes(limit);
  const needs = p.cacheSize * 2 ** 20 * (1 + OVERHEAD);
  if (bytes !== undefined && needs > bytes)
    push(
      'PS193',
      'cacheSize',
      `A ${p.cacheSize} MiB cache needs about ${Math.ceil(needs / 2 ** 20)} MiB with Varnish's overhead, more than the memory limit ${limit}: the container would be killed when the cache fills.`,
      `Lower the cache size to at most ${Math.floor(bytes / 2 ** 20 / (1 + OVERHEAD))} MiB, or raise the memory limit.`,
    );
  return out;
}
