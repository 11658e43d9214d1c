import { EXCERPT_SUFFIX_LENGTH, excerpt } from './excerpt.js';

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
  /** The body uses more distinct element or key names than `maxNames`. */
  TOO_MANY_NAMES: 'TOO_MANY_NAMES',
  /** Well-formed, but not a callback of a documented shape; see `issues`. */
  INVALID_CALLBACK: 'INVALID_CALLBACK',
} as const;

/** One of the stable {@link CallbackErrorCode} values. */
export type CallbackErrorCode = (typeof CallbackErrorCode)[keyof typeof CallbackErrorCode];

/**
 * The most issues an error lists. A hostile body can hold an issue per list item (100,000 wrong
 * jobs in 4 MiB); past the first 100 only their number is kept, in `issueCount`, so the error and
 * the HTTP answer made from it stay small whatever the body.
 */
export const MAX_ISSUES = 100;

/**
 * The most characters of an error's `message` and of each issue's `message` and `path`. Body text
 * quoted in them is excerpted and its control and bidirectional characters escaped; this is the
 * bound on the whole.
 */
export const MAX_MESSAGE_LENGTH = 1024;

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
  /** The first {@link MAX_ISSUES} issues found, each with a bounded `path` and `message`. */
  readonly issues: CallbackIssue[];
  /** How many issues were found in all; more than `issues.length` when the list was cut. */
  readonly issueCount: number;

  /**
   * `message`, and each issue's `path` and `message`, are bounded to {@link MAX_MESSAGE_LENGTH}
   * characters with unsafe characters escaped, and `issues` is cut to {@link MAX_ISSUES}, here
   * where every error is made, so no code path can forget it. `options.issueCount` is the total
   * when the caller counted more issues than it kept.
   */
  constructor(code: TCode, message: string, issues?: CallbackIssue[], options?: { cause?: unknown; issueCount?: number }) {
    const bounded = bound(message);
    super(bounded, options);
    this.name = 'WanxiangError';
    this.code = code;
    const given = issues ?? [{ path: '', message: bounded }];
    const kept: CallbackIssue[] = [];
    for (let i = 0; i < given.length && i < MAX_ISSUES; i++) {
      kept.push({ path: bound(String(given[i]!.path)), message: bound(String(given[i]!.message)) });
    }
    this.issues = kept;
    this.issueCount = Math.max(options?.issueCount ?? given.length, kept.length);
  }
}

/** `text` within {@link MAX_MESSAGE_LENGTH} characters, unsafe characters escaped (internal, not exported by the package). */
export function bound(text: string): string {
  return excerpt(text, MAX_MESSAGE_LENGTH - EXCERPT_SUFFIX_LENGTH);
}

/**
 * The one error type the core throws: the body is not a callback it can deliver. `code` is
 * stable; `issues` lists the problems found with their dotted paths (one entry for syntax
 * errors, one per field for schema errors, at most {@link MAX_ISSUES}; `issueCount` is the total).
 */
export class CallbackError extends WanxiangError<CallbackErrorCode> {
  constructor(code: CallbackErrorCode, message: string, issues?: CallbackIssue[], issueCount?: number) {
    super(code, message, issues, { issueCount });
    this.name = 'CallbackError';
  }
}

/** True for a {@link CallbackError}, also across realms and bundle copies (checks the shape, not the prototype). */
export function isCallbackError(error: unknown): error is CallbackError {
  return (
    error instanceof CallbackError || (error instanceof Error && error.name === 'CallbackError' && typeof (error as CallbackError).code === 'string' && Array.isArray((error as CallbackError).issues))
  );
}
