import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { type ArchiveMeta, META_SUFFIX } from '../listen/file-archive.js';

/** One body to send again, read from the folder. */
export interface BodyFile {
  /** The path below the folder, `/`-separated: what the journal and the listing name. */
  name: string;
  raw: Uint8Array<ArrayBuffer>;
  /** sha256 of `raw`, hex: the journal's key, so a renamed or copied body is still known. */
  digest: string;
  contentType: string;
  contentVersion: string | null;
}

const TYPE_OF_EXTENSION: Readonly<Record<string, string>> = { '.xml': 'application/xml', '.json': 'application/json' };

/**
 * Every body below `dir`, sorted by name: each `.xml` and `.json` file, and each file an archive
 * kept (one with a `<name>.meta.json` beside it, as `listen --archive` and the Node example's file
 * archive write them, `.bin` included), sent with the content type and content version stored
 * there. Hidden files (the journal) are skipped. Without a sidecar the content type follows the
 * extension.
 */
export async function bodyFiles(dir: string): Promise<BodyFile[]> {
  const paths = await walk(dir);
  const present = new Set(paths);
  const bodies: BodyFile[] = [];
  for (const path of paths.sort()) {
    if (path.endsWith(META_SUFFIX)) continue;
    const archived = present.has(path + META_SUFFIX);
    const byExtension = TYPE_OF_EXTENSION[extname(path).toLowerCase()];
    if (!archived && byExtension === undefined) continue;
    const meta = archived ? await readMeta(path + META_SUFFIX) : undefined;
    const raw = new Uint8Array(await readFile(path));
    bodies.push({
      name: relative(dir, path).split(sep).join('/'),
      raw,
      digest: createHash('sha256').update(raw).digest('hex'),
      contentType: meta?.contentType ?? byExtension ?? 'application/octet-stream',
      contentVersion: meta?.contentVersion ?? null,
    });
  }
  return bodies;
}

async function readMeta(file: string): Promise<Partial<ArchiveMeta> | undefined> {
  try {
    const meta = JSON.parse(await readFile(file, 'utf8')) as unknown;
    return typeof meta === 'object' && meta !== null ? (meta as Partial<ArchiveMeta>) : undefined;
  } catch {
    // A sidecar cut short: the body is still sent, typed by its extension.
    return undefined;
  }
}

async function walk(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}
