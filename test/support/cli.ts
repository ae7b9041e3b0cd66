/** A CLI `CliIO` over an in-memory file table, recording what a command prints and writes. */
import type { CliIO } from '../../src/cli/io';

/** The I/O a command sees, and what it printed (`out`, `err`, or both in order as `all`) and wrote. */
export interface MemoryIO {
  readonly io: CliIO;
  readonly out: () => string;
  readonly err: () => string;
  readonly all: () => string;
  readonly written: Readonly<Record<string, string>>;
}

/** In-memory I/O: `files` are readable (others fail with ENOENT), `stdin` is standard input. */
export function memoryIO(files: Readonly<Record<string, string>> = {}, stdin = ''): MemoryIO {
  const out: string[] = [];
  const err: string[] = [];
  const all: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIO = {
    stdout: (t) => {
      out.push(t);
      all.push(t);
    },
    stderr: (t) => {
      err.push(t);
      all.push(t);
    },
    readStdin: async () => stdin,
    readFile: (p) => {
      if (!Object.hasOwn(files, p)) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return files[p] as string;
    },
    writeFile: (p, c) => {
      written[p] = c;
    },
    mkdir: () => {},
  };
  return { io, out: () => out.join(''), err: () => err.join(''), all: () => all.join(''), written };
}
