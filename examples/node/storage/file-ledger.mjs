// The relay's ledger for one Node process, kept in a file so that it outlives a restart: every
// key the downstream took is appended to `<file>` (one JSON line, with the time) and remembered
// for the retention; leases are held in memory, since one process holds them all. With it, a
// repeat from CI and a replay of a body delivered already are not POSTed again. Several
// processes need a shared ledger instead (redis/ledger.mjs).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { RETENTION_MS } from '@wanxiang/receiver';

/**
 * @param {string} file
 * @param {{ retentionMs?: number }} [options]
 * @returns {Promise<import('@wanxiang/receiver').Ledger>}
 */
export async function fileLedger(file, options = {}) {
  const retentionMs = options.retentionMs ?? RETENTION_MS;
  /** @type {Map<string, number>} when each key was delivered */
  const delivered = new Map();
  /** @type {Map<string, { holder: string, until: number }>} */
  const leases = new Map();
  await mkdir(dirname(file), { recursive: true });
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  }
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const { key, at } = JSON.parse(line);
      if (typeof key === 'string' && typeof at === 'number') delivered.set(key, at);
    } catch {
      // A line cut short by a crash: that key was not confirmed, so it may be delivered again.
    }
  }
  return {
    async claim(key, leaseMs, holder) {
      const now = Date.now();
      const at = delivered.get(key);
      if (at !== undefined && now - at < retentionMs) return 'delivered';
      const lease = leases.get(key);
      if (lease && lease.until > now && lease.holder !== holder) return 'busy';
      leases.set(key, { holder, until: now + leaseMs });
      return 'claimed';
    },
    async complete(key) {
      const at = Date.now();
      await appendFile(file, `${JSON.stringify({ key, at })}\n`);
      delivered.set(key, at);
      leases.delete(key);
    },
    async release(key, holder) {
      if (leases.get(key)?.holder === holder) leases.delete(key);
    },
  };
}
