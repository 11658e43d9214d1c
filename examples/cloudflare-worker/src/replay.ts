import { isRelayMessage, listSetting, MAX_REPLAY_BATCH, replayRoute, type Receiver, type RelayMessage, type ReplayReport } from '@wanxiang/receiver';
import type { Env } from './env.js';
import { r2ReplaySource } from './r2-replay-source.js';

/**
 * `POST /admin/replay?prefix=…[&dry-run=1]` with `Authorization: Bearer $REPLAY_TOKEN`:
 * raw bodies under `rejected/`, `forbidden/` or `events/` go through the current receiver
 * again; dead letters (`dead-letter/`, queue messages that spent their retries) go back on the
 * queue as they were. Either way the consumer's ledger delivers each key once. Off (the
 * request goes to the receiver, which answers 401) while REPLAY_TOKEN is unset.
 */
export function replayRouteFor(env: Env, receiver: Receiver): ReplayHandler | undefined {
  if (!env.REPLAY_TOKEN) return undefined;
  let route = routes.get(env);
  if (!route) routes.set(env, (route = createRoute(env, receiver)));
  return route;
}

type ReplayHandler = (request: Request) => Promise<Response | undefined>;

// One route per set of bindings, as for the receiver: it holds the prepared token digest.
const routes = new WeakMap<Env, ReplayHandler>();

function createRoute(env: Env, receiver: Receiver): ReplayHandler {
  // A misconfiguration fails every request (500), as a wrong INVALID_CALLBACKS does, rather than silently opening the route to CI's token.
  if (listSetting(env.CI_TOKENS).includes(env.REPLAY_TOKEN!)) throw new TypeError('REPLAY_TOKEN must differ from every callback token in CI_TOKENS');
  return replayRoute({
    token: env.REPLAY_TOKEN!,
    receiver,
    source: r2ReplaySource(env.ARCHIVE),
    other: (options) => (options.prefix.startsWith('dead-letter/') ? requeueDeadLetters(env, options) : Promise.resolve(undefined)),
  });
}

/** Sends each dead letter under the prefix back to the events queue (a dry run only lists them). */
async function requeueDeadLetters(env: Env, options: { prefix: string; dryRun: boolean; limit?: number; cursor?: string }): Promise<ReplayReport> {
  const limit = options.limit ?? MAX_REPLAY_BATCH;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_REPLAY_BATCH) throw new RangeError(`replay: limit must be 1 to ${MAX_REPLAY_BATCH}`);
  const page = await env.ARCHIVE.list({ prefix: options.prefix, limit, ...(options.cursor ? { cursor: options.cursor } : {}) });
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
      results.push({ key, outcome: 'refused', status: 400, error: { code: 'NOT_A_RELAY_MESSAGE', message: 'a dead letter that is not a relay message; read it by hand' } });
      continue;
    }
    const { id, keys } = message as RelayMessage;
    if (!options.dryRun) await env.EVENTS.send(message as RelayMessage);
    results.push({ key, outcome: options.dryRun ? 'would-forward' : 'forwarded', status: 200, id, keys });
  }
  return { prefix: options.prefix, dryRun: options.dryRun, results, ...(page.truncated ? { cursor: page.cursor } : {}) };
}
