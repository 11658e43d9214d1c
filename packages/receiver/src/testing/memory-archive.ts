import type { Archive, ArchiveEntry } from '../forward/delivery.js';
import type { ReplaySource } from '../replay/replay-archive.js';

/** An {@link Archive} in memory that is also its {@link ReplaySource}: for tests and development only. */
export interface MemoryArchive extends Archive, ReplaySource {
  /** What was put, by key (a later put at a key replaces the earlier one, as R2 does). */
  readonly entries: Map<string, ArchiveEntry>;
}

export function createMemoryArchive(): MemoryArchive {
  const entries = new Map<string, ArchiveEntry>();
  return {
    entries,
    async put(entry) {
      entries.set(entry.key, { ...entry, raw: entry.raw.slice() });
    },
    async list(prefix, { limit, cursor }) {
      const keys = [...entries.keys()].filter((key) => key.startsWith(prefix) && (cursor === undefined || key > cursor)).sort();
      const page = keys.slice(0, limit);
      return { keys: page, ...(keys.length > limit ? { cursor: page[page.length - 1]! } : {}) };
    },
    async markReplayed(key) {
      const entry = entries.get(key);
      if (!entry) return;
      entries.delete(key);
      entries.set(`replayed/${key}`, { ...entry, key: `replayed/${key}` });
    },
    async get(key) {
      const entry = entries.get(key);
      return entry && { raw: entry.raw.slice(), contentType: entry.contentType, contentVersion: entry.contentVersion, receivedAt: entry.receivedAt };
    },
  };
}
