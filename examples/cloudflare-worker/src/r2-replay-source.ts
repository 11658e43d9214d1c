import type { ReplaySource } from '@wanxiang/receiver';

/** The R2 archive as a replay source: each object's bytes, content type and the metadata r2-archive.ts wrote. */
export function r2ReplaySource(bucket: R2Bucket): ReplaySource {
  return {
    async list(prefix, { limit, cursor }) {
      const page = await bucket.list({ prefix, limit, ...(cursor ? { cursor } : {}) });
      return { keys: page.objects.map((object) => object.key), ...(page.truncated ? { cursor: page.cursor } : {}) };
    },
    async get(key) {
      const object = await bucket.get(key);
      if (!object) return undefined;
      const meta = object.customMetadata ?? {};
      return {
        raw: new Uint8Array(await object.arrayBuffer()),
        contentType: object.httpMetadata?.contentType ?? null,
        contentVersion: meta.contentVersion ?? null,
        receivedAt: meta.receivedAt ?? object.uploaded.toISOString(),
      };
    },
  };
}
