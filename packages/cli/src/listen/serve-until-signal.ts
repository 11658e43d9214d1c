import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Serves `handler` on `host:port` until SIGINT or SIGTERM, then closes every connection and
 * resolves. `ready` runs once the port is bound (port 0: a free one, in `address.port`).
 *
 * @throws the server's error when it cannot listen (EADDRINUSE, EACCES…).
 */
export async function serveUntilSignal(handler: RequestListener, host: string, port: number, ready: (address: AddressInfo) => void): Promise<void> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  ready(server.address() as AddressInfo);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  // A keep-alive connection would hold close() open for as long as the client likes.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}
