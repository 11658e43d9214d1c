import type { RawBodyStore } from '@wanxiang/receiver';

/**
 * Raw bodies too large for one queue message, kept in Deno KV as chunks under
 * `['bodies', <random id>, <index>]`. A KV value holds at most 64 KiB and one atomic commit
 * at most 800 KiB, so a body of the receiver's 4 MiB limit takes 69 chunks in 7 commits. The
 * queue message points at them with `body: { key: <random id>, bytes, sha256 }` (a RawBodyRef
 * of @wanxiang/receiver), and the listener reads them back through {@link kvBodyStore}.
 */

/** A chunk's bytes: a Uint8Array serializes to its length plus a few bytes, under the 64 KiB value limit. */
export const CHUNK_BYTES = 60 * 1024;

/** Chunks written per atomic commit: 10 × 60 KiB stays under the 800 KiB commit limit. */
const CHUNKS_PER_COMMIT = 10;

/** The most bytes read back for one body: the receiver's 4 MiB limit, so a forged chunk list cannot make a reader buffer more. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

const prefix = (id: string): Deno.KvKey => ['bodies', id];

/** How many chunks a body of `bytes` takes. */
export const chunkCount = (bytes: number) => Math.ceil(bytes / CHUNK_BYTES);

/**
 * Writes `raw` in chunks that expire after `expireIn` ms (never, without it); resolves to the
 * body's key, a random id (not the delivery id: two attempts never share chunks).
 *
 * @throws when a commit fails; chunks already written are left to expire.
 */
export async function storeBody(kv: Deno.Kv, raw: Uint8Array, expireIn?: number): Promise<string> {
  const id = crypto.randomUUID();
  const chunks = chunkCount(raw.byteLength);
  for (let first = 0; first < chunks; first += CHUNKS_PER_COMMIT) {
    const operation = kv.atomic();
    for (let index = first; index < Math.min(first + CHUNKS_PER_COMMIT, chunks); index++) {
      operation.set([...prefix(id), index], raw.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES), expireIn === undefined ? {} : { expireIn });
    }
    const result = await operation.commit();
    if (!result.ok) throw new Error(`Could not store chunks of body ${id}`);
  }
  return id;
}

/**
 * The listener's view of the chunks: a body's bytes in index order, or `undefined` when none
 * are left (expired or deleted). Whether they are the body the message was made from (size and
 * SHA-256) is checked by the relay.
 */
export function kvBodyStore(kv: Deno.Kv): RawBodyStore {
  return {
    async get(key) {
      const parts: Uint8Array[] = [];
      let bytes = 0;
      for await (const entry of kv.list<Uint8Array>({ prefix: prefix(key) }, { consistency: 'strong' })) {
        if (!(entry.value instanceof Uint8Array) || entry.key[2] !== parts.length) return undefined;
        bytes += entry.value.byteLength;
        if (bytes > MAX_BODY_BYTES) return undefined;
        parts.push(entry.value);
      }
      if (parts.length === 0) return undefined;
      const body = new Uint8Array(bytes);
      let offset = 0;
      for (const part of parts) {
        body.set(part, offset);
        offset += part.byteLength;
      }
      return body;
    },
  };
}

/** Deletes a body's chunks (best effort: they expire anyway). */
export async function deleteBody(kv: Deno.Kv, id: string, bytes: number): Promise<void> {
  const chunks = chunkCount(bytes);
  for (let first = 0; first < chunks; first += CHUNKS_PER_COMMIT) {
    const operation = kv.atomic();
    for (let index = first; index < Math.min(first + CHUNKS_PER_COMMIT, chunks); index++) operation.delete([...prefix(id), index]);
    await operation.commit();
  }
}
