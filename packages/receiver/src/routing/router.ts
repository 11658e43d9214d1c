import { type CallbackEvent, type Deviations, isTaskFinish, type JobMap, type KnownTag, type ReviewEventName, type ReviewEventOf, type TaskFinishEvent, type WanxiangError } from '@wanxiang/core';

/** Every `EventName` with a typed event. */
export type KnownEventName = 'TaskFinish' | 'WorkflowFinish' | ReviewEventName;

/** The typed event for each name: `EventMap['ReviewImage']` is both moderation shapes of an image result. */
// A Simple result's `EventName` is the union of every kind, so `Extract` alone would drop it from
// each kind's entry; ReviewEventOf pairs each kind with its Simple shape.
export type EventMap = { [N in KnownEventName]: N extends ReviewEventName ? ReviewEventOf<N> : Extract<CallbackEvent, { EventName: N }> };

// The typed job for each Tag is the core's JobMap (`JobMap['Transcode']` is the Transcode job);
// the index re-exports it, so handlers can name it from either package.
export type { JobMap };

/** What every handler learns besides the event. */
export interface EventContext {
  /** The delivery's idempotency key (the Standard Webhooks `webhook-id` downstream). */
  id: string;
  /** One idempotency key per job (`JobId:State`), the workflow `RunId`, or the moderation `JobId`. */
  keys: readonly string[];
  /** What the lenient reading moved out of the event (see `Delivery.deviations`); absent for a valid one. */
  deviations?: Deviations;
  /** When the request was read (ISO 8601, UTC). */
  receivedAt: string;
}

/** What a Tag handler learns besides its job. */
export interface JobContext extends EventContext {
  /** The TaskFinish event the job came in. */
  event: TaskFinishEvent;
  /** This job's idempotency key (`JobId:State`). */
  key: string;
}

/** What an error handler learns: the status answered and, when the body was parsed, the event's ids. */
export interface ErrorContext {
  /** The HTTP status the receiver answered; absent for failures that did not decide it (archive, handlers). */
  status?: number;
  receivedAt: string;
  /** The delivery id, when the body was parsed far enough to have one. */
  id?: string;
}

export type EventHandler<N extends KnownEventName> = (event: EventMap[N], context: EventContext) => unknown;
export type JobHandler<T extends KnownTag> = (job: JobMap[T], context: JobContext) => unknown;
export type AnyHandler = (event: CallbackEvent, context: EventContext) => unknown;
export type ErrorHandler = (error: WanxiangError, context: ErrorContext) => unknown;

/** The handlers registered with `on`, `onAny` and `onError`, and their dispatch. */
export class Router {
  readonly #byName = new Map<string, ((...args: never[]) => unknown)[]>();
  readonly #any: AnyHandler[] = [];
  readonly #errors: ErrorHandler[] = [];

  on(nameOrTag: string, handler: (...args: never[]) => unknown): void {
    if (typeof handler !== 'function') throw new TypeError(`on(${JSON.stringify(nameOrTag)}): the handler must be a function`);
    const list = this.#byName.get(nameOrTag) ?? [];
    list.push(handler);
    this.#byName.set(nameOrTag, list);
  }

  onAny(handler: AnyHandler): void {
    if (typeof handler !== 'function') throw new TypeError('onAny: the handler must be a function');
    this.#any.push(handler);
  }

  onError(handler: ErrorHandler): void {
    if (typeof handler !== 'function') throw new TypeError('onError: the handler must be a function');
    this.#errors.push(handler);
  }

  /** Whether any `on`/`onAny` handler is registered: without one, a delivery has nothing to dispatch. */
  hasHandlers(): boolean {
    return this.#byName.size > 0 || this.#any.length > 0;
  }

  /** Runs every matching handler, in registration order: the event's name, then each job's Tag, then `onAny`. Resolves with what they threw. */
  async dispatch(event: CallbackEvent, context: EventContext): Promise<unknown[]> {
    const failures: unknown[] = [];
    const run = async (handler: (...args: never[]) => unknown, ...args: unknown[]) => {
      try {
        await (handler as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        failures.push(error);
      }
    };
    for (const handler of this.#byName.get(String(event.EventName)) ?? []) await run(handler, event, context);
    if (isTaskFinish(event)) {
      for (const [index, job] of event.JobsDetail.entries()) {
        const jobContext: JobContext = { ...context, event, key: context.keys[index] ?? context.id };
        for (const handler of this.#byName.get(String(job.Tag)) ?? []) await run(handler, job, jobContext);
      }
    }
    for (const handler of this.#any) await run(handler, event, context);
    return failures;
  }

  /** The `onError` handlers, in registration order (run by the error reporter, each with its deadline). */
  errorHandlers(): readonly ErrorHandler[] {
    return [...this.#errors];
  }
}
