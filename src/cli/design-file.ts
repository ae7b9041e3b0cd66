/** Reading a design file for a command: any failure is a one-line UsageError naming the path. */
import { type Design, restoreJson } from '../core';
import { type CliIO, UsageError } from './io';

export function readDesign(io: CliIO, file: string | undefined): Design {
  if (!file) throw new UsageError('missing DESIGN.json argument');
  let text: string;
  try {
    text = io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`,
    );
  }
  const r = restoreJson(text);
  if (!r.ok) {
    const more = r.errors.length > 1 ? ` (and ${r.errors.length - 1} more)` : '';
    throw new UsageError(`${file}: ${r.errors[0]}${more}`);
  }
  return r.design;
}

/** Splits argv into positionals and `--flag value` options. */
export function parseArgs(
  argv: readonly string[],
  valued: readonly string[],
): { positionals: string[]; options: Map<string, string> } {
  const positionals: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!valued.includes(key)) throw new UsageError(`unknown option --${key}`);
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`--${key} needs a value`);
      options.set(key, value);
    } else positionals.push(a);
  }
  return { positionals, options };
}
