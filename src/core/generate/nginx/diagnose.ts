/** Building the diagnostics of the nginx templates' `check()`: severity from the rule table, target a field. */
import { HOST } from '../../catalog/rules';
import type { BuildInput } from '../../catalog/types';
import type { Diagnostic } from '../../validate/diagnostic';
import { RULES, type RuleId } from '../../validate/rules';
import { hostProblem } from './values';

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
