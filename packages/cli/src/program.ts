import { Command } from 'commander';
import type { CliContext } from './cli-context.js';
import { listenCommand } from './commands/listen.js';
import { parseCommand } from './commands/parse.js';
import { replayCommand } from './commands/replay.js';
import { triggerCommand } from './commands/trigger.js';
import { verifyCommand } from './commands/verify.js';

/** The `wanxiang` program: one sub-command per file in commands/. */
export function createProgram(context: CliContext): Command {
  const program = new Command('wanxiang')
    .description('Tencent Cloud Infinite (数据万象) callbacks: parse, trigger, listen, replay, verify')
    .version('0.0.0')
    .exitOverride()
    .configureOutput({ writeOut: (text) => void context.stdout.write(text), writeErr: (text) => void context.stderr.write(text) })
    .showHelpAfterError();
  for (const command of [parseCommand(context), triggerCommand(context), listenCommand(context), replayCommand(context), verifyCommand(context)]) {
    // addCommand does not pass these on: every command exits through main, writes through the context.
    command
      .exitOverride()
      .configureOutput({ writeOut: (text) => void context.stdout.write(text), writeErr: (text) => void context.stderr.write(text) })
      .showHelpAfterError();
    program.addCommand(command);
  }
  return program;
}
