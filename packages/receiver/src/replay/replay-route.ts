import { jsonResponse } from '../errors/response.js';
import { createTokenVerifier, MIN_TOKEN_LENGTH } from '../inbound/token.js';
import type { Receiver } from '../receiver.js';
import { climbs, isReplayablePrefix, openCursor, REPLAYABLE_PREFIXES, type ReplayReport, type ReplaySource, replayArchive, replayLimit, sealCursor } from './replay-archive.js';
import { ReplayErrorCode } from './replay-error-code.js';

/** What a folder's own replay gets: the query, checked (`limit` in range, `cursor` its source's own). */
export interface FolderReplayOptions {
  prefix: string;
  dryRun: boolean;
  limit: number;
  cursor?: string;
}

export interface ReplayRouteOptions {
  /**
   * The admin token, its own secret: never one of the callback tokens, which sit in CI's
   * console and in the callback URL. At least 16 characters.
   */
  token: string;
  receiver: Pick<Receiver, 'replay'>;
  source: ReplaySource;
  /** Default `/admin/replay`. */
  path?: string;
  /**
   * Folders replayed otherwise than as raw bodies, by prefix (`{ 'dead-letter/': requeue }`: queue
   * messages that spent their retries go back on the queue). Each answers its report with its
   * source's own cursor; the route binds it to the prefix.
   */
  folders?: Record<string, (options: FolderReplayOptions) => Promise<ReplayReport>>;
}

const PARAMETERS = new Set(['prefix', 'dry-run', 'limit', 'cursor']);
const DRY_RUN: Record<string, boolean> = { '': false, '0': false, false: false, '1': true, true: true };

/**
 * The replay admin route: `POST /admin/replay?prefix=rejected/&dry-run=1` with
 * `Authorization: Bearer <token>` replays the kept bodies under `prefix` (see
 * {@link replayArchive}) and answers the report as JSON. Query parameters: `prefix`
 * (required), `dry-run` (`1`/`true` or `0`/`false`), `limit` (1–100), `cursor` (from the last
 * report); any other parameter or value is a 400, so a misspelt dry run never replays.
 *
 * Answers `undefined` for any other path, so the app can hand the request on to the receiver.
 * The token travels in a header, not the URL, so it stays out of access logs; it is compared in
 * constant time. The route reads only what the archive holds, never a body from the request: a
 * leaked admin token can re-send kept bodies, which the ledger delivers at most once, but cannot
 * make up an event.
 *
 * @throws TypeError when the token is shorter than 16 characters.
 */
export function replayRoute(options: ReplayRouteOptions): (request: Request) => Promise<Response | undefined> {
  if (typeof options.token !== 'string' || options.token.length < MIN_TOKEN_LENGTH) {
    throw new TypeError(`replayRoute: the admin token must be a string of at least ${MIN_TOKEN_LENGTH} characters`);
  }
  const verify = createTokenVerifier([options.token]);
  const path = options.path ?? '/admin/replay';
  const folders = Object.entries(options.folders ?? {});
  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== path) return undefined;
    if (request.method !== 'POST') return jsonResponse(405, { code: 'METHOD_NOT_ALLOWED', message: 'POST to replay' }, { allow: 'POST' });
    const bearer = /^Bearer +(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!(await verify(bearer))) return jsonResponse(401, { code: 'UNAUTHORIZED', message: 'Authorization: Bearer <admin token> is required' }, { 'www-authenticate': 'Bearer' });
    try {
      const query = parseQuery(url.searchParams);
      const folder = !climbs(query.prefix) && folders.find(([prefix]) => query.prefix.startsWith(prefix));
      if (folder) {
        const { cursor, ...rest } = query;
        const report = await folder[1]({ ...rest, ...(cursor ? { cursor: openCursor(query.prefix, cursor) } : {}) });
        return jsonResponse(200, { ...report, ...(report.cursor ? { cursor: sealCursor(query.prefix, report.cursor) } : {}) });
      }
      if (!isReplayablePrefix(query.prefix)) throw new RangeError(`replay: the prefix must start with one of ${[...REPLAYABLE_PREFIXES, ...folders.map(([prefix]) => prefix)].join(', ')}`);
      return jsonResponse(200, await replayArchive(options.receiver, options.source, query));
    } catch (error) {
      if (error instanceof RangeError) return jsonResponse(400, { code: ReplayErrorCode.INVALID_REPLAY, message: error.message });
      // The archive's own error is not echoed: it may name buckets or paths.
      return jsonResponse(502, { code: ReplayErrorCode.SOURCE_FAILED, message: 'the archive could not be listed; try again' });
    }
  };
}

/**
 * The query, checked.
 *
 * @throws RangeError naming what is wrong.
 */
function parseQuery(params: URLSearchParams): FolderReplayOptions {
  for (const name of params.keys()) if (!PARAMETERS.has(name)) throw new RangeError(`replay: unknown parameter ${JSON.stringify(name.slice(0, 40))} (prefix, dry-run, limit, cursor)`);
  for (const name of PARAMETERS) if (params.getAll(name).length > 1) throw new RangeError(`replay: ${name} is given twice`);
  const dryRun = DRY_RUN[(params.get('dry-run') ?? '').toLowerCase()];
  if (dryRun === undefined) throw new RangeError('replay: dry-run must be 1, true, 0 or false');
  const limitText = params.get('limit');
  if (limitText !== null && !/^\d{1,4}$/.test(limitText)) throw new RangeError('replay: limit must be a whole number');
  const limit = replayLimit(limitText === null ? undefined : Number(limitText));
  const cursor = params.get('cursor');
  return { prefix: params.get('prefix') ?? '', dryRun, limit, ...(cursor ? { cursor } : {}) };
}
