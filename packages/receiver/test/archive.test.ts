import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArchiveEntry } from '../src/index.js';
import { bodyOf, jobXml, post, setup, TASK_XML, TEST_REQUEST_JSON, taskXml, workflowJson } from './support/fixtures.js';

const NOW = '2026-11-21T08:09:10.123Z';

beforeEach(() => {
  // Only Date: the body timeout still uses real timers.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
});

afterEach(() => {
  vi.useRealTimers();
});

const bytes = (text: string) => Array.from(new TextEncoder().encode(text));

describe('accepted bodies', () => {
  it('are archived as accepted at events/<day>/<id>.xml, before they are forwarded', async () => {
    const { receiver, archived, deliveries, order } = setup({ withArchive: true });
    const response = await receiver.fetch(post(TASK_XML, { contentType: 'application/xml' }));
    expect(response.status).toBe(200);
    expect(order).toEqual(['archive:accepted', 'forward']);
    expect(archived).toHaveLength(1);
    const entry = archived[0]!;
    expect({ ...entry, raw: Array.from(entry.raw) }).toEqual({
      status: 'accepted',
      key: 'events/2026-11-21/j1:Success.xml',
      raw: bytes(TASK_XML),
      contentType: 'application/xml',
      contentVersion: null,
      receivedAt: NOW,
      id: 'j1:Success',
    });
    expect(deliveries[0]!.archiveKey).toBe('events/2026-11-21/j1:Success.xml');
    expect(deliveries[0]!.receivedAt).toBe(NOW);
  });

  it('percent-encode an id that would otherwise leave its folder (`/`, `%`)', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    const response = await receiver.fetch(post(taskXml(jobXml('../../x/y%', 'Success')), { contentType: 'application/xml' }));
    expect(response.status).toBe(200);
    // The key encodes `%` first (`%25`, so `y%` and a `y` cannot meet), the archive key encodes it again.
    expect(archived[0]!.key).toBe('events/2026-11-21/..%2F..%2Fx%2Fy%2525:Success.xml');
  });

  it('get a .json key for a JSON body', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    await receiver.fetch(post(workflowJson('run-1')));
    expect(archived[0]!.key).toBe('events/2026-11-21/run-1.json');
  });

  it('take the extension from the first non-space byte after a BOM', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    await receiver.fetch(post(`\uFEFF\r\n  ${TASK_XML}`, { contentType: 'application/xml' }));
    expect(archived[0]!.key).toBe('events/2026-11-21/j1:Success.xml');
  });

  it('land on the same key when the same callback is delivered twice', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    await receiver.fetch(post(TASK_XML));
    await receiver.fetch(post(TASK_XML));
    expect(archived.map((entry) => entry.key)).toEqual(['events/2026-11-21/j1:Success.xml', 'events/2026-11-21/j1:Success.xml']);
  });

  it('are archived before the answer even when the forwarder then fails (503)', async () => {
    const order: string[] = [];
    const { receiver } = setup({
      archive: {
        put: async (entry) => {
          order.push(`archive:${entry.status}`);
        },
      },
      forwarder: {
        send: async () => {
          order.push('forward');
          throw new Error('queue down');
        },
      },
    });
    const response = await receiver.fetch(post(TASK_XML));
    order.push('answer');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(order).toEqual(['archive:accepted', 'forward', 'answer']);
  });

  it('wait for the archive to finish before forwarding', async () => {
    const order: string[] = [];
    const { receiver } = setup({
      archive: {
        put: async () => {
          await new Promise((resolve) => setTimeout(resolve, 10));
          order.push('archived');
        },
      },
      forwarder: {
        send: async () => {
          order.push('forward');
        },
      },
    });
    await receiver.fetch(post(TASK_XML));
    expect(order).toEqual(['archived', 'forward']);
  });
});

