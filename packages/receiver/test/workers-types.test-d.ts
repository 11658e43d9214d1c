// The README's Worker snippet must compile against the Workers types as they are: a Queue's
// `send` and an R2 bucket's `put` resolve to values (QueueSendResponse, R2Object), not void.
// The signatures below are copied from @cloudflare/workers-types 5.20261117.1 (installed in
// examples/cloudflare-worker; its globals clash with the DOM lib this project checks against, so
// they are not imported here).

import { type Archive, createReceiver, type Delivery, type Forwarder } from '@wanxiang/receiver';
import { describe, expectTypeOf, it } from 'vitest';

type QueueContentType = 'text' | 'bytes' | 'json' | 'v8';
interface QueueSendOptions {
  contentType?: QueueContentType;
  delaySeconds?: number;
}
interface QueueSendResponse {
  metadata: { metrics: { backlogCount: number; backlogBytes: number; oldestMessageTimestamp?: Date } };
}
interface Queue<Body = unknown> {
  send(message: Body, options?: QueueSendOptions): Promise<QueueSendResponse>;
}
declare abstract class R2Object {
  readonly key: string;
  readonly size: number;
  readonly etag: string;
}
interface R2Conditional {
  etagMatches?: string;
}
interface R2PutOptions {
  httpMetadata?: Record<string, string>;
}
interface R2Bucket {
  put(key: string, value: ReadableStream | ArrayBuffer | ArrayBufferView | string | null | Blob, options?: R2PutOptions & { onlyIf: R2Conditional | Headers }): Promise<R2Object | null>;
  put(key: string, value: ReadableStream | ArrayBuffer | ArrayBufferView | string | null | Blob, options?: R2PutOptions): Promise<R2Object>;
}

declare const env: {
  CI_TOKEN: string;
  EVENTS: Queue<{ id: string; event: Delivery['event'] }>;
  ARCHIVE: R2Bucket;
};

describe('Forwarder and Archive accept the Workers bindings as they are typed', () => {
  it('compiles the README snippet: the lambdas return the bindings’ own promises', () => {
    const receiver = createReceiver({
      tokens: [env.CI_TOKEN],
      forwarder: { send: (delivery) => env.EVENTS.send({ id: delivery.id, event: delivery.event }) },
      archive: { put: (entry) => env.ARCHIVE.put(entry.key, entry.raw) },
      allow: { BucketId: ['examplebucket-1250000000'] },
    });
    expectTypeOf(receiver.fetch).returns.resolves.toEqualTypeOf<Response>();
  });

  it('takes them as standalone Forwarder and Archive values too', () => {
    const forwarder: Forwarder = { send: (delivery) => env.EVENTS.send({ id: delivery.id, event: delivery.event }) };
    const archive: Archive = { put: (entry) => env.ARCHIVE.put(entry.key, entry.raw, { httpMetadata: {} }) };
    expectTypeOf(forwarder.send).returns.toEqualTypeOf<Promise<unknown>>();
    expectTypeOf(archive.put).returns.toEqualTypeOf<Promise<unknown>>();
  });

  it('still takes async functions that resolve to nothing', () => {
    const sent: Delivery[] = [];
    const forwarder: Forwarder = {
      async send(delivery) {
        sent.push(delivery);
      },
    };
    const archive: Archive = { put: async () => {} };
    expectTypeOf(forwarder).toMatchTypeOf<Forwarder>();
    expectTypeOf(archive).toMatchTypeOf<Archive>();
  });

  it('asks for a promise: the receiver answers 200 only once it resolves', () => {
    // @ts-expect-error a synchronous send says nothing about when the event is durable
    const forwarder: Forwarder = { send: (delivery: Delivery) => delivery.id };
    expectTypeOf(forwarder).not.toBeAny();
  });
});
