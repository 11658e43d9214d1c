import { join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { type CliContext, ExitCode } from '../cli-context.js';
import { MAX_TIMER_MS } from '../input/max-timer.js';
import { escapeControls } from '../output/event-tree.js';
import { type BodyFile, bodyFiles } from '../replay/body-files.js';
import { type Journal, JournalError, openJournal } from '../replay/journal.js';
import { progressOn } from '../replay/progress.js';
import { runPool } from '../replay/run-pool.js';
import { type SendOptions, sendBody } from '../replay/send-body.js';
import { Tally } from '../replay/tally.js';

interface ReplayOptions {
  to: string;
  concurrency: number;
  dryRun?: boolean;
  journal?: string;
  contentType?: string;
  contentVersion?: string;
  retries: number;
  maxWait: number;
  timeout: number;
}

/** The journal's name inside the folder: hidden, so that the folder's walk passes it by. */
const JOURNAL = '.wanxiang-replay.jsonl';

/**
 * `wanxiang replay <dir> --to <url>`: POSTs every kept body below `dir` to a receiver again, as
 * CI would, a few at a time, retrying 503/429 as `Retry-After` asks (bounded), and records each
 * answer in a journal so that a run cut short resumes without sending an accepted body twice.
 * Exit 0 when every body was accepted (or was already), 1 when some were refused, failed or left
 * unsent by SIGINT, 2 for a usage or I/O error.
 */
export function replayCommand(context: CliContext): Command {
  return new Command('replay')
    .description('send kept callback bodies (a folder of .xml/.json files, or a listen --archive folder) to a receiver again, resumably')
    .argument('<dir>', 'the folder, walked recursively')
    .requiredOption('--to <url>', 'the receiver URL, token included (http://127.0.0.1:8787/ci/<token>)')
    .addOption(new Option('--concurrency <n>', 'most requests in flight').default(4).argParser(whole(1)))
    .option('--dry-run', 'list what would be sent, and send nothing')
    .addOption(new Option('--journal <file>', `the record of answers, read to resume and appended to (default: <dir>/${JOURNAL})`))
    .addOption(new Option('--content-type <type>', 'send every body with this Content-Type (default: the stored one, else told from the extension)'))
    .addOption(new Option('--content-version <version>', 'send every body with this X-Ci-Content-Version (default: the stored one)').choices(['Simple', 'Detail']))
    .addOption(new Option('--retries <n>', 'most retries of one body after a 503, a 429 or a network failure').default(3).argParser(whole(0, MAX_SECONDS)))
    .addOption(new Option('--max-wait <seconds>', 'longest wait before a retry, whatever Retry-After asks').default(30).argParser(whole(0, MAX_SECONDS)))
    .addOption(new Option('--timeout <seconds>', 'deadline of one request').default(30).argParser(whole(1, MAX_SECONDS)))
    .action(async (dir: string, options: ReplayOptions) => {
      const { colors } = context;
      if (!isHttpUrl(options.to)) {
        context.warn(`wanxiang replay: --to must be an http: or https: URL`);
        context.exitCode = ExitCode.USAGE;
        return;
      }
      let bodies: BodyFile[];
      let journal: Journal;
      try {
        bodies = await bodyFiles(dir);
        journal = await openJournal(options.journal ?? join(dir, JOURNAL), options.dryRun !== true);
      } catch (error) {
        context.warn(
          `wanxiang replay: ${error instanceof JournalError ? escapeControls(error.message) : `cannot read ${escapeControls(dir)}: ${escapeControls((error as NodeJS.ErrnoException).code ?? (error as Error).message)}`}`,
        );
        context.exitCode = ExitCode.USAGE;
        return;
      }
      const tally = new Tally();
      const pending = bodies.filter((body) => !journal.done(body.digest));
      for (let skipped = bodies.length - pending.length; skipped > 0; skipped--) tally.skip();

      if (options.dryRun) {
        for (const body of bodies) {
          const type = options.contentType ?? body.contentType;
          const version = options.contentVersion ?? body.contentVersion;
          const what = journal.done(body.digest)
            ? colors.dim('skip (accepted in an earlier run)')
            : `send ${escapeControls(String(type))}${version ? ` ${escapeControls(version)}` : ''}, ${body.raw.byteLength} bytes`;
          context.print(`${escapeControls(body.name)}: ${what}`);
        }
        context.print(`wanxiang replay (dry run): ${pending.length} to send, ${bodies.length - pending.length} already accepted, nothing sent`);
        return;
      }

      const stop = new AbortController();
      const interrupt = () => stop.abort();
      process.once('SIGINT', interrupt);
      process.once('SIGTERM', interrupt);
      const progress = progressOn(context.stderr, pending.length);
      const problems: string[] = [];
      const sendOptions: SendOptions = {
        url: options.to,
        ...(options.contentType ? { contentType: options.contentType } : {}),
        ...(options.contentVersion ? { contentVersion: options.contentVersion } : {}),
        retries: options.retries,
        maxWaitMs: options.maxWait * 1000,
        timeoutMs: options.timeout * 1000,
        signal: stop.signal,
      };
      let finished = 0;
      try {
        await runPool(pending, options.concurrency, stop.signal, async (body) => {
          const sent = await sendBody(body, sendOptions);
          finished++;
          tally.add(sent.outcome, sent.attempts > 0);
          progress.tick(sent.outcome);
          // An answer never read is not journaled: the next run sends that body again, and the receiver's ledger tells.
          if (sent.outcome === 'interrupted') return;
          await journal.record({ digest: body.digest, name: body.name, outcome: sent.outcome, ...(sent.status === undefined ? {} : { status: sent.status }), at: new Date().toISOString() });
          if (sent.outcome === 'refused' || sent.outcome === 'failed') {
            const line = `${colors.red(sent.outcome)} ${sent.status ?? '-'} ${escapeControls(sent.reason ?? '')} ${escapeControls(body.name)}${sent.attempts > 1 ? colors.dim(` (${sent.attempts} attempts)`) : ''}`;
            // Under a bar the line waits for the bar to end; a redraw would overwrite it.
            if (context.stderr.isTTY) problems.push(line);
            else context.print(line);
          }
        });
      } finally {
        progress.stop();
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
      }
      for (let left = pending.length - finished; left > 0; left--) tally.add('interrupted', false);
      for (const line of problems) context.print(line);
      context.print(`wanxiang replay${stop.signal.aborted ? ' (interrupted)' : ''}: ${tally.line(colors)}`);
      if (tally.refused + tally.failed + tally.interrupted > 0) context.exitCode = ExitCode.INVALID;
    });
}

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function whole(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return Number(value);
  };
}

// Seconds that still fit a timer (Node fires a longer one at once).
const MAX_SECONDS = Math.floor(MAX_TIMER_MS / 1000);
