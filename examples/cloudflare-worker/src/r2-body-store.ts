import type { RawBodyStore } from '@wanxiang/receiver';

/** Raw bodies read back from the R2 archive, where the receiver stored them before answering. */
export function r2BodyStore(bucket: R2Bucket): RawBodyStore {
  return {
    async get(key) {
      const object = await bucket.get(key);
      return object ? new Uint8Array(await object.arrayBuffer()) : undefined;
    },
  };
}
