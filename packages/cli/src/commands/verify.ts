import { type CiConfirmation, checkLookupBuckets, createCiClient, createCiConfirm, isCiApiError, type LookupBuckets } from '@wanxiang/ci-api';
import { isCallbackError, type LenientEvent, parseCallbackLenient } from '@wanxiang/core';
import { Command, Option } from 'commander';
import { type CliContext, ExitCode } from '../cli-context.js';
import { readBodyInput } from '../input/read-body-input.js';
import { escapeControls } from '../output/event-tree.js';
import { safeJson } from '../output/safe-json.js';
import { recordLines } from '../verify/record-lines.js';
import { recordingClient } from '../verify/recording-client.js';
import { credentialsFromEnv, endpointOf, parseTimeoutMs, VERIFY_SETTINGS } from '../verify/settings.js';

interface VerifyOptions {
  bucket: string;
  region: string;
  json?: boolean;
  contentType?: string;
  contentVersion?: string;
  endpoint?: string;
  timeoutMs: number;
}

/** What `verify` concluded: `record` is CI's, `null` when CI gave none. */
type Verdict = { confirmed: boolean; reason?: string; path?: string; record: unknown };

const HELP_AFTER = `
Credentials come from the environment only, never from the command line (where they would stay
in shell history and process lists): ${VERIFY_SETTINGS.secretId}, ${VERIFY_SETTINGS.secretKey}, and ${VERIFY_SETTINGS.sessionToken} for
temporary credentials. ${VERIFY_SETTINGS.endpoint} sets the origin when --endpoint is not given.

Exit status: 0 confirmed, 1 not confirmed (or not a callback), 2 a usage, I/O or lookup failure.`;

/**
 * `wanxiang verify <file|-> --bucket <BucketId> --region <Region>`: confirms a callback body by
 * lookup, as the receiver's `confirm` policy does (`createCiConfirm` of `@wanxiang/ci-api`):
 * prints CI's record of what the body reports, readable or `--json`
 * (`{ confirmed, reason?, path?, record }`), and whether it agrees. Exit 0 confirmed, 1 not
 * confirmed, 2 a usage, I/O or lookup failure (the lookup's `CiApiError` code and message).
 */
export function verifyCommand(context: CliContext): Command {
  return new Command('verify')
    .description("confirm a callback body (a file, or - for stdin) by looking up what it reports at CI's API")
    .argument('<file>', 'the body: a file path, or - to read stdin')
    .requiredOption('--bucket <BucketId>', 'the bucket to ask in, like examplebucket-1250000000; a body naming another is not confirmed')
    .requiredOption('--region <Region>', "the bucket's region, like ap-chongqing")
    .option('--json', 'print { confirmed, reason?, path?, record } as JSON')
    .addOption(new Option('--content-type <type>', 'the Content-Type CI sent (default: told from the body)'))
    .addOption(new Option('--content-version <version>', 'the X-Ci-Content-Version CI sent, for moderation bodies').choices(['Simple', 'Detail']))
    .addOption(new Option('--endpoint <origin>', `the origin to ask instead of https://<BucketId>.ci.<Region>.myqcloud.com (default: $${VERIFY_SETTINGS.endpoint})`))
    .addOption(new Option('--timeout-ms <ms>', 'the whole lookup, in milliseconds').argParser(parseTimeoutMs).default(3000))
    .addHelpText('after', HELP_AFTER)
    .action(async (file: string, options: VerifyOptions) => {
      const fail = (message: string) => {
        context.warn(`wanxiang verify: ${message}`);
        context.exitCode = ExitCode.USAGE;
      };
      let buckets: LookupBuckets;
      let endpoint: string | undefined;
      try {
        buckets = checkLookupBuckets({ [options.bucket]: options.region });
        endpoint = endpointOf(options.endpoint, '--endpoint') ?? endpointOf(context.env[VERIFY_SETTINGS.endpoint], VERIFY_SETTINGS.endpoint);
      } catch (error) {
        return fail((error as Error).message);
      }
      const chosen = credentialsFromEnv(context.env);
      // Names only: the values are secrets, and a terminal or CI log may be shared.
      if ('missing' in chosen) return fail(`set ${chosen.missing.join(' and ')} in the environment (credentials are never read from the command line)`);

      let body: Uint8Array;
      let parsed: LenientEvent;
      try {
        body = await readBodyInput(file);
      } catch (error) {
        if (isCallbackError(error)) return report(context, options, { confirmed: false, reason: `is not a callback: ${error.code} ${error.message}`, record: null }, '');
        return fail(`cannot read ${escapeControls(file)}: ${escapeControls((error as Error).message)}`);
      }

      try {
        parsed = parseCallbackLenient(body, { contentType: options.contentType ?? null, contentVersion: options.contentVersion ?? null });
      } catch (error) {
        if (!isCallbackError(error)) throw error;
        return report(context, options, { confirmed: false, reason: `is not a callback: ${error.code} ${error.message}`, record: null }, '');
      }
      if (parsed.deviations) context.warn(`wanxiang verify: ${parsed.deviations.count} value(s) of the body fail their schema and are not compared (wanxiang parse --lenient lists them)`);

      const recording = recordingClient(createCiClient({ credentials: chosen.credentials, timeoutMs: options.timeoutMs, ...(endpoint ? { endpoint: () => endpoint } : {}) }));
      let confirmation: CiConfirmation;
      try {
        confirmation = await createCiConfirm({ client: recording.client, buckets })(parsed.event);
      } catch (error) {
        if (!isCiApiError(error)) throw error;
        fail(`lookup failed: ${error.code}: ${escapeControls(error.message)}`);
        if (options.json) context.print(safeJson({ error: { code: error.code, message: error.message, status: error.status, ciCode: error.ciCode, requestId: error.requestId } }));
        return;
      }
      const verdict: Verdict = confirmation.confirmed ? { confirmed: true, record: confirmation.record } : { ...confirmation, record: recording.recordOf(parsed.event) };
      report(context, options, verdict, `${options.bucket} (${options.region})${endpoint ? ` via ${endpoint}` : ''}`);
    });
}

/** The verdict, as JSON or as CI's record followed by "confirmed" or "NOT confirmed: <path>: <reason>"; sets the exit code. */
function report(context: CliContext, options: VerifyOptions, verdict: Verdict, where: string): void {
  context.exitCode = verdict.confirmed ? ExitCode.OK : ExitCode.INVALID;
  if (options.json) {
    context.print(safeJson(verdict));
    return;
  }
  const { green, red } = context.colors;
  if (where !== '') context.print(recordLines(verdict.record, where, context.colors).join('\n'));
  if (verdict.confirmed) context.print(green('confirmed'));
  else context.print(red(`NOT confirmed: ${verdict.path === undefined ? '' : `${escapeControls(verdict.path)}: `}${escapeControls(verdict.reason ?? '')}`));
}
