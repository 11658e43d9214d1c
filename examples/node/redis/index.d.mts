// Types of the Redis Streams relay (index.mjs), for TypeScript callers such as the tests.
import type { Delivery, Forwarder, Ledger, RawBodyStore } from '@wanxiang/receiver';
import type { createClient } from 'redis';

/** A connected node-redis client. */
export type RedisClient = ReturnType<typeof createClient>;

/**
 * A connected client that fails fast while Redis is unreachable (no offline queue), bounds each
 * command by `commandTimeoutMs`, reconnects on its own, and logs connection errors without the URL.
 */
export function connectRedis(url: string, options?: { name?: string; commandTimeoutMs?: number; onError?: (error: Error) => void }): Promise<RedisClient>;

/** Every key the relay uses under one prefix. */
export interface RelayKeys {
  /** The event stream: the receiver adds to it, the consumer group reads it. */
  stream: string;
  /** The dead-letter stream: messages no attempt delivered. Never trimmed. */
  deadLetters: string;
  /** Where a raw body too large to travel inline is kept, by the forwarder's own random reference. */
  body(ref: string): string;
  /** The delivered marker and the lease of one idempotency key (named by its SHA-256, never its text). */
  ledger(key: string): { delivered: string; lease: string };
}

/**
 * The keys under `prefix` (1–64 of A–Z a–z 0–9 _ . -; default `wanxiang`).
 *
 * @throws TypeError `redis.prefix: …` for any other prefix.
 */
export function relayKeys(prefix?: string): RelayKeys;

/** The relay layer's per-key ledger on Redis: SET NX PX lease, delivered marker for the retention, compare-and-delete release. */
export function redisLedger(client: RedisClient, options?: { prefix?: string; retentionMs?: number }): Ledger;

/** Largest message JSON the forwarder sends inline by default (64 KiB); larger events travel by reference. */
export const REDIS_MAX_INLINE_BYTES: number;

/** Options of {@link redisStreamForwarder}. */
export interface StreamForwarderOptions {
  prefix?: string;
  /** Largest message JSON sent inline. Default {@link REDIS_MAX_INLINE_BYTES}. */
  maxInlineBytes?: number;
  /** How long a referenced raw body is kept (a dead letter's is kept for good). Default 7 days. */
  bodyRetentionMs?: number;
  /** Replicas that must acknowledge (WAIT) before `send` resolves. Default 0. */
  replicas?: number;
  /** How long WAIT may take. Default 2 s. */
  waitTimeoutMs?: number;
}

/** A Forwarder whose `send` resolves to the stream entry id and whether the event travelled inline. */
export interface RedisStreamForwarder extends Forwarder {
  send(delivery: Delivery): Promise<{ id: string; inline: boolean }>;
}

/** The receiver's Forwarder: `send` resolves once XADD (with the raw body, for a large event, in one MULTI) is done, and WAIT when `replicas` is set. */
export function redisStreamForwarder(client: RedisClient, options?: StreamForwarderOptions): RedisStreamForwarder;

/** Reads a raw body the forwarder stored; only names the forwarder makes are looked up. */
export function redisBodyStore(client: RedisClient, options?: { prefix?: string }): RawBodyStore;

/** One stream entry as the consumer hands it over: `deliveries` counts the attempts, this one included. */
export interface StreamMessage {
  id: string;
  fields: Record<string, string>;
  deliveries: number;
}

/** `ack` (done), `retry` (leave pending; tried again after `minIdleMs`), or a dead letter with its reason. */
export type Outcome = 'ack' | 'retry' | { deadLetter: string };

/** Where the consumer reports; lines never carry body text unescaped. */
export interface RelayLogger {
  warn(line: string): void;
  error(line: string): void;
  info?(line: string): void;
}

/** Options of {@link consumerGroup}. */
export interface ConsumerGroupOptions {
  prefix?: string;
  /** Default `wanxiang-relay`. */
  group?: string;
  /** This consumer's name, unique among live consumers. */
  consumer: string;
  /** Pending this long → another attempt (XAUTOCLAIM). Default 30 s. */
  minIdleMs?: number;
  /** Attempts before the dead letter. Default 10. */
  maxDeliveries?: number;
  /** How long one XREADGROUP waits. Default 2 s. */
  blockMs?: number;
  /** Messages per read. Default 10. */
  count?: number;
  logger?: RelayLogger;
}

/** A consumer of the relay stream. */
export interface ConsumerGroup {
  readonly group: string;
  readonly consumer: string;
  /** One round: take over messages idle past `minIdleMs` (dead-lettering those past `maxDeliveries`), then read new ones. → how many were handled. */
  poll(): Promise<number>;
  /** Repeats {@link ConsumerGroup.poll} until {@link ConsumerGroup.stop}; errors are logged and waited out. */
  start(): Promise<void>;
  /** Ends the loop after the round in progress. */
  stop(): Promise<void>;
}

/**
 * The consumer group's loop around `handle`.
 *
 * @throws TypeError `consumer.<option>: …` for an option out of range.
 */
export function consumerGroup(client: RedisClient, handle: (message: StreamMessage) => Promise<Outcome>, options: ConsumerGroupOptions): ConsumerGroup;

/** Acknowledges `message` and adds it to the dead letters, atomically and once. → the dead letter's id, or null when it was no longer pending. */
export function moveToDeadLetters(
  client: RedisClient,
  options: { keys: RelayKeys; group: string; consumer: string; message: StreamMessage; reason: string; logger: RelayLogger },
): Promise<string | null>;

/** The relay layer's consumer, as `createRelay(…)` returns it. */
export interface RelayLike {
  handle(value: unknown): Promise<import('@wanxiang/receiver').RelayResult>;
}

/** What a relay result means for a stream message: `done` → ack, `retry` → pending, `invalid` or non-JSON → dead letter. */
export function relayOutcome(relay: RelayLike): (message: StreamMessage) => Promise<Outcome>;

/** {@link consumerGroup} around {@link relayOutcome}. */
export function relayConsumer(client: RedisClient, relay: RelayLike, options: ConsumerGroupOptions): ConsumerGroup;
