import { createHash } from 'node:crypto';
import type { WanxiangError } from '@wanxiang/core';
import { type Archive, type ArchiveEntry, createReceiver, type Delivery, type ErrorContext, type Logger, type ReceiverOptions } from '../../src/index.js';

/** Two valid tokens (at least 16 characters), as while rotating. */
export const TOKEN = 'tok-0123456789abcdef';
export const OTHER_TOKEN = 'tok-fedcba9876543210';

/** The callback URL CI is configured with. */
export const URL_WITH_TOKEN = `https://hooks.example.com/ci/${TOKEN}`;

/** One TaskFinish job as XML; `fields` replaces the default Input/QueueId part. */
export const jobXml = (jobId = 'j1', state = 'Success', tag = 'Transcode', fields?: string) =>
  `<JobsDetail><Code>Success</Code><JobId>${jobId}</JobId><State>${state}</State><Tag>${tag}</Tag>${
    fields ?? '<QueueId>p1</QueueId><Input><BucketId>bucket-125</BucketId><Region>ap-chongqing</Region><Object>a.mp4</Object></Input>'
  }</JobsDetail>`;

/** A TaskFinish XML body holding the given jobs (one Transcode job `j1` by default). */
export const taskXml = (...jobs: string[]) => `<Response><EventName>TaskFinish</EventName>${jobs.length > 0 ? jobs.join('') : jobXml()}</Response>`;

/** The TaskFinish body of the brief, byte for byte. */
export const TASK_XML = taskXml();

/** A WorkflowFinish JSON body. */
export const workflowJson = (runId = 'run-1', extra: Record<string, string> = { WorkflowId: 'w1', BucketId: 'bucket-125' }) =>
  JSON.stringify({
    EventName: 'WorkflowFinish',
    WorkflowExecution: { RunId: runId, State: 'Success', Object: 'a.mp4', ...extra },
  });

/** A Detail moderation JSON body (send with `X-Ci-Content-Version: Detail`). */
export const reviewImageJson = (jobId = 'si-1') =>
  JSON.stringify({
    EventName: 'ReviewImage',
    JobsDetail: { JobId: jobId, State: 'Success', Object: 'a.jpg', Label: 'Normal', BucketId: 'bucket-125', Region: 'ap-chongqing' },
  });

/** A Simple moderation JSON body that is not the test request. */
export const simpleJson = (traceId = 'trace-1') => JSON.stringify({ code: 0, message: 'OK', data: { trace_id: traceId, url: 'u', event: 'ReviewImage', result: 0, forbidden_status: 0 } });

/** The body CI posts when a callback URL is saved in its console. */
export const TEST_REQUEST_JSON = '{"code":0,"message":"Test request when setting callback url","data":{"trace_id":"test_trace_id","url":"u","result":0,"forbidden_status":0}}';

export interface PostOptions {
  url?: string;
  method?: string;
  contentType?: string | null;
  headers?: Record<string, string>;
}

/** A request as CI sends it: POST to the tokened URL. */
export function post(body: BodyInit | null, options: PostOptions = {}): Request {
  const headers = new Headers(options.headers);
  const contentType = options.contentType === undefined ? guessType(body) : options.contentType;
  if (contentType !== null && !headers.has('content-type')) headers.set('content-type', contentType);
  const init: RequestInit & { duplex?: 'half' } = { method: options.method ?? 'POST', headers, body };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return new Request(options.url ?? URL_WITH_TOKEN, init);
}

function guessType(body: BodyInit | null): string | null {
  if (typeof body !== 'string') return null;
  return body.trimStart().startsWith('<') ? 'application/xml' : 'application/json';
}

export interface LogCall {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields: Record<string, unknown> | undefined;
}

/** A logger that records every call. */
export function recordingLogger(): { logger: Logger; calls: LogCall[] } {
  const calls: LogCall[] = [];
  const at = (level: LogCall['level']) => (message: string, fields?: Record<string, unknown>) => {
    calls.push({ level, message, fields });
  };
  return { logger: { info: at('info'), warn: at('warn'), error: at('error') }, calls };
}

export interface Recorded {
  error: WanxiangError;
  context: ErrorContext;
}

/** A receiver with a recording forwarder, logger, archive (optional) and onError handler. */
export function setup(options: Partial<ReceiverOptions> & { withArchive?: boolean } = {}) {
  const deliveries: Delivery[] = [];
  const archived: ArchiveEntry[] = [];
  const errors: Recorded[] = [];
  /** Every forwarder and archive call, in order. */
  const order: string[] = [];
  const { logger, calls: logs } = recordingLogger();
  const archive: Archive = {
    put: async (entry) => {
      order.push(`archive:${entry.status}`);
      archived.push(entry);
    },
  };
  const { withArchive, ...rest } = options;
  const receiver = createReceiver({
    tokens: [TOKEN],
    forwarder: {
      send: async (delivery) => {
        order.push('forward');
        deliveries.push(delivery);
      },
    },
    logger,
    ...(withArchive ? { archive } : {}),
    ...rest,
  });
  receiver.onError((error, context) => {
    errors.push({ error, context });
  });
  return { receiver, deliveries, archived, errors, logs, order };
}

/** The JSON body of a response. */
export async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

/**
 * A readable byte stream that counts pulls and records cancellation; nothing is read before a
 * reader asks. `endless` repeats the chunks forever; `stall` never ends after the last chunk.
 */
export function recordingStream(chunks: readonly (string | Uint8Array)[], options: { endless?: boolean; stall?: boolean } = {}) {
  const state = { pulls: 0, cancelled: false, cancelReason: undefined as unknown };
  let index = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        state.pulls++;
        const chunk = options.endless ? chunks[index++ % chunks.length] : chunks[index++];
        if (chunk === undefined) {
          if (options.stall) return new Promise<void>(() => {});
          controller.close();
          return;
        }
        controller.enqueue(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk);
        return;
      },
      cancel(reason) {
        state.cancelled = true;
        state.cancelReason = reason;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

/** Everything a value exposes as text: own properties, message, stack, and causes, recursively. */
export function textOf(value: unknown, seen = new Set<unknown>()): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  if (seen.has(value)) return '';
  seen.add(value);
  const parts: string[] = [];
  if (value instanceof Error) parts.push(value.name, value.message, value.stack ?? '', textOf(value.cause, seen));
  for (const key of Object.getOwnPropertyNames(value)) {
    parts.push(key, textOf((value as Record<string, unknown>)[key], seen));
  }
  return parts.join('\n');
}

/** `sha256:` + the hex SHA-256 of `text`'s UTF-8, computed with node:crypto (independently of the receiver). */
export const sha256 = (text: string) => `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;

/** The delivery id of several plain keys (no `%` or `,` in them): the digest of the encoded list under its domain tag. */
export const multiKeyId = (keys: readonly string[]) => sha256(`delivery\n${keys.join(',')}`);
