import type { Format, ModerationVariant } from '@wanxiang/fixtures';
import { Command, InvalidArgumentError, Option } from 'commander';
import { type CliContext, ExitCode } from '../cli-context.js';
import { MAX_TIMER_MS } from '../input/max-timer.js';
import { escapeControls } from '../output/event-tree.js';
import { buildCallback, type Callback } from '../trigger/build-callback.js';
import type { Override } from '../trigger/overrides.js';
import { parseSet } from '../trigger/overrides.js';
import { pickFixture } from '../trigger/pick-fixture.js';
import { answerLines, dryRunLines, sentLines } from '../trigger/report.js';
import { SendError, sendCallback } from '../trigger/send-callback.js';
import { stateOverride } from '../trigger/state-override.js';
import { testRequestFixture } from '../trigger/test-request.js';
import { UsageError } from '../trigger/usage-error.js';

interface TriggerOptions {
  to?: string;
  format?: Format;
  variant?: ModerationVariant;
  state?: string;
  set: string[];
  keepIds?: boolean;
  testRequest?: boolean;
  dryRun?: boolean;
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * `wanxiang trigger <name…> --to <url>`: POSTs a real callback from `@wanxiang/fixtures` the way
 * CI does — its body, its Content-Type, its X-Ci-Content-Version — with fresh ids and the
 * overrides asked for, and shows what was sent and what the receiver answered. Several names
 * are sent one after the other; every one is built first, so a mistake in any sends nothing.
 * Exit 0 when every answer is 2xx, 1 when one is not, 2 for a usage error or no answer.
 */
export function triggerCommand(context: CliContext): Command {
  return new Command('trigger')
    .description('send a real CI callback (from @wanxiang/fixtures) to a receiver')
    .argument('[names...]', 'what to send: a job Tag (Transcode), TaskFinish, WorkflowFinish, a moderation name (ReviewImage) or kind (image), or a fixture path (task/Tts/tts-schema.xml)')
    .option('--to <url>', 'the callback URL to POST to (required unless --dry-run)')
    .addOption(new Option('--format <format>', "the wire format (default xml, CI's default; moderation bodies are json)").choices(['xml', 'json']))
    .addOption(new Option('--variant <variant>', 'moderation: the X-Ci-Content-Version shape (default Detail when the kind has one)').choices(['Simple', 'Detail']))
    .option('--state <state>', "each job's State (TaskFinish), the run's (WorkflowFinish), the moderation job's (Detail): Success, Failed, …")
    .option(
      '--set <path=value>',
      'set a value at a dotted path of the event, both formats alike (JobsDetail.0.Operation.UserData=abc, WorkflowExecution.RunId=i123, JobsDetail.*.Code=Failed); repeatable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--keep-ids', "send the fixture's JobId/RunId/trace_id instead of fresh random ones of the same shape")
    .option('--test-request', "send CI's console test request (sent when a callback URL is saved) instead of a callback")
    .option('--dry-run', 'print the headers and the body instead of sending them')
    .option('--timeout-ms <ms>', 'how long to wait for each answer', positiveInteger, DEFAULT_TIMEOUT_MS)
    .addHelpText('after', PATH_HELP)
    .action(async (names: string[], options: TriggerOptions) => {
      let callbacks: Callback[];
      let url: URL | undefined;
      try {
        url = targetUrl(options);
        callbacks = options.testRequest ? [testRequest(names, options)] : callbacksFor(names, options);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        context.warn(`wanxiang trigger: ${error.message}`);
        context.exitCode = ExitCode.USAGE;
        return;
      }
      for (const [i, callback] of callbacks.entries()) {
        if (i > 0) context.print('');
        for (const line of sentLines(callback, url, context.colors)) context.print(line);
        if (url === undefined) {
          for (const line of dryRunLines(callback)) context.print(line);
          continue;
        }
        try {
          const answer = await sendCallback(url, callback, options.timeoutMs);
          for (const line of answerLines(answer, context.colors)) context.print(line);
          if (answer.status < 200 || answer.status >= 300) context.exitCode = ExitCode.INVALID;
        } catch (error) {
          if (!(error instanceof SendError)) throw error;
          // The receiver is not there: the rest would fail the same way.
          context.warn(`wanxiang trigger: ${error.message}`);
          context.exitCode = ExitCode.USAGE;
          return;
        }
      }
    });
}

/** The URL to send to; `undefined` for a dry run. */
function targetUrl(options: TriggerOptions): URL | undefined {
  if (options.dryRun) return undefined;
  if (options.to === undefined) throw new UsageError('--to <url> is required (or --dry-run to print the callback instead)');
  let url: URL;
  try {
    url = new URL(options.to);
  } catch {
    throw new UsageError(`--to ${escapeControls(options.to)}: not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--to ${escapeControls(options.to)}: expected an http: or https: URL`);
  // fetch refuses them, quoting the whole URL: a password would reach the screen and the logs.
  if (url.username || url.password) throw new UsageError('--to: a URL with a user name or password is refused (CI sends none; put the token in the path)');
  return url;
}

function callbacksFor(names: readonly string[], options: TriggerOptions): Callback[] {
  if (names.length === 0) throw new UsageError('name what to send (a Tag such as Transcode, TaskFinish, WorkflowFinish, a moderation kind such as image), or --test-request');
  const sets: Override[] = options.set.map(parseSet);
  return names.map((name) => {
    const { fixture, notes, retag } = pickFixture({ name, ...(options.format && { format: options.format }), ...(options.variant && { variant: options.variant }) });
    const tag = retag === undefined ? [] : [{ ...parseSet(`JobsDetail.*.Tag=${retag}`), option: `(no ${retag} body in the corpus)` }];
    const overrides = [...tag, ...(options.state === undefined ? [] : [stateOverride(fixture, options.state)]), ...sets];
    const callback = buildCallback(fixture, { overrides, freshIds: !options.keepIds });
    return { ...callback, notes: [...notes, ...callback.notes] };
  });
}

function testRequest(names: readonly string[], options: TriggerOptions): Callback {
  if (names.length > 0) throw new UsageError(`--test-request sends CI's test request, not ${names.join(', ')}`);
  if (options.state !== undefined || options.variant !== undefined) throw new UsageError('--test-request takes no --state or --variant: the test request is one fixed body');
  if (options.format === 'xml') throw new UsageError('--format xml: the test request is JSON only');
  // Its ids are what make it the test request: never refreshed.
  return buildCallback(testRequestFixture(), { overrides: options.set.map(parseSet), freshIds: false });
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0 || number > MAX_TIMER_MS) throw new InvalidArgumentError(`expected a whole number of milliseconds from 1 to ${MAX_TIMER_MS}`);
  return number;
}

const PATH_HELP = `
Paths (--set): names separated by dots, from inside the body's root (<Response>, or a JSON
body's lone "Response" key). A number after a name picks that occurrence, from 0 (the n-th
same-named XML element, the n-th item of a JSON array); * picks every one; a name alone is its
first, so JobsDetail.Operation.UserData = JobsDetail.0.Operation.UserData in both formats.
Only an existing value is set (an XML element without child elements, a JSON string, number,
boolean or null); a path that reaches nothing, or fields, is refused. XML values are escaped;
a JSON value keeps the type of the one it replaces when it can (a number stays a number).
--state is applied before --set, fresh ids before both.

Exit status: 0 every answer 2xx, 1 an answer that is not, 2 a usage error or no answer.`;
