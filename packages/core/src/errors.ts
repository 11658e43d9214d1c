/**
 * Stable error codes. They are part of the public contract: receivers map them to HTTP
 * statuses and users branch on them, so a code is never renamed or reused.
 */
export const CallbackErrorCode = {
  /** The body is empty or only whitespace. */
  EMPTY_BODY: 'EMPTY_BODY',
  /** The body is larger than `maxBytes`. */
  BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  /** The content type or first character says neither XML nor JSON. */
  UNSUPPORTED_FORMAT: 'UNSUPPORTED_FORMAT',
  /** The body is not a well-formed XML document (or is not valid UTF-8). */
  MALFORMED_XML: 'MALFORMED_XML',
  /** The body is not valid JSON (or is not valid UTF-8). */
  MALFORMED_JSON: 'MALFORMED_JSON',
  /** Elements or values are nested deeper than `maxDepth`. */
  TOO_DEEP: 'TOO_DEEP',
  /** Well-formed, but not a callback of a documented shape; see `issues`. */
  INVALID_CALLBACK: 'INVALID_CALLBACK',
} as const;

/** One of the stable {@link CallbackErrorCode} values. */
export type CallbackErrorCode = (typeof CallbackErrorCode)[keyof typeof CallbackErrorCode];

/** One problem found in a body, at a dotted path such as `JobsDetail.0.Operation.MediaInfo.Format.Duration`. */
export interface CallbackIssue {
  /** Dotted path from the event root; array positions are numbers. Empty for the whole body. */
  path: string;
  /** What is wrong there, in plain words. */
  message: string;
}

/**
 * The root of every error wanxiang throws or reports, in every package: a stable `code` and
 * the `issues` found, each at a dotted path. Branch on `code`, not on the message.
 */
export class WanxiangError<TCode extends string = string> extends Error {
  readonly code: TCode;
  readonly issues: CallbackIssue[];

  constructor(code: TCode, message: string, issues?: CallbackIssue[], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'WanxiangError';
    this.code = code;
    this.issues = issues ?? [{ path: '', message }];
  }
}

/**
 * The one error type the core throws: the body is not a callback it can deliver. `code` is
 * stable; `issues` lists every problem found with its dotted path (one entry for syntax
 * errors, one per field for schema errors).
 */
export class CallbackError extends WanxiangError<CallbackErrorCode> {
  constructor(code: CallbackErrorCode, message: string, issues?: CallbackIssue[]) {
    super(code, message, issues);
    this.name = 'CallbackError';
  }
}

/** True for a {@link CallbackError}, also across realms and bundle copies (checks the shape, not the prototype). */
export function isCallbackError(error: unknown): error is CallbackError {
  return (
    error instanceof CallbackError ||
    (error instanceof Error &&
      error.name === 'CallbackError' &&
      typeof (error as CallbackError).code === 'string' &&
      Array.isArray((error as CallbackError).issues))
  );
}
