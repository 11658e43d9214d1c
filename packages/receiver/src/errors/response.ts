import type { WanxiangError } from '@wanxiang/core';
import { statusOf } from './status.js';

/** How long CI should wait before delivering again after a 503: the forwarder gets time to recover. */
export const RETRY_AFTER_SECONDS = 30;

/** A JSON response with `cache-control: no-store` (answers describe one request only). */
export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/**
 * `{ code, message, issues }` with the status of the error's code and the headers that status
 * requires (`Allow` with 405, `Retry-After` with 503): what a refused request learns. Messages
 * never hold the token.
 */
export function errorResponse(error: WanxiangError): Response {
  const status = statusOf(error);
  const headers: Record<string, string> = {};
  if (status === 405) headers.allow = 'POST';
  if (status === 503) headers['retry-after'] = String(RETRY_AFTER_SECONDS);
  return jsonResponse(status, { code: error.code, message: error.message, issues: error.issues }, headers);
}
