import { CallbackError, excerpt, formatFromContentType, type WanxiangError } from '@wanxiang/core';
import { ReceiverError } from '../errors/receiver-error.js';
import { readRequestBody } from './read-request-body.js';
import { tokenFromUrl } from './token.js';

/** What admitting a request needs. */
export interface Admission {
  verifyToken: (candidate: string | undefined) => Promise<boolean>;
  maxBytes: number;
  bodyTimeoutMs: number;
}

/** A request let in: its body bytes, exactly as sent, and the headers the parser needs. */
export interface Admitted {
  raw: Uint8Array<ArrayBuffer>;
  contentType: string | null;
  contentVersion: string | null;
}

/**
 * The inbound checks, in order: method, token, content type, size, body. Nothing is read before
 * the token is checked. Resolves with the body, or with the error that refuses the request.
 */
export async function admitRequest(request: Request, admission: Admission): Promise<Admitted | WanxiangError> {
  if (request.method !== 'POST') {
    return new ReceiverError('METHOD_NOT_ALLOWED', `${excerpt(request.method)} is not accepted: CI posts callbacks`);
  }
  if (!(await admission.verifyToken(tokenOf(request)))) {
    return new ReceiverError('UNAUTHORIZED', 'The callback URL carries no valid token');
  }
  const contentType = request.headers.get('content-type');
  try {
    formatFromContentType(contentType);
  } catch (error) {
    if (error instanceof CallbackError) return error;
    throw error;
  }
  try {
    const raw = await readRequestBody(request, { maxBytes: admission.maxBytes, timeoutMs: admission.bodyTimeoutMs });
    return { raw, contentType, contentVersion: request.headers.get('x-ci-content-version') };
  } catch (error) {
    if (error instanceof CallbackError || error instanceof ReceiverError) return error;
    throw error;
  }
}

function tokenOf(request: Request): string | undefined {
  try {
    return tokenFromUrl(request.url);
  } catch {
    return undefined;
  }
}
