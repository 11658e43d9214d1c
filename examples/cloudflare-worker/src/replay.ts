import { type FolderReplayOptions, isRelayMessage, listSetting, MIN_TOKEN_LENGTH, type Receiver, type RelayMessage, ReplayErrorCode, type ReplayReport, replayRoute } from '@wanxiang/receiver';
import type { Env } from './env.js';
import { moveToReplayed, r2ReplaySource } from './r2-replay-source.js';

type ReplayHandler = (request: Request) => Promise<Response | undefined>;

/** The route's path; the receiver answers every other. */
const PATH = '/admin/replay';

// One route per set of bindings, as for the receiver: it holds the prepared token digest.
const routes = new WeakMap<Env, ReplayHandler>();

/**
 * `POST /admin/replay?prefix=…[&dry-run=1]` with `Authorization: Bearer $REPLAY_TOKEN`:
 * raw bodies under `rejected/` or `forbidden/` go through the current receiver again; dead
 * letters (`dead-letter/`, queue messages that spent their retries) go back on the queue as
 * they were. Either way the consumer's ledger delivers each key once, and what was replayed
 * moves to `replayed/`. Off (the request goes to the receiver, which answers 401) while
 * REPLAY_TOKEN is unset.
 */
export function replayRouteFor(env: Env, receiver: Receiver): ReplayHandler | undefined {
  if (!env.REPLAY_TOKEN) return undefined;
  let route = routes.get(env);
  if (!route) {
    route = createRoute(env, receiver);
    routes.set(env, route);
  }
  return route;
}

function createRoute(env: Env, receiver: Receiver): ReplayHandler {
  const token = env.REPLAY_TOKEN!.trim();
  // A misconfigured token closes the route (500 there, logged), never the callbacks beside it.
  const problem =
    token.length < MIN_TOKEN_LENGTH
      ? `REPLAY_TOKEN needs at least ${MIN_TOKEN_LENGTH} characters`
      : listSetting(env.CI_TOKENS).includes(token)
        ? 'REPLAY_TOKEN must differ from every callback token in CI_TOKENS'
        : undefined;
  if (problem) {
    console.error(`wanxiang: the replay route is off: ${problem}`);
    return async (request) => (new URL(request.url).pathname === PATH ? Response.json({ code: ReplayErrorCode.REPLAY_MISCONFIGURED, message: problem }, { status: 500 }) : undefined);
  }
  return replayRoute({ token, receiver, source: r2ReplaySource(env.ARCHIVE), path: PATH, folders: { 'dead-letter/': (options) => requeueDeadLetters(env, options) } });
}

/** Sends each dead letter under the prefix back to the events queue and moves it to `replayed/` (a dry run only lists them). */
async function requeueDeadLetters(env: Env, options: FolderReplayOptions): Promise<ReplayReport> {
  const page = await env.ARCHIVE.list({ prefix: options.prefix, limit: options.limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
  const results: ReplayReport['results'] = [];
  for (const { key } of page.objects) {
    const object = await env.ARCHIVE.get(key);
    let message: unknown;
    try {
      message = object ? JSON.parse(await object.text()) : undefined;
    } catch {
      message = undefined;
    }
    if (!isRelayMessage(message)) {
      results.push({ key, outcome: 'refused', status: 400, error: { code: ReplayErrorCode.NOT_A_RELAY_MESSAGE, message: 'a dead letter that is not a relay message; read it by hand' } });
      continue;
    }
    const { id, keys } = message as RelayMessage;
    if (!options.dryRun) {
      await env.EVENTS.send(message as RelayMessage);
      await moveToReplayed(env.ARCHIVE, key);
    }
    results.push({ key, outcome: options.dryRun ? 'would-forward' : 'forwarded', status: 200, id, keys });
  }
  return { prefix: options.prefix, dryRun: options.dryRun, results, ...(page.truncated ? { cursor: page.cursor } : {}) };
}
