import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { createWebhookSigner, RelayError, signWebhook, type WebhookMessage, webhookHeaders } from '../src/index.js';

/** 32 fixed bytes, base64: the secret as `whsec_<base64>`. */
const SECRET_BASE64 = Buffer.from(Array.from({ length: 32 }, (_, index) => index * 7 + 3)).toString('base64');
const SECRET = `whsec_${SECRET_BASE64}`;

const expected = (message: WebhookMessage, base64Secret = SECRET_BASE64) =>
  `v1,${createHmac('sha256', Buffer.from(base64Secret, 'base64')).update(`${message.id}.${message.timestamp}.${message.body}`).digest('base64')}`;

const message: WebhookMessage = { id: 'j1:Success', timestamp: 1_700_000_000, body: '{"EventName":"TaskFinish"}' };

describe('signWebhook', () => {
  it('signs v1,base64(HMAC-SHA256(secret, "id.timestamp.body"))', async () => {
    const signature = await signWebhook(message, SECRET);
    expect(signature).toBe(expected(message));
    expect(signature).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
  });

  it('gives the same signature with or without the whsec_ prefix', async () => {
    expect(await signWebhook(message, SECRET_BASE64)).toBe(await signWebhook(message, SECRET));
  });

  it('signs the body as UTF-8', async () => {
    const unicode = { ...message, body: '{"Object":"视频/a.mp4","note":"é"}' };
    expect(await signWebhook(unicode, SECRET)).toBe(expected(unicode));
  });

  it('changes with the id, the timestamp, the body and the secret', async () => {
    const base = await signWebhook(message, SECRET);
    const other = Buffer.alloc(32, 1).toString('base64');
    const variants = await Promise.all([
      signWebhook({ ...message, id: 'j1:Failed' }, SECRET),
      signWebhook({ ...message, timestamp: message.timestamp + 1 }, SECRET),
      signWebhook({ ...message, body: `${message.body} ` }, SECRET),
      signWebhook(message, other),
    ]);
    for (const variant of variants) expect(variant).not.toBe(base);
    expect(variants[3]).toBe(expected(message, other));
  });

  it('accepts a 24-byte secret, the shortest allowed', async () => {
    const short = Buffer.alloc(24, 9).toString('base64');
    expect(await signWebhook(message, short)).toBe(expected(message, short));
  });

  it.each([
    ['not base64', 'whsec_!!!not*base64!!!'],
    ['shorter than 24 bytes', `whsec_${Buffer.alloc(23, 1).toString('base64')}`],
    ['empty', ''],
    ['only the prefix', 'whsec_'],
    ['longer than 64 bytes', `whsec_${Buffer.alloc(65, 1).toString('base64')}`],
    ['base64 with a line break', `whsec_${Buffer.alloc(32, 1).toString('base64')}\n`],
    ['base64 without its padding', `whsec_${Buffer.alloc(25, 1).toString('base64').replace(/=+$/, '')}`],
  ])('throws WEBHOOK_SECRET_INVALID for a secret that is %s', async (_name, secret) => {
    await expect(signWebhook(message, secret)).rejects.toThrow(expect.objectContaining({ code: 'WEBHOOK_SECRET_INVALID' }));
  });

  it('does not echo the secret in its error', async () => {
    const secret = `whsec_${Buffer.alloc(10, 2).toString('base64')}`;
    const error = await signWebhook(message, secret).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(RelayError);
    expect((error as RelayError).message).not.toContain(secret.slice(6));
  });

  it('accepts a 64-byte secret, the longest allowed', async () => {
    const long = Buffer.alloc(64, 4).toString('base64');
    expect(await signWebhook(message, long)).toBe(expected(message, long));
  });
});

describe('createWebhookSigner', () => {
  it('checks the secret at creation, before any message', () => {
    expect(() => createWebhookSigner('whsec_short', 'WEBHOOK_SECRET')).toThrow(
      expect.objectContaining({ code: 'WEBHOOK_SECRET_INVALID', issues: [expect.objectContaining({ path: 'WEBHOOK_SECRET' })] }),
    );
  });

  it('signs as signWebhook does', async () => {
    expect(await createWebhookSigner(SECRET).sign(message)).toBe(expected(message));
  });
});

describe('webhookHeaders', () => {
  it('gives the three Standard Webhooks headers and the JSON content type', async () => {
    expect(await webhookHeaders(message, SECRET)).toEqual({
      'content-type': 'application/json',
      'webhook-id': 'j1:Success',
      'webhook-timestamp': '1700000000',
      'webhook-signature': expected(message),
    });
  });

  it('is verified by the standardwebhooks package', async () => {
    const now = { id: 'j1:Success,j2:Failed', timestamp: Math.floor(Date.now() / 1000), body: '{"EventName":"TaskFinish","Object":"视频.mp4"}' };
    const headers = await webhookHeaders(now, SECRET);
    expect(new Webhook(SECRET).verify(now.body, headers)).toEqual({ EventName: 'TaskFinish', Object: '视频.mp4' });
  });

  it('is refused by the standardwebhooks package for a changed body or another secret', async () => {
    const now = { id: 'msg-1', timestamp: Math.floor(Date.now() / 1000), body: '{"a":1}' };
    const headers = await webhookHeaders(now, SECRET);
    expect(() => new Webhook(SECRET).verify('{"a":2}', headers)).toThrow(/signature/i);
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 5).toString('base64')}`).verify(now.body, headers)).toThrow(/signature/i);
  });
});
