import type { Archive } from '@wanxiang/receiver';

/** Keeps raw bodies in R2 with their content type, content version and why they were kept: what a replay needs (r2-replay-source.ts). */
export function r2Archive(bucket: R2Bucket): Archive {
  return {
    async put(entry) {
      await bucket.put(entry.key, entry.raw, {
        httpMetadata: entry.contentType ? { contentType: entry.contentType } : undefined,
        customMetadata: {
          status: entry.status,
          receivedAt: entry.receivedAt,
          ...(entry.contentVersion ? { contentVersion: entry.contentVersion } : {}),
          ...(entry.id ? { id: entry.id } : {}),
          ...(entry.error ? { code: entry.error.code } : {}),
        },
      });
    },
  };
}
