/** Diagnostics the nginx templates' `check()` share: a host nginx cannot resolve when it starts. */

import type { Diagnostic } from '../../contracts/diagnostic';
import { hostProblem } from '../../format/nginx/values';
import { HOST } from '../rules';
import type { BuildInput } from '../types';
import { fieldDiagnostic } from './diagnostics';

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
