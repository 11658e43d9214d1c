import { type FileHandle, open } from 'node:fs/promises';
import { CallbackError, DEFAULT_MAX_BYTES } from '@wanxiang/core';

/** What the input could not be read as: a message for stderr (exit 2). */
export class InputError extends Error {}

/**
 * A body from a file or `-` (stdin), read only up to `maxBytes` (the core's callback limit): a
 * larger one is refused as the receiver refuses it (CallbackError `BODY_TOO_LARGE`), without
 * holding more than the limit in memory — `/dev/zero` or a pipe of gigabytes ends at once.
 *
 * @throws InputError for a path that is not a regular file or cannot be read; CallbackError `BODY_TOO_LARGE`.
 */
export async function readBodyInput(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<Uint8Array> {
  if (file === '-') return bounded(process.stdin, maxBytes);
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    if (!(await handle.stat()).isFile()) throw new InputError('not a regular file');
    return await bounded(handle.createReadStream(), maxBytes);
  } catch (error) {
    if (error instanceof CallbackError || error instanceof InputError) throw error;
    throw new InputError((error as NodeJS.ErrnoException).code ?? (error as Error).message);
  } finally {
    await handle?.close();
  }
}

async function bounded(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    bytes += buffer.byteLength;
    if (bytes > maxBytes) throw new CallbackError('BODY_TOO_LARGE', `The body is larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
