// @wanxiang/receiver/node: the receiver behind node:http and Express, through srvx's bridge.
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeHandler } from '../src/adapters/node.js';
import { setup, TASK_XML, TOKEN } from './support/fixtures.js';

const servers: { close(callback: () => void): void }[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise<void>((resolve) => server.close(() => resolve()))));
});

async function listen(listener: RequestListener): Promise<string> {
  const server = createServer(listener);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const postXml = (url: string, body = TASK_XML) => fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/xml' } });

describe('createNodeHandler', () => {
  it('answers a callback on node:http with 200 and forwards it once; handlers run after the answer', async () => {
    const { receiver, deliveries } = setup();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const ran: string[] = [];
    receiver.onAny(async (_event, { id }) => {
      await held;
      ran.push(id);
    });
    const base = await listen(createNodeHandler(receiver));
    const response = await postXml(`${base}/ci/${TOKEN}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, id: 'j1:Success', keys: ['j1:Success'] });
    expect(deliveries.map((delivery) => new TextDecoder().decode(delivery.raw))).toEqual([TASK_XML]);
    expect(ran).toEqual([]); // the answer did not wait for the handler
    release();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(ran).toEqual(['j1:Success']);
  });

  it('answers refusals with the receiver statuses (401, 405, 415) and forwards nothing', async () => {
    const { receiver, deliveries } = setup();
    const base = await listen(createNodeHandler(receiver));
    expect((await postXml(`${base}/ci/not-the-token-0123456789`)).status).toBe(401);
    expect((await fetch(`${base}/ci/${TOKEN}`)).status).toBe(405);
    const png = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body: 'x', headers: { 'content-type': 'image/png' } });
    expect(png.status).toBe(415);
    expect(deliveries).toEqual([]);
  });

  it('refuses clearly with 500 BODY_ALREADY_READ when someone read the body first (no next)', async () => {
    const { receiver, deliveries } = setup();
    const handler = createNodeHandler(receiver);
    const base = await listen((req: IncomingMessage, res: ServerResponse) => {
      req.resume();
      req.once('end', () => void handler(req, res));
    });
    const response = await postXml(`${base}/ci/${TOKEN}`);
    expect(response.status).toBe(500);
    const body = await response.json();
    expect(body.code).toBe('BODY_ALREADY_READ');
    expect(body.message).toMatch(/body parser/);
    expect(deliveries).toEqual([]);
  });

  it('passes BODY_ALREADY_READ to next in Express when express.json() or express.text() ran first', async () => {
    for (const parser of [express.json({ type: '*/*' }), express.text({ type: '*/*' })]) {
      const { receiver, deliveries } = setup();
      const app = express();
      const seen: unknown[] = [];
      app.use(parser);
      app.post('/ci/:token', createNodeHandler(receiver));
      app.use((error: { code?: string; status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
        seen.push(error.code);
        res.status(error.status ?? 500).json({ code: error.code });
      });
      const base = await listen(app);
      const response = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body: '{"EventName":"TaskFinish"}', headers: { 'content-type': 'application/json' } });
      expect(response.status).toBe(500);
      expect(seen).toEqual(['BODY_ALREADY_READ']);
      expect(deliveries).toEqual([]);
    }
  });

  it('checks the token before BODY_ALREADY_READ: behind express.json(), a request without a valid token gets 401, and GET 405', async () => {
    const { receiver, deliveries, errors } = setup();
    const app = express();
    const seen: unknown[] = [];
    app.use(express.json({ type: '*/*' }));
    app.all('/ci/:token', createNodeHandler(receiver));
    app.use((error: { code?: string }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      seen.push(error.code);
      res.status(500).end();
    });
    const base = await listen(app);
    const body = '{"EventName":"TaskFinish"}';
    const headers = { 'content-type': 'application/json' };
    const wrong = await fetch(`${base}/ci/not-the-token-0123456789`, { method: 'POST', body, headers });
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).code).toBe('UNAUTHORIZED');
    const get = await fetch(`${base}/ci/${TOKEN}`);
    expect(get.status).toBe(405);
    await get.arrayBuffer();
    const right = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body, headers });
    expect(right.status).toBe(500);
    await right.arrayBuffer();
    expect(seen).toEqual(['BODY_ALREADY_READ']);
    expect(errors.map(({ error }) => error.code)).toEqual(['UNAUTHORIZED', 'METHOD_NOT_ALLOWED', 'BODY_ALREADY_READ']);
    expect(deliveries).toEqual([]);
  });

  it('works in Express when mounted before the body parser, and ignores a parser that did not read (another content type)', async () => {
    const { receiver, deliveries } = setup();
    const app = express();
    app.use('/ci', createNodeHandler(receiver));
    const other = express();
    other.use(express.json()); // application/json only: the XML body stays unread
    other.post('/ci/:token', createNodeHandler(receiver));
    const [first, second] = [await listen(app), await listen(other)];
    expect((await postXml(`${first}/ci/${TOKEN}`)).status).toBe(200);
    expect((await postXml(`${second}/ci/${TOKEN}`)).status).toBe(200);
    expect(deliveries).toHaveLength(2);
  });

  it("uses a platform's rawBody Buffer (Cloud Functions, Firebase) when the stream is already consumed", async () => {
    const { receiver, deliveries } = setup();
    const handler = createNodeHandler(receiver);
    const base = await listen((req: IncomingMessage, res: ServerResponse) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.once('end', () => {
        Object.assign(req, { rawBody: Buffer.concat(chunks) });
        void handler(req, res);
      });
    });
    const response = await postXml(`${base}/ci/${TOKEN}`);
    expect(response.status).toBe(200);
    expect(new TextDecoder().decode(deliveries[0]!.raw)).toBe(TASK_XML);
  });

  it('closes the connection after answering before the body ended, instead of reading on (401, 413)', async () => {
    const { receiver } = setup({ maxBytes: 64 * 1024 });
    const base = new URL(await listen(createNodeHandler(receiver)));
    for (const [path, status] of [
      [`/ci/${TOKEN}`, '413'],
      ['/ci/not-the-token-0123456789', '401'],
    ] as const) {
      const declared = 200_000_000;
      const socket = connect(Number(base.port), '127.0.0.1');
      let answer = '';
      let closed = false;
      socket.on('data', (data: Buffer) => (answer += data.toString('latin1')));
      socket.on('close', () => (closed = true));
      socket.on('error', () => {});
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nContent-Length: ${declared}\r\n\r\n`);
      const chunk = Buffer.alloc(64 * 1024, 0x78);
      let sent = 0;
      const started = Date.now();
      while (!closed && sent < declared && Date.now() - started < 10_000) {
        if (!socket.write(chunk)) await new Promise((resolve) => socket.once('drain', resolve).once('close', resolve));
        sent += chunk.length;
      }
      socket.destroy();
      expect(answer.split('\r\n')[0]).toBe(`HTTP/1.1 ${status} `);
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
      expect(closed).toBe(true);
      expect(sent).toBeLessThan(50_000_000); // the server stopped taking the body long before its end
    }
  });
});
