import type { Deadline } from './deadline.js';

/** What {@link readBounded} read: the bytes, or `tooLarge` once more than the limit came. */
export type BoundedBody = { bytes: Uint8Array; tooLarge?: undefined } | { bytes?: undefined; tooLarge: true };

/**
 * At most `maxBytes` of a response body, read chunk by chunk, each read raced against the
 * deadline: memory stays bounded whatever the server sends, and a body that stalls fails at the
 * deadline. A `Content-Length` over the limit is refused before anything is read. The body is
 * cancelled whenever reading stops early, so the connection is released.
 */
export async function readBounded(response: Response, maxBytes: number, deadline: Deadline): Promise<BoundedBody> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) {
    response.body?.cancel().catch(() => {});
    return { tooLarge: true };
  }
  if (response.body === null) return { bytes: new Uint8Array(0) };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await deadline.race(reader.read());
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => {});
        return { tooLarge: true };
      }
      chunks.push(value);
    }
  } catch (error) {
    reader.cancel().catch(() => {});
    throw error;
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { bytes };
}
