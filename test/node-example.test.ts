// examples/node/server.mjs, run as its README says: a real callback answers 200 and is logged.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'node-example-token-0123';

describe('examples/node/server.mjs', () => {
  it('receives a callback on node:http: 200, one log line per event, 401 without the token', async () => {
    const child = spawn(process.execPath, ['examples/node/server.mjs'], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', CI_TOKENS: TOKEN, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    try {
      const base = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        }, 20);
        child.once('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
        setTimeout(() => (clearInterval(timer), reject(new Error(`no listen line: ${output}`))), 20_000);
      });
      const body = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j-node-1</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>';
      const ok = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body, headers: { 'content-type': 'application/xml' } });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ ok: true, id: 'j-node-1:Success', keys: ['j-node-1:Success'] });
      // One value off the field tables ("N/A" in a number): delivered, flagged, in the answer and the log line.
      const deviant = body.replace('<Tag>Transcode</Tag>', '<Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>N/A</Duration></Format></MediaInfo></Operation>').replace('j-node-1', 'j-node-2');
      const flagged = await fetch(`${base}/ci/${TOKEN}`, { method: 'POST', body: deviant, headers: { 'content-type': 'application/xml' } });
      expect(await flagged.json()).toEqual({ ok: true, id: 'j-node-2:Success', keys: ['j-node-2:Success'], deviations: 1 });
      const denied = await fetch(`${base}/ci/not-the-token-0123456`, { method: 'POST', body });
      expect(denied.status).toBe(401);
      expect(output).toContain('wanxiang: TaskFinish Transcode JobId=j-node-1 State=Success → logged [j-node-1:Success]');
      expect(output).toContain('→ logged [j-node-2:Success] flagged: 1 value(s) moved out, first at JobsDetail.0.Operation.MediaInfo.Format.Duration');
      expect(output).not.toContain(TOKEN);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
