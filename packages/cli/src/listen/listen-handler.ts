import type { Receiver } from '@wanxiang/receiver';
import type { Colors } from 'picocolors/types';
import { type Answer, answerLines } from './answer-line.js';
import { type RequestOutcome, requestOutcomes } from './request-outcome.js';

/** Options of {@link listenFetch}. */
export interface ListenFetchOptions {
  colors: Colors;
  verbose: boolean;
  print: (line: string) => void;
}

/**
 * The receiver's `fetch`, printing each request as it is answered. Two things are added to the
 * answer, both from the relay: `duplicate: true` in a 200 whose keys were all delivered already
 * (so that `wanxiang replay` can count them), and the downstream's own `Retry-After` on a 503
 * in place of the receiver's fixed one (CI and replay then wait as long as the downstream asked).
 */
export function listenFetch(receiver: Pick<Receiver, 'fetch'>, options: ListenFetchOptions): Receiver['fetch'] {
  return async (request, env, context) => {
    const outcome: RequestOutcome = {};
    const response = await requestOutcomes.run(outcome, () => receiver.fetch(request, env, context));
    const text = await response.text();
    let body: Answer['body'];
    try {
      body = JSON.parse(text) as Answer['body'];
    } catch {
      body = undefined;
    }
    for (const line of answerLines({ status: response.status, body }, outcome, options.colors, options.verbose)) options.print(line);
    const headers = new Headers(response.headers);
    if (response.status === 503 && outcome.retryAfterMs !== undefined) headers.set('retry-after', String(Math.ceil(outcome.retryAfterMs / 1000)));
    const answered = response.status === 200 && outcome.relay === 'duplicate' && body ? JSON.stringify({ ...body, duplicate: true }) : text;
    return new Response(answered, { status: response.status, headers });
  };
}
