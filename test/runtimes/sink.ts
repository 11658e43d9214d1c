// The test's side of the matrix: an HTTP server on loopback that the contract receiver, in
// whichever runtime, reports to. `/forward` is the forwarder (it fails on purpose for ids that
// start with `fail-forward`), `/handled` a job handler run.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Forwarded {
  id: string;
  keys: string[];
  eventName: string;
  bytes: number;
}

export interface Handled {
  key: string;
  tag: string;
  state: string;
}

export interface Sink {
  url: string;
  forwarded: Forwarded[];
  handled: Handled[];
  /** Forward attempts the sink refused (the receiver must answer 503 for them). */
  refused: string[];
  close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const forwarded: Forwarded[] = [];
  const handled: Handled[] = [];
  const refused: string[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const payload = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      let status = 204;
      if (request.url === '/forward') {
        if (String(payload.id).startsWith('fail-forward')) {
          refused.push(payload.id);
          status = 500;
        } else forwarded.push(payload);
      } else if (request.url === '/handled') handled.push(payload);
      else status = 404;
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    forwarded,
    handled,
    refused,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
