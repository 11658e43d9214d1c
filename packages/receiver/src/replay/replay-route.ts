import { jsonResponse } from '../errors/response.js';
import { createTokenVerifier, MIN_TOKEN_LENGTH } from '../inbound/token.js';
import type { Receiver } from '../receiver.js';
import { replayArchive, type ReplayReport, type ReplaySource } from './replay-archive.js';

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
  /** Replays what is not a raw body (dead letters): the route hands it any prefix {@link replayArchive} refuses. */
  other?: (options: { prefix: string; dryRun: boolean; limit?: number; cursor?: string }) => Promise<ReplayReport | undefined>;
}

/**
 * The replay admin route: `POST /admin/replay?prefix=rejected/&dry-run=1` with
 * `Authorization: Bearer <token>` replays the kept bodies under `prefix` (see
 * {@link replayArchive}) and answers the report as JSON. Query parameters: `prefix`
 * (required), `dry-run` (`1` or `true`), `limit` (1–100), `cursor` (from the last report).
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
  return async (request) => {
    const url = new URL(request.url);
    if (url.pathname !== path) return undefined;
    if (request.method !== 'POST') return jsonResponse(405, { code: 'METHOD_NOT_ALLOWED', message: 'POST to replay' }, { allow: 'POST' });
    const header = request.headers.get('authorization') ?? '';
    const bearer = /^Bearer +(.+)$/i.exec(header)?.[1];
    if (!(await verify(bearer))) return jsonResponse(401, { code: 'UNAUTHORIZED', message: 'Authorization: Bearer <admin token> is required' }, { 'www-authenticate': 'Bearer' });
    const prefix = url.searchParams.get('prefix') ?? '';
    const dryRun = ['1', 'true'].includes(url.searchParams.get('dry-run') ?? '');
    const limitText = url.searchParams.get('limit');
    const cursor = url.searchParams.get('cursor') ?? undefined;
    const settings = { prefix, dryRun, ...(limitText ? { limit: Number(limitText) } : {}), ...(cursor ? { cursor } : {}) };
    try {
      const report = (await options.other?.(settings)) ?? (await replayArchive(options.receiver, options.source, settings));
      return jsonResponse(200, report);
    } catch (error) {
      if (error instanceof RangeError) return jsonResponse(400, { code: 'INVALID_REPLAY', message: error.message });
      throw error;
    }
  };
}
