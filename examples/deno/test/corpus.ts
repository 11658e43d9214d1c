// The callback corpus: the @wanxiang/fixtures package (resolved from the repository's node_modules,
// like @wanxiang/core). Its bodies are embedded in its module, so reading them needs no file
// permission. The expectations below follow the manifest facts, as test/worker-corpus.test.ts.
import { TEST_REQUEST_MESSAGE } from '@wanxiang/core';
import type { ManifestEntry } from '@wanxiang/fixtures';

export { fixtures } from '@wanxiang/fixtures';

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
