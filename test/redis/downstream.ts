// A downstream as a user would run one: a node:http server that verifies each POST's Standard
// Webhooks signature with the reference library (standardwebhooks) and records the verified ones
// it answered 2xx. What it answers is up to the test (status, or no answer at all).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** One verified POST the downstream answered 2xx. */
export interface VerifiedPost {
  id: string;
  payload: { type: string; timestamp: string; key: string; data: any };
}

/** What the downstream does with the next POST: answer with a status, or hold it unanswered. */
export type Answer = number | 'hang';

export interface Downstream {
  url: string;
  /** Verified POSTs answered 2xx, in arrival order. */
  delivered: VerifiedPost[];
  /** Every POST that arrived, verified or not, answered or not. */
  arrived: { id: string | undefined; verified: boolean }[];
  /** POSTs whose signature did not verify. */
  forged: number;
  /** Decides the answer to each verified POST (default 200). */
  answer: (id: string) => Answer;
  close(): Promise<void>;
}

export async function startDownstream(secret = WEBHOOK_SECRET): Promise<Downstream> {
  const verifier = new Webhook(secret);
  const held: ServerResponse[] = [];
  const downstream: Downstream = {
    url: '',
    delivered: [],
    arrived: [],
    forged: 0,
    answer: () => 200,
    close: async () => {
      for (const response of held) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer(async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const id = request.headers['webhook-id'] as string | undefined;
    let payload: VerifiedPost['payload'];
    try {
      payload = verifier.verify(body, request.headers as Record<string, string>) as VerifiedPost['payload'];
    } catch {
      downstream.arrived.push({ id, verified: false });
      downstream.forged++;
      response.writeHead(401).end();
      return;
    }
    downstream.arrived.push({ id, verified: true });
    const answer = downstream.answer(id!);
    if (answer === 'hang') {
      held.push(response);
      return;
    }
    if (answer >= 200 && answer < 300) downstream.delivered.push({ id: id!, payload });
    response.writeHead(answer).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  downstream.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
  return downstream;
}
