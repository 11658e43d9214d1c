import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(packageDir, '../..');
const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

describe('@wanxiang/receiver as published', () => {
  it('is an ESM package with types first in its exports map, depending on the core and srvx only', () => {
    expect(manifest.type).toBe('module');
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.exports['.'])[0]).toBe('types');
    expect(manifest.exports['./node']).toEqual({ types: './dist/adapters/node.d.ts', default: './dist/adapters/node.js' });
    expect(Object.keys(manifest.dependencies)).toEqual(['@wanxiang/core', 'srvx']);
  });

  it('takes any compatible core (a caret range on its version) and builds itself when packed', () => {
    const core = JSON.parse(readFileSync(join(packageDir, '../core/package.json'), 'utf8'));
    expect(manifest.dependencies['@wanxiang/core']).toBe(`^${core.version}`);
    expect(manifest.scripts.prepack).toBe('tsc -b --force');
  });

  it('asks for the Node version srvx asks for (the ./node adapter is srvx)', () => {
    const srvx = JSON.parse(readFileSync(join(repoRoot, 'node_modules/srvx/package.json'), 'utf8'));
    expect(manifest.engines).toEqual({ node: srvx.engines.node });
    expect(manifest.engines.node).toBe('>=20.16.0');
  });

  it('uses Web APIs only: no node:*, Buffer, process or Deno in its source (but for the ./node adapter)', () => {
    const files = readdirSync(join(packageDir, 'src'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(files).toContain('index.ts');
    for (const name of files) {
      if (name.split(sep).join('/') === 'adapters/node.ts') continue; // @wanxiang/receiver/node: Node's (req, res), by design
      // Code only: doc comments name the runtimes (`Deno.serve(receiver.fetch)`).
      const source = readFileSync(join(packageDir, 'src', name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:])\/\/.*$/gm, '$1');
      expect(source, name).not.toMatch(/from ['"]node:|\bBuffer\b|\bprocess\.|\bDeno\.|from ['"]srvx/);
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
