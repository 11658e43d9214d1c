/**
 * CI signs nothing, so the callback URL carries a shared secret: `/ci/<token>` (last path
 * segment) or `?token=<token>`. Candidates are compared in constant time by comparing HMACs
 * (keyed with a random per-process key) of both sides, so neither timing nor length leaks.
 */

/** The token a callback URL carries: `?token=` when present, else the last non-empty path segment. */
export function tokenFromUrl(url: string): string | undefined {
  const parsed = new URL(url);
  const query = parsed.searchParams.get('token');
  if (query) return query;
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  const last = segments[segments.length - 1];
  if (last === undefined) return undefined;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Shortest accepted token: anything shorter is guessable over the network. */
export const MIN_TOKEN_LENGTH = 16;

/**
 * A function telling whether a candidate is one of `tokens` (several at once, for rotation).
 *
 * @throws TypeError when `tokens` is empty or holds a token shorter than {@link MIN_TOKEN_LENGTH}.
 */
export function createTokenVerifier(tokens: readonly string[]): (candidate: string | undefined) => Promise<boolean> {
  if (!Array.isArray(tokens) || tokens.length === 0) {
    throw new TypeError('createReceiver: `tokens` must list at least one token');
  }
  for (const [index, token] of tokens.entries()) {
    if (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH) {
      // Never echo the token itself.
      throw new TypeError(`createReceiver: tokens[${index}] must be a string of at least ${MIN_TOKEN_LENGTH} characters`);
    }
  }
  let prepared: Promise<{ key: CryptoKey; digests: Uint8Array[] }> | undefined;
  const prepare = async () => {
    const key = await crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    return { key, digests: await Promise.all(tokens.map((token) => hmac(key, token))) };
  };
  return async (candidate) => {
    if (!candidate) return false;
    prepared ??= prepare();
    const { key, digests } = await prepared;
    const digest = await hmac(key, candidate);
    let matched = false;
    // Every configured token is compared, so the time does not tell which one matched.
    for (const expected of digests) matched = equalInConstantTime(digest, expected) || matched;
    return matched;
  };
}

const encoder = new TextEncoder();

async function hmac(key: CryptoKey, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/** Compares two equal-length digests without an early exit. */
function equalInConstantTime(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ (b[i] ?? 0);
  return difference === 0;
}
