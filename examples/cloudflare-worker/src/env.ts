import type { RelayMessage } from '@wanxiang/receiver';
import type { DeliveryLedger } from './delivery-ledger.js';

/** The Worker's bindings (wrangler.jsonc) and secrets (`wrangler secret put`, `.dev.vars`). */
export interface Env {
  /** Secret: accepted callback URL tokens, comma-separated (two while rotating). */
  CI_TOKENS: string;
  /** Secret: the Standard Webhooks signing secret (`whsec_…`), needed when DOWNSTREAM_URL is set. */
  WEBHOOK_SECRET?: string;
  /** Secret: the admin token of `POST /admin/replay` (its own, never a callback token); unset, the route is off. */
  REPLAY_TOKEN?: string;
  /** Secrets: the CI API key pair of verify-by-lookup; set with CI_LOOKUP_BUCKETS, or unset for no confirmation. */
  CI_SECRET_ID?: string;
  CI_SECRET_KEY?: string;
  /** Secret: temporary (STS) credentials' token, with their CI_SECRET_ID and CI_SECRET_KEY. */
  CI_SESSION_TOKEN?: string;
  /** The buckets callbacks are looked up in, `examplebucket-1250000000=ap-chongqing`, comma-separated: the lookup host comes from here, never from the body. */
  CI_LOOKUP_BUCKETS?: string;
  /** One origin for every lookup instead of `https://<BucketId>.ci.<Region>.myqcloud.com` (a private network). */
  CI_API_ENDPOINT?: string;
  /** Secret: echo-MAC secrets, comma-separated (two while rotating); set, a callback must echo a `signEcho` value. */
  ECHO_SECRETS?: string;
  /** Where the consumer POSTs each event as a signed webhook; empty: events are only logged. */
  DOWNSTREAM_URL?: string;
  /** Optional allow-lists, comma-separated; empty or unset means no restriction. */
  ALLOWED_BUCKETS?: string;
  ALLOWED_REGIONS?: string;
  ALLOWED_QUEUES?: string;
  ALLOWED_WORKFLOWS?: string;
  /** `deliver` (default): a callback that deviates from the field tables below its identity is forwarded, flagged; `reject`: 400. */
  INVALID_CALLBACKS?: string;
  /** Queue producer: accepted events. */
  EVENTS: Queue<RelayMessage>;
  /** R2 bucket: every authenticated raw body, and dead letters. */
  ARCHIVE: R2Bucket;
  /** Durable Object namespace: one strongly consistent ledger entry per idempotency key (not per delivery). */
  LEDGER: DurableObjectNamespace<DeliveryLedger>;
}
