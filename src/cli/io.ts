/** What a CLI command may touch: injected so commands can be tested without a process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** All of standard input, or '' when it is a terminal. */
  readonly readStdin: () => Promise<string>;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, content: string) => void;
  readonly mkdir: (path: string) => void;
}

/** A user error: printed as one line, exit status 2. */
export class UsageError extends Error {}

/** A CLI command: returns the exit status. */
export type Command = (argv: readonly string[], io: CliIO) => Promise<number>;
