// The callback corpus (../shared/corpus beside the repository, or $WANXIANG_CORPUS), read with
// Deno's own file API. A missing corpus fails loudly: these tests are the product's proof.
import { TEST_REQUEST_MESSAGE } from '@wanxiang/core';

/** The manifest fields these tests read (see test/corpus/manifest.ts at the root for the whole entry). */
export interface ManifestEntry {
  file: string;
  format: 'xml' | 'json';
  family: 'task' | 'workflow' | 'moderation';
  kind: string;
  jobIds: (string | null)[];
  states: (string | null)[];
  moderationVariant?: 'Simple' | 'Detail';
  wellFormed: boolean;
  workflow?: { runId: string };
  simple?: { message: string; trace_id: string };
}

export const corpusDir: string = Deno.env.get('WANXIANG_CORPUS') ?? pathOf(new URL('../../../../shared/corpus', import.meta.url));

export async function loadManifest(): Promise<ManifestEntry[]> {
  const path = `${corpusDir}/manifest.json`;
  try {
    return JSON.parse(await Deno.readTextFile(path)) as ManifestEntry[];
  } catch (error) {
    throw new Error(`Corpus not found at ${path}: clone the repository beside shared/ or set WANXIANG_CORPUS (${String(error)})`);
  }
}

export function loadBody(entry: ManifestEntry): Promise<Uint8Array<ArrayBuffer>> {
  return Deno.readFile(`${corpusDir}/${entry.file}`) as Promise<Uint8Array<ArrayBuffer>>;
}

/** The idempotency keys the manifest facts call for; `sha256` where the body names no id (as test/worker-corpus.test.ts). */
export function expectedKeys(entry: ManifestEntry): string[] | 'sha256' {
  if (entry.family === 'task') {
    return entry.jobIds.length > 0 && entry.jobIds.every((id) => id) ? entry.jobIds.map((id, i) => `${id}:${entry.states[i] ?? ''}`) : 'sha256';
  }
  if (entry.family === 'workflow') return entry.workflow?.runId ? [entry.workflow.runId] : 'sha256';
  if (entry.moderationVariant === 'Simple') return entry.simple?.trace_id ? [entry.simple.trace_id] : 'sha256';
  return entry.jobIds[0] ? [entry.jobIds[0]] : 'sha256';
}

/** CI's "Test request when setting callback url": answered 200, never forwarded. */
export const isTestRequest = (entry: ManifestEntry): boolean => entry.simple?.message === TEST_REQUEST_MESSAGE;

/** The 400 code a body must get, or `undefined` for a valid callback. */
export function expectedError(entry: ManifestEntry): string | undefined {
  if (!entry.wellFormed) return entry.format === 'xml' ? 'MALFORMED_XML' : 'MALFORMED_JSON';
  return entry.kind === '_untagged' ? 'INVALID_CALLBACK' : undefined;
}

export const contentTypeOf = (entry: ManifestEntry): string => (entry.format === 'xml' ? 'application/xml' : 'application/json');

function pathOf(url: URL): string {
  const path = decodeURIComponent(url.pathname);
  return Deno.build.os === 'windows' ? path.slice(1) : path;
}
