/**
 * The `podsmith` command line: the same core as the app, for pipelines and checks.
 * Exit status: 0 ok, 1 the design has errors, 2 bad input (one line on stderr says what and where).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { COMMANDS } from './commands';
import { type CliIO, UsageError } from './io';

/** `podsmith examples | head` closes the pipe early: that is not an error. */
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

export const nodeIO: CliIO = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => {
    if (process.stdin.isTTY) return '';
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, content) => writeFileSync(path, content),
  mkdir: (path) => {
    if (!existsSync(path)) mkdirSync(path, { recursive: true });
  },
};

function usage(): string {
  return `usage:\n${Object.values(COMMANDS)
    .map((c) => `  ${c.usage}`)
    .join('\n')}\n`;
}

/** Runs one CLI invocation; returns the exit status. */
export async function main(argv: readonly string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.stderr(`podsmith: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`podsmith ${name}: ${e.message}\n`);
      return 2;
    }
    io.stderr(`podsmith ${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 3;
  }
}

const isEntry = process.argv[1] !== undefined && /(?:^|[/\\])cli[/\\]main\.ts$/.test(process.argv[1]);
if (isEntry) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
