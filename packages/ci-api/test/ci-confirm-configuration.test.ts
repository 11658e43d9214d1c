// Configuring verify by lookup: ciConfirmFromEnv, CI_LOOKUP_BUCKETS, the session token, and
// what createCiConfirm refuses.
import { describe, expect, it } from 'vitest';
import { ciConfirmFromEnv, createCiClient, createCiConfirm, lookupBucketsSetting } from '../src/index.js';
import { SECRET } from './support/lookup-fixtures.js';

describe('configuration', () => {
  it('ciConfirmFromEnv: off when nothing is set, a TypeError when half is, never naming a secret', () => {
    expect(ciConfirmFromEnv(() => undefined)).toBeUndefined();
    expect(ciConfirmFromEnv(() => '  ')).toBeUndefined();
    const half = { CI_SECRET_ID: 'AKIDxxxxxxxxxxxxxxxx', CI_SECRET_KEY: 'super-secret-value' } as Record<string, string>;
    expect(() => ciConfirmFromEnv((name) => half[name])).toThrow(/CI_LOOKUP_BUCKETS/);
    try {
      ciConfirmFromEnv((name) => half[name]);
    } catch (error) {
      expect(String(error)).not.toContain('super-secret-value');
    }
    const full = { ...half, CI_LOOKUP_BUCKETS: 'examplebucket-1250000000=ap-guangzhou' } as Record<string, string>;
    expect(ciConfirmFromEnv((name) => full[name])?.buckets).toEqual({ 'examplebucket-1250000000': 'ap-guangzhou' });
    const withPath: Record<string, string> = { ...full, CI_API_ENDPOINT: 'http://evil.example/path' };
    expect(() => ciConfirmFromEnv((name) => withPath[name])).toThrow(TypeError);
  });

  it.each(['examplebucket-1250000000', 'a.evil.com-1250000000=ap-guangzhou', 'examplebucket-1250000000=ap-guangzhou.evil.com', 'examplebucket-1250000000=ap-x=y', '__proto__=ap-guangzhou'])(
    'refuses CI_LOOKUP_BUCKETS %s',
    (text) => {
      expect(() => lookupBucketsSetting(text)).toThrow(TypeError);
    },
  );

  it.each(['SECRET\u0000token', 'two words', 'tök'])('refuses a session token that is not visible ASCII (%j) before any request, without quoting it', async (sessionToken) => {
    const requests: string[] = [];
    const client = createCiClient({
      credentials: { ...SECRET, sessionToken },
      fetch: async (input) => {
        requests.push(input);
        return new Response('');
      },
    });
    const failure = await client.getJobs({ bucket: 'examplebucket-1250000000', region: 'ap-guangzhou' }, ['j1']).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TypeError);
    expect(String(failure)).not.toContain(sessionToken);
    expect(requests).toEqual([]);
  });

  it('ciConfirmFromEnv: a session token or an endpoint alone is half a configuration, not silence', () => {
    expect(() => ciConfirmFromEnv((name) => (name === 'CI_SESSION_TOKEN' ? 'token' : undefined))).toThrow(TypeError);
    expect(() => ciConfirmFromEnv((name) => (name === 'CI_API_ENDPOINT' ? 'http://127.0.0.1:9' : undefined))).toThrow(TypeError);
  });

  it('createCiConfirm refuses an empty bucket map or no client', () => {
    const client = createCiClient({ credentials: SECRET });
    expect(() => createCiConfirm({ client, buckets: {} })).toThrow(TypeError);
    expect(() => createCiConfirm({ client: {} as never, buckets: { 'examplebucket-1250000000': 'ap-guangzhou' } })).toThrow(TypeError);
  });
});
