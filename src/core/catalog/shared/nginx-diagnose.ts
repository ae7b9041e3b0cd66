/** Building the diagnostics of the nginx templates' `check()`: severity from the rule table, target a field. */

import type { Diagnostic } from '../../contracts/diagnostic';
import { RULES, type RuleId } from '../../contracts/rules';
import { hostProblem } from '../../format/nginx/values';
import { HOST } from '../rules';
import type { BuildInput } from '../types';

/** A diagnostic on one parameter (or table cell, `upstreams[1].host`) of the container being checked. */
export function fieldDiagnostic(
  input: BuildInput,
  rule: RuleId,
  field: string,
  message: string,
  fix: string,
): Diagnostic {
  return {
    rule,
    severity: RULES[rule].severity,
    target: { kind: 'container', workloadId: input.workload.id, containerId: input.container.id, field },
    message,
    fix,
  };
}

/** PS108 for a host nginx could not resolve at start; nothing when the host is fine or fails the HOST rule. */
export function hostDiagnostics(input: BuildInput, field: string, host: string): readonly Diagnostic[] {
  const problem = HOST.pattern.test(host) ? hostProblem(host) : undefined;
  if (problem === undefined) return [];
  return [
    fieldDiagnostic(
      input,
      'PS108',
      field,
      `nginx cannot resolve the host "${host}" when it starts: ${problem}.`,
      'Use a Service name such as production, a full name such as mysql.test.svc.cluster.local, or an IPv4 address.',
    ),
  ];
}
