import { describe, expect, it } from 'vitest';
import { allowListFromEnv, listSetting } from '../src/index.js';

describe('settings from environment variables', () => {
  it('reads a comma-separated list, trimming items and dropping empty ones', () => {
    expect(listSetting(' new-token , old-token,, ')).toEqual(['new-token', 'old-token']);
    expect(listSetting(undefined)).toEqual([]);
    expect(listSetting('')).toEqual([]);
  });

  it('builds the allow-lists from ALLOWED_BUCKETS, ALLOWED_REGIONS, ALLOWED_QUEUES and ALLOWED_WORKFLOWS', () => {
    const env: Record<string, string> = { ALLOWED_BUCKETS: 'a-125, b-125', ALLOWED_REGIONS: '', ALLOWED_QUEUES: 'p1', ALLOWED_WORKFLOWS: ' ' };
    expect(allowListFromEnv((name) => env[name])).toEqual({ BucketId: ['a-125', 'b-125'], QueueId: ['p1'] });
  });

  it('gives no allow-list (no restriction) when none is set', () => {
    expect(allowListFromEnv(() => undefined)).toBeUndefined();
  });
});