describe('archive failures', () => {
  it('do not turn a successful forward into an error: 200, no archiveKey, ARCHIVE_FAILED to onError', async () => {
    const failure = new Error('bucket unavailable');
    const { receiver, deliveries, errors, logs } = setup({ archive: { put: async () => Promise.reject(failure) } });
    const response = await receiver.fetch(post(TASK_XML));
    expect(response.status).toBe(200);
    expect(await bodyOf(response)).toEqual({ ok: true, id: 'j1:Success', keys: ['j1:Success'] });
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]!.archiveKey).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.error.code).toBe('ARCHIVE_FAILED');
    expect(errors[0]!.error.message).toContain('events/2026-11-21/j1:Success.xml');
    expect(errors[0]!.error.cause).toBe(failure);
    expect(errors[0]!.context).toEqual({ receivedAt: NOW, id: 'j1:Success' });
    expect(logs.filter((call) => call.level === 'error')).toEqual([
      { level: 'error', message: expect.any(String), fields: { code: 'ARCHIVE_FAILED', key: 'events/2026-11-21/j1:Success.xml', cause: 'Error: bucket unavailable' } },
    ]);
  });

  it('are caught when archive.put throws synchronously', async () => {
    const { receiver, errors } = setup({
      archive: {
        put: () => {
          throw new Error('sync');
        },
      },
    });
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(200);
    expect(errors.map(({ error }) => error.code)).toEqual(['ARCHIVE_FAILED']);
  });

  it('do not change the 400 of a rejected body', async () => {
    const { receiver, errors } = setup({ archive: { put: async () => Promise.reject(new Error('down')) } });
    const response = await receiver.fetch(post('<a>'));
    expect(response.status).toBe(400);
    expect(errors.map(({ error, context }) => [error.code, context.status])).toEqual([
      ['ARCHIVE_FAILED', undefined],
      ['MALFORMED_XML', 400],
    ]);
  });
});

describe('rejected bodies', () => {
  it('are archived as rejected under rejected/<day>/<time>-<digest>.<ext>, with the error', async () => {
    const { receiver, archived, deliveries } = setup({ withArchive: true });
    const response = await receiver.fetch(post('<a>', { contentType: 'application/xml' }));
    expect(response.status).toBe(400);
    expect(deliveries).toEqual([]);
    expect(archived).toHaveLength(1);
    const entry: ArchiveEntry = archived[0]!;
    const digest = createHash('sha256').update('<a>').digest('hex').slice(0, 16);
    expect(entry.key).toBe(`rejected/2026-11-21/080910123Z-${digest}.xml`);
    expect(entry.key.startsWith('rejected/')).toBe(true);
    expect(entry.status).toBe('rejected');
    expect(Array.from(entry.raw)).toEqual(bytes('<a>'));
    expect(entry.contentType).toBe('application/xml');
    expect(entry.receivedAt).toBe(NOW);
    expect(entry.id).toBeUndefined();
    expect(entry.error).toEqual({ code: 'MALFORMED_XML', message: expect.stringMatching(/Malformed XML/) });
  });

  it('are archived for a schema failure with INVALID_CALLBACK and a .json key', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    const body = '{"EventName":"TaskFinish","JobsDetail":[]}';
    const response = await receiver.fetch(post(body));
    expect(response.status).toBe(400);
    expect(archived[0]!.key).toMatch(/^rejected\/2026-11-21\/080910123Z-[0-9a-f]{16}\.json$/);
    expect(archived[0]!.error?.code).toBe('INVALID_CALLBACK');
  });

  it('get different keys for different bodies received at the same moment', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    await receiver.fetch(post('<a>'));
    await receiver.fetch(post('<b>'));
    expect(archived).toHaveLength(2);
    expect(archived[0]!.key).not.toBe(archived[1]!.key);
  });

  it('get a .bin key when the body starts with neither < nor {', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    const response = await receiver.fetch(post('hello', { contentType: 'text/plain' }));
    expect(response.status).toBe(415);
    expect(archived[0]!.key).toMatch(/\.bin$/);
    expect(archived[0]!.error?.code).toBe('UNSUPPORTED_FORMAT');
  });
});

describe('bodies that are never archived', () => {
  it('unauthenticated bodies, valid or not', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    const url = 'https://hooks.example.com/ci/tok-wrong-wrong-wrong';
    expect((await receiver.fetch(post(TASK_XML, { url }))).status).toBe(401);
    expect((await receiver.fetch(post('<a>', { url }))).status).toBe(401);
    expect(archived).toEqual([]);
  });

  it('bodies refused before they are read (405, 413, 415)', async () => {
    const { receiver, archived } = setup({ withArchive: true, maxBytes: 10 });
    expect((await receiver.fetch(post(TASK_XML, { method: 'PUT' }))).status).toBe(405);
    expect((await receiver.fetch(post(TASK_XML))).status).toBe(413);
    expect((await receiver.fetch(post('<a/>', { contentType: 'image/png' }))).status).toBe(415);
    expect(archived).toEqual([]);
  });

  it('CI test request', async () => {
    const { receiver, archived } = setup({ withArchive: true });
    expect((await receiver.fetch(post(TEST_REQUEST_JSON))).status).toBe(200);
    expect(archived).toEqual([]);
  });
});
