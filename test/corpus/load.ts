// Node-side access to ../shared/corpus (or $WANXIANG_CORPUS). A missing corpus fails loudly:
// the corpus tests are the product's proof and must never be skipped silently.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManifestEntry, TwinPair } from './manifest.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Absolute path of the corpus folder. */
export const corpusDir = resolve(process.env.WANXIANG_CORPUS ?? resolve(repoRoot, '../shared/corpus'));

function mustExist(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`Corpus not found at ${path}: clone the repo beside shared/ or set WANXIANG_CORPUS`);
  }
  return path;
}

export function loadManifest(): ManifestEntry[] {
  return JSON.parse(readFileSync(mustExist(resolve(corpusDir, 'manifest.json')), 'utf8')) as ManifestEntry[];
}

export function loadTwins(): TwinPair[] {
  return JSON.parse(readFileSync(mustExist(resolve(corpusDir, 'twins.json')), 'utf8')) as TwinPair[];
}

/** The exact bytes of a corpus body. */
export function loadBody(file: string): Uint8Array {
  return new Uint8Array(readFileSync(mustExist(resolve(corpusDir, file))));
}
