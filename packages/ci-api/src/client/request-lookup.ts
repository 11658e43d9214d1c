import { excerpt, isCallbackError, type LookupEventName, type LookupResult, parseLookup } from '@wanxiang/core';
import { CiApiError, CiApiErrorCode } from '../errors/ci-api-error.js';
import { cosAuthorization } from '../signing/cos-authorization.js';
import { MAX_ERROR_BODY_BYTES, readCiErrorBody } from './ci-error-body.js';
import { type CiTarget, checkTarget } from './ci-target.js';
import { type CredentialsSource, resolveCredentials } from './credentials.js';
import { startDeadline } from './deadline.js';
import { readBounded } from './read-bounded.js';

/** How a client makes its requests: {@link CiClientOptions} with the defaults filled in. */
export interface LookupConfig {
  credentials: CredentialsSource;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  endpoint: (target: CiTarget) => string;
  timeoutMs: number;
  maxBytes: number;
}

/** Seconds a request's signature is valid: long enough for clock skew, short enough to be useless if logged. */
export const SIGNATURE_SECONDS = 600;

/**
 * One signed `GET` of CI's API, read within the deadline and `maxBytes` and parsed as
 * `eventName`'s lookup answer. `what` names the request in error messages.
 *
 * @throws CiApiError for every way the lookup fails; the caller's abort reason as it is; TypeError
 *   for a bad target, endpoint or credentials.
 */
export async function requestLookup(config: LookupConfig, target: CiTarget, pathname: string, eventName: LookupEventName, callerSignal?: AbortSignal): Promise<LookupResult> {
  const { bucket, region } = checkTarget(target);
  const url = endpointUrl(config.endpoint({ bucket, region }), pathname);
  const what = `GET ${pathname} of ${bucket} (${region})`;
  const deadline = startDeadline(config.timeoutMs, callerSignal);
  const fail = (code: CiApiErrorCode, message: string, details: ConstructorParameters<typeof CiApiError>[2] = {}) => new CiApiError(code, `${what}: ${message}`, details);
  // An abort is the deadline's (a typed timeout) or the caller's (its own reason, as fetch does).
  const aborted = (error: unknown): unknown => {
    if (deadline.timedOut()) return fail(CiApiErrorCode.LOOKUP_TIMEOUT, `no complete answer within ${config.timeoutMs} ms`, { cause: error });
    if (callerSignal?.aborted) return callerSignal.reason;
    return undefined;
  };
  try {
    const credentials = await deadline.race(resolveCredentials(config.credentials));
    const headers: Record<string, string> = {
      authorization: await cosAuthorization({ ...credentials, method: 'GET', pathname, headers: { host: url.host }, expires: SIGNATURE_SECONDS }),
    };
    if (credentials.sessionToken !== undefined) headers['x-ci-security-token'] = credentials.sessionToken;

    let response: Response;
    try {
      // No redirects: a signed request is for this host only.
      response = await deadline.race(config.fetch(url.href, { method: 'GET', headers, signal: deadline.signal, redirect: 'manual' }));
    } catch (error) {
      throw aborted(error) ?? fail(CiApiErrorCode.LOOKUP_FAILED, `network failure: ${excerpt(error instanceof Error ? error.message : String(error), 200)}`, { cause: error });
    }
    const status = response.status;
    const headerRequestId = response.headers.get('x-ci-request-id') ?? undefined;
    const body = await readBounded(response, response.ok ? config.maxBytes : Math.min(config.maxBytes, MAX_ERROR_BODY_BYTES), deadline).catch((error: unknown) => {
      throw (
        aborted(error) ??
        fail(CiApiErrorCode.LOOKUP_FAILED, `the answer (${status}) could not be read: ${excerpt(error instanceof Error ? error.message : String(error), 200)}`, { status, cause: error })
      );
    });

    if (!response.ok) {
      const ci = body.bytes ? readCiErrorBody(body.bytes) : {};
      const requestId = ci.requestId ?? (headerRequestId === undefined ? undefined : excerpt(headerRequestId, 96));
      // A 404 is CI saying it has no such record only in CI's own error body: a proxy's or a
      // misrouted endpoint's 404 would otherwise refuse a genuine callback for good (403).
      const notFound = status === 404 && ci.code !== undefined;
      const code = status === 401 || status === 403 ? CiApiErrorCode.LOOKUP_UNAUTHORIZED : notFound ? CiApiErrorCode.LOOKUP_NOT_FOUND : CiApiErrorCode.LOOKUP_FAILED;
      const said = [ci.code, ci.message].filter((part) => part !== undefined).join(': ');
      throw fail(code, `CI answered ${status}${said === '' ? '' : ` ${said}`}${requestId === undefined ? '' : ` (RequestId ${requestId})`}`, { status, ciCode: ci.code, requestId });
    }
    const requestId = headerRequestId === undefined ? undefined : excerpt(headerRequestId, 96);
    if (body.tooLarge) throw fail(CiApiErrorCode.LOOKUP_FAILED, `the answer is larger than maxBytes (${config.maxBytes})`, { status, requestId });
    try {
      return parseLookup(body.bytes, eventName, { contentType: response.headers.get('content-type'), maxBytes: config.maxBytes });
    } catch (error) {
      if (!isCallbackError(error)) throw error;
      throw fail(CiApiErrorCode.LOOKUP_FAILED, `the answer is not a CI lookup answer (${error.code}): ${error.message}`, { status, requestId, issues: error.issues, cause: error });
    }
  } catch (error) {
    if (error instanceof CiApiError || error instanceof TypeError) throw error;
    throw aborted(error) ?? error;
  } finally {
    deadline.dispose();
  }
}

/**
 * The request URL: the endpoint's origin and `pathname`.
 *
 * @throws TypeError for an endpoint that is not an http(s) origin (credentials, a path, a query).
 */
function endpointUrl(endpoint: string, pathname: string): URL {
  let base: URL;
  try {
    base = new URL(endpoint);
  } catch {
    throw new TypeError('CI API: endpoint() must return an absolute http(s) URL');
  }
  if (
    (base.protocol !== 'https:' && base.protocol !== 'http:') ||
    base.username !== '' ||
    base.password !== '' ||
    (base.pathname !== '/' && base.pathname !== '') ||
    base.search !== '' ||
    base.hash !== ''
  ) {
    throw new TypeError('CI API: endpoint() must return an http(s) origin, without credentials, path or query');
  }
  return new URL(pathname, base.origin);
}
