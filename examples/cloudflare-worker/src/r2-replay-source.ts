import type { ReplaySource } from '@wanxiang/receiver';

/** The R2 archive as a replay source: each object's bytes, content type and the metadata r2-archive.ts wrote; a replayed one moves to `replayed/<key>`. */
export function r2ReplaySource(bucket: R2Bucket): ReplaySource {
  return {
    async list(prefix, { limit, cursor }) {
      const page = await bucket.list({ prefix, limit, ...(cursor ? { cursor } : {}) });
      return { keys: page.objects.map((object) => object.key), ...(page.truncated ? { cursor: page.cursor } : {}) };
    },
    async markReplayed(key) {
      await moveToReplayed(bucket, key);
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

/** R2 has no rename: the object is copied to `replayed/<key>` with its metadata, then deleted. */
export async function moveToReplayed(bucket: R2Bucket, key: string): Promise<void> {
  const object = await bucket.get(key);
  if (!object) return;
  await bucket.put(`replayed/${key}`, await object.arrayBuffer(), {
    ...(object.httpMetadata ? { httpMetadata: object.httpMetadata } : {}),
    customMetadata: { ...object.customMetadata, replayedAt: new Date().toISOString() },
  });
  await bucket.delete(key);
}
