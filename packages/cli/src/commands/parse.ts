import { type CallbackEvent, type Deviations, isCallbackError, isTaskFinish, knownTags, parseCallback, parseCallbackLenient } from '@wanxiang/core';
import { Command, Option } from 'commander';
import { type CliContext, ExitCode } from '../cli-context.js';
import { readBodyInput } from '../input/read-body-input.js';
import { escapeControls, eventTree } from '../output/event-tree.js';
import { safeJson } from '../output/safe-json.js';

const known: ReadonlySet<string> = new Set(knownTags);

/**
 * `wanxiang parse <file|->`: the body as the SDK reads it — the normalized event, readable, or
 * `--json`; or the error code and every issue at its dotted path. Exit 0 valid, 1 not a valid
 * callback, 2 usage or I/O error.
 */
export function parseCommand(context: CliContext): Command {
  return new Command('parse')
    .description('show a callback body (a file, or - for stdin) as @wanxiang/core reads it')
    .argument('<file>', 'the body: a file path, or - to read stdin')
    .option('--json', 'print the event (or the error) as JSON')
    .option('--lenient', 'the lenient reading: a value that fails its schema is moved out and listed, not fatal')
    .addOption(new Option('--content-type <type>', 'the Content-Type CI sent (default: told from the body)'))
    .addOption(new Option('--content-version <version>', 'the X-Ci-Content-Version CI sent, for moderation bodies').choices(['Simple', 'Detail']))
    .action(async (file: string, options: { json?: boolean; lenient?: boolean; contentType?: string; contentVersion?: string }) => {
      const parseOptions = { contentType: options.contentType ?? null, contentVersion: options.contentVersion ?? null };
      try {
        let body: Uint8Array;
        try {
          body = await readBodyInput(file);
        } catch (error) {
          if (isCallbackError(error)) throw error;
          context.warn(`wanxiang parse: cannot read ${escapeControls(file)}: ${escapeControls((error as Error).message)}`);
          context.exitCode = ExitCode.USAGE;
          return;
        }
        const { event, deviations } = options.lenient ? parseCallbackLenient(body, parseOptions) : { event: parseCallback(body, parseOptions), deviations: undefined };
        if (options.json) context.print(safeJson(deviations ? { event, deviations } : { event }));
        else for (const line of readable(event, deviations, context)) context.print(line);
      } catch (error) {
        if (!isCallbackError(error)) throw error;
        context.exitCode = ExitCode.INVALID;
        if (options.json) {
          context.print(safeJson({ error: { code: error.code, message: error.message, issues: error.issues, issueCount: error.issueCount } }));
          return;
        }
        const { red, dim } = context.colors;
        context.print(`${red(error.code)} ${escapeControls(error.message)}`);
        for (const issue of error.issues) context.print(`  ${issue.path === '' ? dim('(body)') : escapeControls(issue.path)}: ${escapeControls(issue.message)}`);
        if (error.issueCount > error.issues.length) context.print(dim(`  … and ${error.issueCount - error.issues.length} more`));
      }
    });
}

/** A heading (EventName; each job's Tag, JobId and State, unknown Tags said so), the event's tree, and what the lenient reading moved out. */
function readable(event: CallbackEvent, deviations: Deviations | undefined, { colors }: CliContext): string[] {
  const lines = [colors.bold(escapeControls(String(event.EventName)))];
  if (isTaskFinish(event)) {
    for (const job of event.JobsDetail) {
      const tag = String(job.Tag ?? '');
      const shown =
        tag === '' ? colors.dim('(no Tag)') : known.has(tag) ? colors.green(escapeControls(tag)) : `${colors.yellow(escapeControls(tag))} ${colors.dim('(a Tag this version does not know)')}`;
      lines.push(`  ${shown} ${escapeControls(String(job.JobId))} ${escapeControls(String(job.State ?? ''))}`);
    }
  }
  lines.push('', ...eventTree(event, colors));
  if (deviations) {
    lines.push('', colors.yellow(`deviations: ${deviations.count} value(s) moved out of the event, ${deviations.issueCount} issue(s)`));
    for (const issue of deviations.issues) lines.push(`  ${escapeControls(issue.path)}: ${escapeControls(issue.message)}`);
  }
  return lines;
}
