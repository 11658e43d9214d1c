/// <reference types="node" preserve="true" />
// @wanxiang/receiver/node — the receiver as a Node.js `(req, res)` handler (node:http, Express,
// Connect, Fastify's raw routes). The IncomingMessage ↔ Request bridge is srvx's, not ours.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { NodeRequest, sendNodeResponse, toNodeHandler } from 'srvx/node';
import { ReceiverError } from '../errors/receiver-error.js';
import type { ExecutionContextLike } from '../inbound/execution-context.js';
import type { Receiver } from '../receiver.js';

/** A Node.js request handler, usable as Express/Connect middleware (`next` receives a refusal of misconfiguration). */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => Promise<void>;

/**
 * The receiver as a Node.js handler: `http.createServer(createNodeHandler(receiver))`, or
 * `app.post('/ci/:token', createNodeHandler(receiver))` in Express, mounted before any body parser.
 *
 * Handlers (`on`, `onAny`) run after the answer, as in a Worker's `waitUntil`; `receiver.drain()`
 * waits for them (before the process exits). A request whose body a body parser already read
 * (`express.json()`, `express.text()`…) is refused with 500 `BODY_ALREADY_READ`, passed to `next`
 * when there is one: the exact bytes CI sent are gone, and a re-serialized body would not be
 * them. That refusal comes after the method and token checks, like every other: an
 * unauthenticated request learns 401, not how the server is mounted. A `rawBody` Buffer left by
 * the platform (Google Cloud Functions, Firebase) is used instead of the stream.
 */
export function createNodeHandler(receiver: Pick<Receiver, 'fetch'>): NodeHandler {
  const background: ExecutionContextLike = {
    waitUntil(promise) {
      promise.catch(() => {}); // The receiver reports handler failures itself.
    },
  };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const handler = toNodeHandler(async (request) => {
      const response = await receiver.fetch(request, undefined, background);
      // Answered before the body ended (401, 405, 408, 413…): close the connection rather than
      // keep reading a body nobody will use, for as long as the sender cares to send it.
      if (!req.complete) res.setHeader('connection', 'close');
      return response;
    });
    // srvx types its handler as HTTP/1 or HTTP/2; this one is HTTP/1 (node:http, Express, Connect).
    return (handler as (req: IncomingMessage, res: ServerResponse) => void | Promise<void>)(req, res);
  };
  return async (req, res, next) => {
    if (!bodyAlreadyRead(req)) return answer(req, res);
    const error = new ReceiverError(
      'BODY_ALREADY_READ',
      'A body parser read the request body before the wanxiang handler: mount the handler before express.json()/express.text()/…, or on a route they do not cover',
    );
    // The receiver checks method and token first and reads the body only then; this body fails
    // with BODY_ALREADY_READ when it is read, so an unauthenticated request still gets 401.
    let read = false;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        read = true;
        controller.error(error);
      },
    });
    const incoming = new NodeRequest({ req, res });
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(incoming.url, {
      method: req.method ?? 'GET',
      headers: incoming.headers,
      ...(hasBody ? { body, duplex: 'half' } : {}),
    } as RequestInit);
    const response = await receiver.fetch(request, undefined, background);
    if (read && next && response.status === error.status) return next(error);
    return sendNodeResponse(res, response);
  };
}
/** True when the stream was read (or is being read) by someone else and no `rawBody` Buffer stands in for it. */
function bodyAlreadyRead(req: IncomingMessage): boolean {
  // The same test srvx applies before it reads `rawBody` instead of the stream.
  if (Buffer.isBuffer((req as { rawBody?: unknown }).rawBody)) return false;
  return req.readableEnded || req.readableDidRead || (req as { _body?: unknown })._body === true;
}
