/** Options of {@link parseCallback} and {@link safeParseCallback}. */
export interface ParseOptions {
  /**
   * The request's `Content-Type`. `application/xml`/`text/xml`/`+xml` read XML and
   * `application/json`/`+json` read JSON, strictly: JSON sent as XML is `MALFORMED_XML`. When it
   * is absent or generic (`text/plain`, `application/octet-stream`,
   * `application/x-www-form-urlencoded` as `curl -d` sends), the first non-whitespace character
   * after an optional BOM decides. Any other type, or a charset other than UTF-8, is
   * `UNSUPPORTED_FORMAT`.
   */
  contentType?: string | null;
  /**
   * The `X-Ci-Content-Version` header of content-moderation callbacks: `Simple`
   * (`code`/`message`/`data`) or `Detail` (`EventName` + `JobsDetail`). When given, the body
   * must have that shape; when absent, the shape decides.
   */
  contentVersion?: string | null;
  /** Largest accepted body in bytes (UTF-8). Default 4 MiB. */
  maxBytes?: number;
  /** Deepest accepted nesting of elements, objects or arrays. Default 64. */
  maxDepth?: number;
  /**
   * Most distinct element or key names a body may use (each name counted once, however often it
   * occurs). Default 1,024.
   */
  maxNames?: number;
}

/** Default body-size limit: 4 MiB, far above any documented callback (the largest is ~9 KB). */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

/** Default nesting limit: the deepest documented callback nests 9 levels. */
export const DEFAULT_MAX_DEPTH = 64;

/**
 * Default limit on distinct names: the most any documented callback uses is 83 (a moderation
 * result's `cos_headers` adds the object's user metadata, which COS caps at 2 KB).
 */
export const DEFAULT_MAX_NAMES = 1024;
