/** The HAProxy ambassador's cross-field rules, PS180–PS185 (listed in validate/rules.ts). */
import type { Diagnostic } from '../../../contracts/diagnostic';
import type { RuleId } from '../../../contracts/rules';
import { fieldDiagnostic } from '../../shared/diagnostics';
import type { BuildInput } from '../../types';
import type { HaproxyParams } from './params';

const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/** `localhost:PORT` when the host is this pod's loopback, else undefined. */
export function localTarget(host: string, port: number): string | undefined {
  return LOOPBACK.has(host) ? `localhost:${port}` : undefined;
}

export function checkHaproxy(input: BuildInput<HaproxyParams>): readonly Diagnostic[] {
  const { params: p } = input;
  const out: Diagnostic[] = [];
  const push = (rule: RuleId, field: string, message: string, fix: string) =>
    out.push(fieldDiagnostic(input, rule, field, message, fix));
  const own = new Map([[p.listenPort, 'listen port']]);
  if (p.statsPort > 0) {
    if (p.statsPort === p.listenPort)
      push(
        'PS181',
        'statsPort',
        `The stats port ${p.statsPort} is also the listen port: HAProxy cannot bind it twice.`,
        'Give the stats page a port of its own (8404 is usual), or 0 to turn it off.',
      );
    else own.set(p.statsPort, 'stats port');
  }
  p.upstreams.forEach((u, i) => {
    if (p.upstreams.findIndex((x) => x.name === u.name) !== i)
      push(
        'PS180',
        `upstreams[${i}].name`,
        `Two upstreams are named "${u.name}": HAProxy refuses two servers of one name in a backend.`,
        'Give each upstream its own name (e.g. production, experiment).',
      );
    else if (p.upstreams.findIndex((x) => x.host === u.host && x.port === u.port) !== i)
      push(
        'PS184',
        `upstreams[${i}].host`,
        `The address ${u.host}:${u.port} is listed twice, so its weights add up.`,
        'List each address once and give it the combined weight.',
      );
    const local = localTarget(u.host, u.port);
    const which = local === undefined ? undefined : own.get(u.port);
    if (which)
      push(
        'PS182',
        `upstreams[${i}].port`,
        `The upstream ${u.host}:${u.port} is this ambassador's own ${which}: requests would loop.`,
        'Point the upstream at the Service or app that should answer.',
      );
  });
  if (p.mode === 'tcp' && p.stickiness === 'cookie')
    push(
      'PS183',
      'stickiness',
      'Cookie stickiness needs HTTP mode: in TCP mode HAProxy does not read the traffic, so no cookie is set.',
      'Switch the mode to http, or stickiness to none (each connection then goes by weight).',
    );
  for (const [port, which] of own)
    if (port < 1024)
      push(
        'PS185',
        which === 'listen port' ? 'listenPort' : 'statsPort',
        `The ${which} ${port} is below 1024, which the haproxy image's unprivileged user cannot bind.`,
        'Use a port from 1024 up (the app connects to localhost, so any free port does).',
      );
  return out;
}
