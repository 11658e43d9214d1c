import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '../..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

describe('@wanxiang/receiver as published', () => {
  it('is an ESM package with types first in its exports map, depending on the core only', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.exports['.'])[0]).toBe('types');
    expect(Object.keys(manifest.dependencies)).toEqual(['@wanxiang/core']);
  });

  it('uses Web APIs only: no node:*, Buffer, process or Deno in its source', () => {
    for (const name of readdirSync(join(packageDir, 'src'))) {
      const source = readFileSync(join(packageDir, 'src', name), 'utf8');
      expect(source, name).not.toMatch(/from ['"]node:|\bBuffer\b|\bprocess\.|\bDeno\./);
    }
  });

  it('answers a callback from its built exports in plain Node', () => {
    const script = `
      import { createReceiver } from '@wanxiang/receiver';
      const sent = [];
      const receiver = createReceiver({ tokens: ['plain-node-token-0123'], forwarder: { send: async (d) => { sent.push(d.id); } }, logger: false });
      const body = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>';
      const response = await receiver.fetch(new Request('http://localhost/ci/plain-node-token-0123', { method: 'POST', body, headers: { 'content-type': 'application/xml' } }));
      console.log(JSON.stringify([response.status, sent]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual([200, ['j1:Success']]);
  });
});
