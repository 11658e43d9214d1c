import { existsSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The corpus body the ready-to-run curl line sends: a Transcode job, a workflow triggered it. */
const SAMPLE = '@wanxiang/fixtures/corpus/task/Transcode/transcode-workflow-triggered.xml';

/**
 * A curl command that POSTs a real corpus body to `url` as CI would, or a placeholder file name
 * when the fixtures package is not installed. The path is relative to `cwd` when it lies below it.
 */
export function curlLine(url: string, cwd: string): string {
  return `curl -sS -H 'content-type: application/xml' --data-binary @${quote(sampleBody(cwd) ?? 'body.xml')} "${url}"`;
}

function sampleBody(cwd: string): string | undefined {
  try {
    const file = fileURLToPath(import.meta.resolve(SAMPLE));
    if (!existsSync(file)) return undefined;
    const near = relative(cwd, file);
    return near.startsWith('..') || isAbsolute(near) ? file : near;
  } catch {
    return undefined;
  }
}

function quote(path: string): string {
  return /^[\w./@:-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
