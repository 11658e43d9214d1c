import type { Archive, ArchiveEntry, ReplaySource } from '@wanxiang/receiver';
import { kvBodyStore, storeBody } from './body-chunks.ts';

/**
 * The receiver's archive on Deno KV, which is also its replay source. It keeps what would
 * otherwise be lost, the bodies refused as invalid (`rejected/`), by the allow-list or the echo
 * check (`forbidden/`), or not confirmed by CI (`unconfirmed/`), never expiring: `['archive', 'rejected', <day>, <name>]` holds a record, and
 * the body is stored as chunks (body-chunks.ts), since a KV value holds at most 64 KiB.
 * Accepted bodies are not kept: the queue and its ledger have them, and would grow the store
 * without bound. A replay prefix ends at a `/` (`rejected/`, `rejected/2026-12-03/`), since KV
 * lists by whole key parts. A replayed record moves to `['replayed', …]`.
 */
export function kvArchive(kv: Deno.Kv): Archive & ReplaySource {
  return {
    async put(entry) {
      if (entry.status === 'accepted') return;
      const body = await storeBody(kv, entry.raw);
      const record: ArchiveRecord = {
        status: entry.status,
        contentType: entry.contentType,
        contentVersion: entry.contentVersion,
        receivedAt: entry.receivedAt,
        bytes: entry.raw.byteLength,
        body,
        ...(entry.error ? { error: entry.error.code } : {}),
      };
      await kv.set(kvKey(entry.key), record);
    },
    async list(prefix, { limit, cursor }) {
      const iterator = kv.list<ArchiveRecord>({ prefix: kvKey(prefix) }, { limit, ...(cursor ? { cursor } : {}) });
      const keys: string[] = [];
      for await (const entry of iterator) keys.push(entry.key.slice(1).join('/'));
      return { keys, ...(keys.length === limit && iterator.cursor ? { cursor: iterator.cursor } : {}) };
    },
    async markReplayed(key) {
      // One atomic step: the record leaves the archive's folders for ['replayed', …]; its chunks stay, it points at them.
      const entry = await kv.get<ArchiveRecord>(kvKey(key));
      if (entry.value === null) return;
      await kv
        .atomic()
        .check(entry)
        .delete(entry.key)
        .set(['replayed', ...entry.key.slice(1)], { ...entry.value, replayedAt: new Date().toISOString() })
        .commit();
    },
    async get(key) {
      const record = (await kv.get<ArchiveRecord>(kvKey(key))).value;
      if (!record) return undefined;
      const raw = await kvBodyStore(kv).get(record.body);
      if (!raw || raw.byteLength !== record.bytes) return undefined;
      return { raw: raw as Uint8Array<ArrayBuffer>, contentType: record.contentType, contentVersion: record.contentVersion, receivedAt: record.receivedAt };
    },
  };
}

interface ArchiveRecord {
  status: Exclude<ArchiveEntry['status'], 'accepted'>;
  contentType: string | null;
  contentVersion: string | null;
  receivedAt: string;
  bytes: number;
  /** The chunks' id (body-chunks.ts). */
  body: string;
  /** The refusal's code. */
  error?: string;
}

/** `rejected/2026-12-03/x.json` as `['archive', 'rejected', '2026-12-03', 'x.json']`; a trailing `/` adds nothing. */
function kvKey(key: string): Deno.KvKey {
  return ['archive', ...key.split('/').filter((part) => part !== '')];
}
