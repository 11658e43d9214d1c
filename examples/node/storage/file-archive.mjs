// The receiver's archive in a folder (ARCHIVE_DIR), which is also its replay source: each body
// the receiver refused, as invalid (`rejected/<day>/<name>`) or by the allow-list
// (`forbidden/<day>/<name>`), is written as received, beside `<name>.meta.json` (content type,
// content version, when it arrived). Accepted bodies are not kept: they were delivered, and
// would grow the folder without bound. A replayed body moves to `replayed/<key>`.
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';

const META = '.meta.json';

/**
 * @param {string} root the folder
 * @returns {import('@wanxiang/receiver').Archive & import('@wanxiang/receiver').ReplaySource}
 */
export function fileArchive(root) {
  /** The file of an archive key, refusing one that would leave the folder (keys come from the receiver, whose encoder keeps `/` out of names). */
  const fileOf = (/** @type {string} */ key) => {
    const path = join(root, ...key.split('/'));
    if (!path.startsWith(join(root) + sep) || key.split('/').includes('..')) throw new RangeError(`archive: ${JSON.stringify(key)} is not an archive key`);
    return path;
  };
  return {
    async put(entry) {
      if (entry.status === 'accepted') return;
      const file = fileOf(entry.key);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, entry.raw);
      const meta = { status: entry.status, contentType: entry.contentType, contentVersion: entry.contentVersion, receivedAt: entry.receivedAt, error: entry.error?.code };
      await writeFile(file + META, JSON.stringify(meta));
    },
    async list(prefix, { limit, cursor }) {
      // Only the prefix's own folder is walked (`rejected/2026-12-03/` reads one day).
      const folder = prefix.slice(0, prefix.lastIndexOf('/') + 1).replace(/\/$/, '');
      const keys = (await walk(root, folder)).filter((key) => key.startsWith(prefix) && !key.endsWith(META) && (cursor === undefined || key > cursor)).sort();
      const page = keys.slice(0, limit);
      return { keys: page, ...(keys.length > limit ? { cursor: page[page.length - 1] } : {}) };
    },
    async markReplayed(key) {
      const target = fileOf(`replayed/${key}`);
      await mkdir(dirname(target), { recursive: true });
      await rename(fileOf(key) + META, target + META);
      await rename(fileOf(key), target);
    },
    async get(key) {
      const file = fileOf(key);
      try {
        const [raw, meta] = await Promise.all([readFile(file), readFile(file + META, 'utf8').then(JSON.parse)]);
        return { raw: new Uint8Array(raw), contentType: meta.contentType ?? null, contentVersion: meta.contentVersion ?? null, receivedAt: meta.receivedAt };
      } catch (error) {
        if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return undefined;
        throw error;
      }
    },
  };
}

/**
 * Every file under `folder`, as `/`-separated keys relative to `root`.
 *
 * @param {string} root
 * @param {string} folder
 * @returns {Promise<string[]>}
 */
async function walk(root, folder) {
  let entries;
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'ENOENT') return [];
    throw error;
  }
  const keys = [];
  for (const entry of entries) {
    const key = folder ? `${folder}/${entry.name}` : entry.name;
    if (entry.isDirectory()) keys.push(...(await walk(root, key)));
    else if (entry.isFile()) keys.push(key);
  }
  return keys;
}
