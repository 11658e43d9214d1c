// @wanxiang/cli — the `wanxiang` command, and `main` to run it in-process.

export { main, type MainOptions } from './main.js';
export { ExitCode, type CliContext } from './cli-context.js';
