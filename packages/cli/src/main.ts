import { CommanderError } from 'commander';
import { type CliContext, ExitCode } from './cli-context.js';
import { colorsFor } from './output/colors.js';
import { createProgram } from './program.js';

/** The process parts `main` uses; each defaults to the current process's. */
export interface MainOptions {
  stdout?: CliContext['stdout'];
  stderr?: CliContext['stderr'];
  env?: CliContext['env'];
}

/**
 * Runs the `wanxiang` command with `argv` (without `node` and the script) and resolves its exit
 * code: 0 done, 1 invalid (a body that is not a callback, a refused delivery), 2 a usage or I/O
 * error. Never rejects: an unexpected failure is printed and is 2.
 */
export async function main(argv: readonly string[], options: MainOptions = {}): Promise<number> {
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  const env = options.env ?? process.env;
  const context: CliContext = {
    stdout,
    stderr,
    env,
    colors: colorsFor(stdout, env),
    print: (line) => void stdout.write(`${line}\n`),
    warn: (line) => void stderr.write(`${line}\n`),
    exitCode: ExitCode.OK,
  };
  const program = createProgram(context);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    // Help and version end the parse as an "error" of their own, with code 0.
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.OK : ExitCode.USAGE;
    context.warn(`wanxiang: ${error instanceof Error ? error.message : String(error)}`);
    return ExitCode.USAGE;
  }
}
