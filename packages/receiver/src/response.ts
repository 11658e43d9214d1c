import type { WanxiangError } from '@wanxiang/core';

/** A JSON response with `cache-control: no-store` (answers describe one request only). */
export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

/** `{ code, message, issues }`: what a refused request learns. Messages never hold the token. */
export function errorResponse(status: number, error: WanxiangError, headers?: Record<string, string>): Response {
  return jsonResponse(status, { code: error.code, message: error.message, issues: error.issues }, headers);
}
