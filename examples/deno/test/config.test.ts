import { configFromEnv, DEFAULT_KV_PATH, DEV_TOKEN } from '../config.ts';
import { assertEquals } from './assert.ts';

const from = (vars: Record<string, string>) => configFromEnv((name) => vars[name]);

function throws(fn: () => unknown, message: string): void {
  try {
    fn();
  } catch (error) {
    assertEquals((error as Error).message.includes(message), true, `"${(error as Error).message}" includes "${message}"`);
    return;
  }
  throw new Error(`expected an error including "${message}"`);
}

Deno.test('configFromEnv: development defaults', () => {
  assertEquals(from({}), { port: 8000, tokens: [DEV_TOKEN], developmentToken: true, kvPath: DEFAULT_KV_PATH });
});

Deno.test('configFromEnv: tokens, downstream, KV path and allow-lists', () => {
  assertEquals(
    from({
      PORT: '0',
      CI_TOKENS: ' new-token-0123456789 , old-token-0123456789 ,',
      DOWNSTREAM_URL: 'http://127.0.0.1:8001/webhook',
      WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      KV_PATH: ':memory:',
      ALLOWED_BUCKETS: 'examplebucket-1250000000',
      ALLOWED_WORKFLOWS: 'w1,w2',
      ALLOWED_REGIONS: '',
    }),
    {
      port: 0,
      tokens: ['new-token-0123456789', 'old-token-0123456789'],
      developmentToken: false,
      kvPath: ':memory:',
      downstreamUrl: 'http://127.0.0.1:8001/webhook',
      webhookSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
      allow: { BucketId: ['examplebucket-1250000000'], WorkflowId: ['w1', 'w2'] },
    },
  );
});

Deno.test('configFromEnv: names the variable that is wrong', () => {
  throws(() => from({ PORT: 'eighty' }), 'PORT');
  throws(() => from({ PORT: '70000' }), 'PORT');
  throws(() => from({ CI_TOKENS: 'short' }), 'CI_TOKENS');
  throws(() => from({ CI_SECRET_ID: 'AKIDxxxxxxxxxxxx', CI_SECRET_KEY: 'secret-key-value' }), 'CI_LOOKUP_BUCKETS');
  throws(() => from({ CI_LOOKUP_BUCKETS: 'examplebucket-1250000000=ap-guangzhou' }), 'CI_SECRET_ID and CI_SECRET_KEY');
  throws(() => from({ CI_SECRET_ID: 'AKIDxxxxxxxxxxxx', CI_SECRET_KEY: 'k', CI_LOOKUP_BUCKETS: 'evil.example.com=ap-guangzhou' }), 'bucket');
  throws(() => from({ DOWNSTREAM_URL: 'not a url', WEBHOOK_SECRET: 'x' }), 'DOWNSTREAM_URL is not a URL');
  throws(() => from({ DOWNSTREAM_URL: 'ftp://example.com/', WEBHOOK_SECRET: 'x' }), 'http: or https:');
  throws(() => from({ DOWNSTREAM_URL: 'https://example.com/hook' }), 'WEBHOOK_SECRET');
});

Deno.test('configFromEnv: REPLAY_TOKEN turns the replay route on; short, or equal to a callback token, is refused', () => {
  assertEquals(from({}).replayToken, undefined);
  assertEquals(from({ CI_TOKENS: 'callback-token-0123456789', REPLAY_TOKEN: 'replay-token-0123456789' }).replayToken, 'replay-token-0123456789');
  throws(() => from({ REPLAY_TOKEN: 'short' }), 'REPLAY_TOKEN needs at least 16 characters');
  throws(() => from({ CI_TOKENS: 'callback-token-0123456789', REPLAY_TOKEN: 'callback-token-0123456789' }), 'REPLAY_TOKEN must differ');
});
