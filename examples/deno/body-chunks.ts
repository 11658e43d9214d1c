/**
 * Raw bodies too large for one queue message, kept in Deno KV as chunks under
 * `['bodies', <random id>, <index>]`. A KV value holds at most 64 KiB and one atomic commit
 * at most 800 KiB, so a body of the receiver's 4 MiB limit takes 69 chunks in 7 commits.
 */

/** Where a stored body is, as the queue message carries it. */
export interface BodyRef {
  /** A random id (`crypto.randomUUID()`), not the delivery id: two attempts never share chunks. */
  id: string;
  chunks: number;
  bytes: number;
}

/** A chunk's bytes: a Uint8Array serializes to its length plus a few bytes, under the 64 KiB value limit. */
export const CHUNK_BYTES = 60 * 1024;

/** Chunks written per atomic commit: 10 × 60 KiB stays under the 800 KiB commit limit. */
const CHUNKS_PER_COMMIT = 10;

const prefix = (id: string): Deno.KvKey => ['bodies', id];

/**
 * Writes `raw` in chunks that expire after `expireIn` ms.
 *
 * @throws when a commit fails; chunks already written are left to expire.
 */
export async function storeBody(kv: Deno.Kv, raw: Uint8Array, expireIn: number): Promise<BodyRef> {
  const ref: BodyRef = { id: crypto.randomUUID(), chunks: Math.ceil(raw.byteLength / CHUNK_BYTES), bytes: raw.byteLength };
  for (let first = 0; first < ref.chunks; first += CHUNKS_PER_COMMIT) {
    const operation = kv.atomic();
    for (let index = first; index < Math.min(first + CHUNKS_PER_COMMIT, ref.chunks); index++) {
      operation.set([...prefix(ref.id), index], raw.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES), { expireIn });
    }
    const result = await operation.commit();
    if (!result.ok) throw new Error(`Could not store chunks of body ${ref.id}`);
  }
  return ref;
}

/**
 * The body's bytes.
 *
 * @throws Error when chunks are missing (expired or deleted) or do not add up to the recorded size.
 */
export async function readBody(kv: Deno.Kv, ref: BodyRef): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(ref.bytes);
  let offset = 0;
  let count = 0;
  for await (const entry of kv.list<Uint8Array>({ prefix: prefix(ref.id) }, { consistency: 'strong' })) {
    const chunk = entry.value;
    if (!(chunk instanceof Uint8Array) || offset + chunk.byteLength > ref.bytes) break;
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
    count++;
  }
  if (count !== ref.chunks || offset !== ref.bytes) {
    throw new Error(`Body ${ref.id} is incomplete in KV (${count}/${ref.chunks} chunks, ${offset}/${ref.bytes} bytes): expired or deleted`);
  }
  return bytes;
}

/** Deletes a body's chunks (best effort: they expire anyway). */
export async function deleteBody(kv: Deno.Kv, ref: BodyRef): Promise<void> {
  for (let first = 0; first < ref.chunks; first += CHUNKS_PER_COMMIT) {
    const operation = kv.atomic();
    for (let index = first; index < Math.min(first + CHUNKS_PER_COMMIT, ref.chunks); index++) operation.delete([...prefix(ref.id), index]);
    await operation.commit();
  }
}
