import { type ConfiguredConfirm, ciConfirmFromEnv } from '@wanxiang/ci-api';
import { type AllowList, allowListFromEnv, deliveryPolicyFromEnv, listSetting, MIN_TOKEN_LENGTH } from '@wanxiang/receiver';

/** Development only: `main.ts` uses it when CI_TOKENS is unset, and says so. Never deploy it. */
export const DEV_TOKEN = 'wanxiang-dev-token-change-me';

/** Where Deno KV keeps its SQLite file when KV_PATH is unset (relative to examples/deno, where `deno task` runs). */
export const DEFAULT_KV_PATH = '.data/wanxiang.kv';

export interface Config {
  port: number;
  tokens: string[];
  /** True when CI_TOKENS was unset and {@link DEV_TOKEN} is in use. */
  developmentToken: boolean;
  downstreamUrl?: string;
  webhookSecret?: string;
  /** A file path, or `:memory:` for a KV that lives as long as the process. */
  kvPath: string;
  allow?: AllowList;
  /** REPLAY_TOKEN: the admin token of `POST /admin/replay`; unset, the route is off. */
  replayToken?: string;
  /** INVALID_CALLBACKS: `reject` answers 400 to a callback that deviates from the field tables; default, deliver it flagged. */
  invalid?: 'deliver' | 'reject';
  /** CI_SECRET_ID, CI_SECRET_KEY, CI_SESSION_TOKEN, CI_LOOKUP_BUCKETS, CI_API_ENDPOINT: verify by lookup; unset, confirmation is off. */
  confirmation?: ConfiguredConfirm;
  /** CI_API_ENDPOINT, when set: the one origin lookups go to (main.ts checks its network permission). */
  ciApiEndpoint?: string;
  /** ECHO_SECRETS (comma-separated): a callback must echo a `signEcho` value made with one of them. */
  echoSecrets?: string[];
}

/**
 * The configuration from environment variables: PORT (8000), CI_TOKENS (comma-separated),
 * DOWNSTREAM_URL and WEBHOOK_SECRET, KV_PATH, and the allow-lists ALLOWED_BUCKETS,
 * ALLOWED_REGIONS, ALLOWED_QUEUES, ALLOWED_WORKFLOWS (comma-separated), INVALID_CALLBACKS
 * (`deliver` or `reject`), REPLAY_TOKEN (the replay route's admin token), the lookup settings
 * CI_SECRET_ID, CI_SECRET_KEY, CI_SESSION_TOKEN, CI_LOOKUP_BUCKETS, CI_API_ENDPOINT, and ECHO_SECRETS.
 *
 * @throws Error naming the variable that is wrong.
 */
export function configFromEnv(env: (name: string) => string | undefined): Config {
  const portText = env('PORT')?.trim() || '8000';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`PORT must be a port number, not ${JSON.stringify(portText)}`);

  const listed = listSetting(env('CI_TOKENS'));
  const tokens = listed.length > 0 ? listed : [DEV_TOKEN];
  // Checked here too (createReceiver checks it as well) so that the message names the variable.
  if (tokens.some((token) => token.length < MIN_TOKEN_LENGTH)) throw new Error(`CI_TOKENS: each token needs at least ${MIN_TOKEN_LENGTH} characters`);

  const config: Config = { port, tokens, developmentToken: listed.length === 0, kvPath: env('KV_PATH')?.trim() || DEFAULT_KV_PATH };

  const downstreamUrl = env('DOWNSTREAM_URL')?.trim();
  if (downstreamUrl) {
    let url: URL;
    try {
      url = new URL(downstreamUrl);
    } catch {
      throw new Error('DOWNSTREAM_URL is not a URL');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('DOWNSTREAM_URL must be http: or https:');
    const webhookSecret = env('WEBHOOK_SECRET')?.trim();
    if (!webhookSecret) throw new Error('DOWNSTREAM_URL is set but WEBHOOK_SECRET is not (whsec_ + base64 of at least 24 random bytes)');
    config.downstreamUrl = url.href;
    config.webhookSecret = webhookSecret;
  }

  const allow = allowListFromEnv(env);
  if (allow) config.allow = allow;
  const invalid = deliveryPolicyFromEnv(env);
  if (invalid) config.invalid = invalid;
  const replayToken = env('REPLAY_TOKEN')?.trim();
  if (replayToken) {
    if (replayToken.length < MIN_TOKEN_LENGTH) throw new Error(`REPLAY_TOKEN needs at least ${MIN_TOKEN_LENGTH} characters`);
    if (tokens.includes(replayToken)) throw new Error('REPLAY_TOKEN must differ from every callback token in CI_TOKENS');
    config.replayToken = replayToken;
  }
  const confirmation = ciConfirmFromEnv(env);
  if (confirmation) config.confirmation = confirmation;
  const endpoint = env('CI_API_ENDPOINT')?.trim();
  if (confirmation && endpoint) config.ciApiEndpoint = endpoint;
  const echoSecrets = listSetting(env('ECHO_SECRETS'));
  if (echoSecrets.length > 0) config.echoSecrets = echoSecrets;
  return config;
}
