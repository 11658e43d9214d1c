// How the contract reaches a receiver: over HTTP with node:http (every served runtime), or by
// calling `fetch` in this process. One request shape for both, including bodies that stall.
import { request as httpRequest } from 'node:http';

export interface CallSpec {
  method?: string;
  /** Path and query, e.g. `/ci/<token>`. */
  path: string;
  headers?: Record<string, string>;
  /** Body chunks, sent in order. */
  chunks?: Uint8Array[];
  /** Keep the body open after the chunks (a slow-drip or stalled sender). */
  stall?: boolean;
}

export interface Answer {
  status: number;
  headers: Record<string, string>;
  text: string;
  json(): any;
}

export type Transport = (spec: CallSpec) => Promise<Answer>;

const answer = (status: number, headers: Record<string, string>, text: string): Answer => ({
  status,
  headers,
  text,
  json: () => JSON.parse(text),
});

/** Sends over a real connection; a stalled body is abandoned once the answer has arrived. */
export function httpTransport(baseUrl: string): Transport {
  const base = new URL(baseUrl);
  return (spec) =>
    new Promise((resolve, reject) => {
      const headers: Record<string, string> = { connection: 'close', ...spec.headers };
      // A complete body goes with its length, as CI sends it (node:http would otherwise chunk it).
      if (!spec.stall && !('transfer-encoding' in headers) && spec.chunks) {
        headers['content-length'] = String(spec.chunks.reduce((total, chunk) => total + chunk.byteLength, 0));
      }
      const outgoing = httpRequest({ agent: false, host: base.hostname, port: base.port, method: spec.method ?? 'POST', path: spec.path, headers });
      outgoing.on('response', (incoming) => {
        const parts: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => parts.push(chunk));
        incoming.on('end', () => {
          const headers: Record<string, string> = {};
          for (const [name, value] of Object.entries(incoming.headers)) headers[name] = String(value);
          resolve(answer(incoming.statusCode ?? 0, headers, Buffer.concat(parts).toString('utf8')));
          outgoing.destroy();
        });
      });
      // A server may answer and close while we still write (413, 408): the answer is what counts.
      outgoing.on('error', (error) => setTimeout(() => reject(error), 2_000));
      for (const chunk of spec.chunks ?? []) outgoing.write(chunk);
      if (!spec.stall) outgoing.end();
    });
}

/** Calls `fetch` directly with a Request whose body is a stream of the chunks. */
export function inProcessTransport(baseUrl: string, fetch: (request: Request) => Promise<Response>): Transport {
  return async (spec) => {
    const chunks = spec.chunks ?? [];
    const method = spec.method ?? 'POST';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        if (!spec.stall) controller.close();
      },
    });
    const init: RequestInit & { duplex?: 'half' } = { method, headers: spec.headers ?? {} };
    if (hasBody) {
      init.body = body;
      init.duplex = 'half';
    }
    const response = await fetch(new Request(new URL(spec.path, baseUrl), init));
    return answer(response.status, Object.fromEntries(response.headers), await response.text());
  };
}
