// Every corpus body POSTed to the real server (Deno.serve, in-memory Deno KV): well-formed
// callbacks are answered 200 and enqueued exactly once with their idempotency keys (twins and
// reused JobIds share an id, so a later file finds it enqueued already), each repeat is answered
// 200 and not enqueued again, and the listener delivers each event downstream once, signed.
// CI's test requests: 200, nothing enqueued. Malformed bodies and skeletons: 400, nothing enqueued.
import { assert, assertEquals, assertMatch } from './assert.ts';
import { expectedError, expectedKeys, fixtures, isTestRequest } from './corpus.ts';
import { startHarness } from './harness.ts';

const manifest = fixtures;
const harness = await startHarness();
/** Ids enqueued by an earlier file of this run. */
const enqueued = new Set<string>();

// One server for the whole file: it outlives each test, so the op and resource sanitizers are off.
const shared = { sanitizeOps: false, sanitizeResources: false };

for (const entry of manifest) {
  const error = expectedError(entry);
  const verdict = error
    ? `400 ${error}, nothing enqueued`
    : isTestRequest(entry)
      ? "200 as CI's test request, nothing enqueued"
      : '200, enqueued once with its idempotency keys; a repeat is not enqueued';

  Deno.test({
    name: `${entry.file}: ${verdict}`,
    ...shared,
    async fn() {
      const raw = entry.bytes();
      const send = () =>
        harness.post(raw, {
          contentType: entry.contentType,
          headers: entry.contentVersion ? { 'x-ci-content-version': entry.contentVersion } : {},
        });
      const before = harness.messages.length;
      const answer = await send();
      await harness.drain();

      if (error) {
        assertEquals(answer.status, 400, JSON.stringify(answer.body));
        assertEquals(answer.body.code, error);
        assert(answer.body.issues.length > 0, 'the answer names issues');
        assertEquals(harness.messages.length, before, 'messages enqueued');
        return;
      }
      assertEquals(answer.status, 200, JSON.stringify(answer.body));
      if (isTestRequest(entry)) {
        assertEquals(answer.body, { ok: true, test: true });
        assertEquals(harness.messages.length, before, 'messages enqueued');
        return;
      }

      const { id, keys } = answer.body as { id: string; keys: string[] };
      const expected = expectedKeys(entry);
      if (expected === 'sha256') {
        assertEquals(keys.length, 1, 'keys');
        assertMatch(keys[0]!, /^sha256:[0-9a-f]{64}$/);
      } else {
        assertEquals(keys, expected, 'idempotency keys');
      }
      assertEquals(answer.body, { ok: true, id, keys });
      assertEquals(harness.messages.length, enqueued.has(id) ? before : before + 1, enqueued.has(id) ? 'an id enqueued by an earlier file is not enqueued again' : 'one message enqueued');
      enqueued.add(id);

      const mine = harness.messages.filter((message) => message.id === id);
      assertEquals(mine.length, 1, `queue messages for ${id}`);
      assertEquals(mine[0]!.keys, keys, 'keys in the queue message');
      assert(mine[0]!.event !== undefined, 'a corpus event travels inline');
      assertEquals((await harness.kv.get(['enqueued', id])).value, mine[0]!.receivedAt, 'the enqueue record holds when the callback was received');

      const repeat = await send();
      await harness.drain();
      assertEquals(repeat.status, 200, JSON.stringify(repeat.body));
      assertEquals(repeat.body, answer.body, 'the repeat gets the same answer');
      assertEquals(harness.messages.filter((message) => message.id === id).length, 1, 'the repeat is not enqueued');

      // One signed POST per idempotency key, ever: a key an earlier file delivered is not POSTed again.
      for (const key of keys) {
        const downstream = harness.delivered.filter((delivery) => delivery.id === key);
        assertEquals(downstream.length, 1, `signed POSTs downstream for ${key}`);
        assertEquals(downstream[0]!.payload.key, key, 'key downstream');
        assertEquals(downstream[0]!.payload.type, downstream[0]!.payload.data.EventName, 'type downstream');
      }
    },
  });
}

Deno.test({
  name: 'every distinct corpus event was enqueued once and each of its keys delivered downstream once, every signature verified',
  ...shared,
  async fn() {
    try {
      await harness.drain();
      const ids = harness.messages.map((message) => message.id);
      assert(ids.length > 20, `only ${ids.length} events enqueued`);
      assertEquals(new Set(ids).size, ids.length, 'an id enqueued twice');
      assertEquals(ids.sort(), [...enqueued].sort(), 'enqueued ids');
      const keys = [...new Set(harness.messages.flatMap((message) => message.keys))].sort();
      assertEquals(harness.delivered.map((delivery) => delivery.id).sort(), keys, 'one POST per key');
      assertEquals(harness.forged, 0, 'POSTs whose signature did not verify');
    } finally {
      await harness.close();
    }
  },
});
