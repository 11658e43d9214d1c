import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Archive } from '@wanxiang/receiver';

/** The sidecar of each kept body, as examples/node/storage/file-archive.mjs writes it (and `replay` reads it). */
export const META_SUFFIX = '.meta.json';

/** What the sidecar holds: enough to send the body again exactly as CI did. */
export interface ArchiveMeta {
  status: string;
  contentType: string | null;
  contentVersion: string | null;
  receivedAt: string;
  error?: string;
}

/**
 * The receiver's archive in a folder, in the Node example's layout: each refused body
 * (`rejected/<day>/<name>`, `forbidden/…`, `unconfirmed/…`) as received, beside
 * `<name>.meta.json`. Accepted bodies are not kept: they were delivered, and would grow the
 * folder without bound.
 */
export function fileArchive(root: string): Archive {
  const base = resolve(root);
  return {
    async put(entry) {
      if (entry.status === 'accepted') return;
      const file = join(base, ...entry.key.split('/'));
      // Keys come from the receiver, whose encoder keeps `/` and `..` out of names; checked all the same.
      if (!file.startsWith(base + sep) || entry.key.split('/').includes('..')) throw new RangeError(`archive: ${JSON.stringify(entry.key)} is not an archive key`);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, entry.raw);
      const meta: ArchiveMeta = {
        status: entry.status,
        contentType: entry.contentType,
        contentVersion: entry.contentVersion,
        receivedAt: entry.receivedAt,
        ...(entry.error ? { error: entry.error.code } : {}),
      };
      await writeFile(file + META_SUFFIX, JSON.stringify(meta));
    },
  };
}
