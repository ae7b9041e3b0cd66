/** Building a template check's diagnostics: the severity comes from the rule table, the target is a field. */
import type { Diagnostic } from '../../contracts/diagnostic';
import { RULES, type RuleId } from '../../contracts/rules';
import type { BuildInput } from '../types';

/** A diagnostic on one parameter (or table cell, `upstreams[1].host`) of the container being checked. */
export function fieldDiagnostic(
  input: Pick<BuildInput, 'workload' | 'container'>,
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
