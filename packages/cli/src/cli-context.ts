import type { Colors } from 'picocolors/types';

/**
 * What a command may touch of its process: its output streams, environment and colours. Tests
 * run `main` with their own; the binary passes the process's.
 */
export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** Read only for what a command documents (`NO_COLOR`, `CI_SECRET_ID`, …). */
  env: Readonly<Record<string, string | undefined>>;
  /** Colours for stdout: on when it is a TTY, unless `NO_COLOR` is set (https://no-color.org). */
  colors: Colors;
  /** Writes one line to stdout. */
  print(line: string): void;
  /** Writes one line to stderr. */
  warn(line: string): void;
  /** Set by a command to the exit code it ends with (0 when it never sets one). */
  exitCode: number;
}

/** The exit codes every command keeps: 0 done, 1 the body (or the answer) is not what was wanted, 2 a usage or I/O error. */
export const ExitCode = { OK: 0, INVALID: 1, USAGE: 2 } as const;
