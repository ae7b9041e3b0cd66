import { type Design, type Diagnostic, describeTarget, validate } from '../../core';
import { parseArgs, readDesign } from '../design-file';
import { type Command, UsageError } from '../io';

export function formatDiagnostic(design: Design, d: Diagnostic): string {
  return `${d.severity} ${d.rule} ${describeTarget(design, d.target)}: ${d.message} Fix: ${d.fix}`;
}

/** `podsmith validate DESIGN.json`: prints diagnostics; exit 1 when any is an error. */
export const validateCommand: Command = async (argv, io) => {
  const { positionals } = parseArgs(argv, []);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const design = readDesign(io, positionals[0]);
  const diagnostics = validate(design);
  for (const d of diagnostics) io.stdout(`${formatDiagnostic(design, d)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  io.stdout(`${errors} error(s), ${warnings} warning(s)\n`);
  return errors ? 1 : 0;
};
