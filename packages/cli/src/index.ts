// @wanxiang/cli — the `wanxiang` command, and `main` to run it in-process.

export { type CliContext, ExitCode } from './cli-context.js';
export { type MainOptions, main } from './main.js';
