import { createReceiver, type Forwarder, RelayError } from '@wanxiang/receiver';
import { createNodeHandler } from '@wanxiang/receiver/node';
import { Command, InvalidArgumentError, Option } from 'commander';
import { type CliContext, ExitCode } from '../cli-context.js';
import { curlLine } from '../listen/curl-line.js';
import { fileArchive } from '../listen/file-archive.js';
import { listenFetch } from '../listen/listen-handler.js';
import { type ListenToken, listenToken } from '../listen/listen-token.js';
import { type RelayTarget, relayForwarder } from '../listen/relay-forwarder.js';
import { serveUntilSignal } from '../listen/serve-until-signal.js';
import { escapeControls } from '../output/event-tree.js';

interface ListenOptions {
  port: number;
  host: string;
  token?: string;
  forwardTo?: string;
  secret?: string;
  verbose?: boolean;
  archive?: string;
}

/**
 * `wanxiang listen`: a local receiver that prints each callback as it arrives (and each
 * refusal), optionally relaying what it accepts as signed Standard Webhooks to `--forward-to`
 * (503 to the sender when that fails) and keeping refused bodies in `--archive`. Runs until
 * SIGINT or SIGTERM, then exits 0; 2 for a usage error or a port it cannot bind.
 */
export function listenCommand(context: CliContext): Command {
  return new Command('listen')
    .description('receive callbacks locally: print each one, relay them signed to --forward-to, keep refused bodies in --archive')
    .addOption(new Option('--port <port>', 'the port (0 for a free one)').default(8787).argParser(portNumber))
    .option('--host <host>', 'the address to bind', '127.0.0.1')
    .addOption(new Option('--token <token>', 'the callback token (at least 16 characters; default: the first of CI_TOKENS, else a generated one)'))
    .addOption(new Option('--forward-to <url>', 'POST each accepted event there as a signed Standard Webhooks message, once per key'))
    .addOption(new Option('--secret <whsec>', 'the Standard Webhooks secret for --forward-to (default: WEBHOOK_SECRET)'))
    .option('--verbose', 'print each event as a tree, and the issues of each refusal')
    .addOption(new Option('--archive <dir>', 'keep each refused body in this folder (with a .meta.json beside it), for wanxiang replay'))
    .action(async (options: ListenOptions) => {
      const usage = (message: string) => {
        context.warn(`wanxiang listen: ${message}`);
        context.exitCode = ExitCode.USAGE;
      };
      let token: ListenToken;
      try {
        token = listenToken(options.token, context.env);
      } catch (error) {
        return usage((error as Error).message);
      }
      let target: RelayTarget | undefined;
      if (options.forwardTo !== undefined) {
        const secret = options.secret ?? context.env.WEBHOOK_SECRET;
        if (!secret) return usage('--forward-to needs a secret: --secret whsec_… or WEBHOOK_SECRET');
        target = { url: options.forwardTo, secret };
      }
      let forwarder: Forwarder;
      try {
        forwarder = relayForwarder(target);
      } catch (error) {
        if (error instanceof RelayError) return usage(error.message);
        throw error;
      }
      const receiver = createReceiver({ tokens: [token.token], forwarder, logger: false, ...(options.archive ? { archive: fileArchive(options.archive) } : {}) });
      const handler = createNodeHandler({ fetch: listenFetch(receiver, { colors: context.colors, verbose: options.verbose === true, print: context.print }) });
      const { bold, dim } = context.colors;
      try {
        await serveUntilSignal(handler, options.host, options.port, ({ port }) => {
          const origin = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
          context.print(`${bold('wanxiang listen')}: listening on ${origin}/ci/${token.shown}`);
          if (token.source === 'generated') context.print(dim('a development token, made for this run: pass --token or set CI_TOKENS to keep one'));
          context.print(target ? `relaying each event, signed, to ${escapeControls(redactedUrl(target.url))}` : dim('not relaying (pass --forward-to <url> to POST each event as a signed webhook)'));
          if (options.archive) context.print(`keeping refused bodies in ${options.archive}`);
          context.print(`try: ${curlLine(`${origin}/ci/${token.shell}`, process.cwd())}`);
        });
      } catch (error) {
        return usage(`cannot listen on ${options.host}:${options.port}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
      await receiver.drain();
      context.print(dim('wanxiang listen: stopped'));
    });
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

/** The URL without its query and with its path shortened: a downstream's token may sit in either. */
function redactedUrl(text: string): string {
  try {
    const url = new URL(text);
    return `${url.origin}${url.pathname.length > 1 ? '/…' : '/'}`;
  } catch {
    return text;
  }
}
