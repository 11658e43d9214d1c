// A Fetch handler (the CI API double) on node:http on a free loopback port, for the binary to reach.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function serveFetchHandler(handle: (request: Request) => Promise<Response>): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const answer = await handle(new Request(`http://${request.headers.host}${request.url}`, { method: request.method, headers: request.headers as Record<string, string> }));
    response.writeHead(answer.status, Object.fromEntries(answer.headers)).end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
