/** When a signature is valid: a `keyTime` as the header carries it, or a start and a length. */
export interface KeyTimeOptions {
  /** `<start>;<end>` in Unix seconds, as `q-key-time` carries it; overrides `startTime` and `expires`. */
  keyTime?: string;
  /** Unix seconds from which the signature is valid. Default: now, less one second for clock skew. */
  startTime?: number;
  /** Seconds it stays valid from `startTime`. Default 900, as Tencent's SDKs sign. */
  expires?: number;
}

/** Default validity of a signature, in seconds: Tencent's SDKs sign for 900. */
export const DEFAULT_EXPIRES_SECONDS = 900;

/**
 * The `q-key-time` of these options.
 *
 * @throws TypeError when `keyTime` is not `<start>;<end>` with start ≤ end, or the times are not whole seconds.
 */
export function keyTimeOf(options: KeyTimeOptions): string {
  if (options.keyTime !== undefined) {
    const match = /^(\d{1,12});(\d{1,12})$/.exec(options.keyTime);
    if (!match || Number(match[1]) > Number(match[2])) throw new TypeError('cosAuthorization: keyTime must be "<start>;<end>" in Unix seconds, start ≤ end');
    return options.keyTime;
  }
  const start = options.startTime ?? Math.floor(Date.now() / 1000) - 1;
  const expires = options.expires ?? DEFAULT_EXPIRES_SECONDS;
  if (!Number.isSafeInteger(start) || start < 0) throw new TypeError('cosAuthorization: startTime must be whole Unix seconds');
  if (!Number.isSafeInteger(expires) || expires < 0) throw new TypeError('cosAuthorization: expires must be whole seconds');
  return `${start};${start + expires}`;
}
