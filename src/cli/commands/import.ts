import { importText, type Notice } from '../../core';
import { designJson } from '../../core/io/design-json';
import { parseArgs } from '../design-file';
import { type CliIO, type Command, UsageError } from '../io';

function readInput(io: CliIO, file: string): string {
  try {
    return io.readFile(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new UsageError(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'}`,
    );
  }
}

/** One notice for the terminal: severity and message, then what the input had, indented. */
export function formatNotice(n: Notice): string {
  const head = `${n.severity}: ${n.message}\n`;
  if (!n.verbatim) return head;
  const body = n.verbatim.replace(/\n$/, '').replace(/^/gm, '    ');
  return `${head}${body}\n`;
}

/**
 * `podsmith import FILE.yaml > design.json` (`-` reads standard input): the design on stdout, every
 * notice (what was changed or not kept, with the input's text) on stderr. A design.json of an older
 * version is migrated. Input that is neither is a one-line error, exit 2.
 */
export const importCommand: Command = async (argv, io) => {
  const { positionals } = parseArgs(argv, []);
  if (positionals.length > 1) throw new UsageError(`unexpected argument ${positionals[1]}`);
  const file = positionals[0];
  if (!file) throw new UsageError('missing FILE.yaml argument (- reads standard input)');
  const text = file === '-' ? await io.readStdin() : readInput(io, file);
  const result = importText(text);
  if (!result.ok) {
    const more = result.errors.length > 1 ? ` (and ${result.errors.length - 1} more)` : '';
    throw new UsageError(`${file}: ${result.errors[0]}${more}`);
  }
  for (const n of result.notices) io.stderr(formatNotice(n));
  io.stdout(designJson(result.design));
  return 0;
};
