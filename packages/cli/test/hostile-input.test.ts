// What a hostile input or a careless flag must not do to the terminal, the memory or the
// secrets of whoever runs the command (found by a review of the CLI).

import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { tempFiles } from './support/temp-files.js';

describe('wanxiang, against hostile input', () => {
  it('parse reads at most 4 MiB: /dev/zero and a large pipe end at once with BODY_TOO_LARGE, not gigabytes of memory', async () => {
    const zero = await runCli(['parse', '/dev/zero'], { timeoutMs: 20_000 });
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('not a regular file');
    const big = await runCli(['parse', '-', '--json'], { input: new Uint8Array(5 * 1024 * 1024).fill(0x20), timeoutMs: 20_000 });
    expect(big.code).toBe(1);
    expect(JSON.parse(big.stdout).error.code).toBe('BODY_TOO_LARGE');
  });

  it('parse --json escapes C1 controls and bidi overrides too (JSON.stringify leaves them raw)', async () => {
    const body = '{"EventName":"TaskFinish","JobsDetail":{"Code":"Success","JobId":"j1","State":"Success","Tag":"T\u009b31mX\u202e"}}';
    const result = await runCli(['parse', '-', '--json'], { input: body });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u009b\u202e]/);
    expect(JSON.parse(result.stdout).event.JobsDetail[0].Tag).toBe('T\u009b31mX\u202e');
  });

  it('parse escapes the file name it cannot read', async () => {
    const result = await runCli(['parse', '/tmp/x\u001b[31mRED.xml']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toContain('\u001b');
  });

  it('trigger escapes the reason phrase a server sends', async () => {
    const server = createServer((socket) => socket.once('data', () => socket.end('HTTP/1.1 500 Bad\u001b[31mRED\u001b]0;pwn\u0007\r\ncontent-length: 0\r\nconnection: close\r\n\r\n')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const result = await runCli(['trigger', 'Transcode', '--to', `http://127.0.0.1:${(server.address() as { port: number }).port}/ci/token-0123456789abcdef`]);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('500 Bad\\u001b[31mRED');
      expect(result.stdout + result.stderr).not.toContain('\u001b');
    } finally {
      server.close();
    }
  });

  it('trigger refuses a --to with a password, before anything quotes it', async () => {
    const result = await runCli(['trigger', 'Transcode', '--to', 'http://user:hunter2@127.0.0.1:9/ci/token-0123456789abcdef']);
    expect(result.code).toBe(2);
    expect(result.stdout + result.stderr).not.toContain('hunter2');
  });

  it.each([
    ['trigger', ['trigger', 'Transcode', '--dry-run', '--timeout-ms', '3000000000']],
    ['replay --timeout', ['replay', '.', '--to', 'http://127.0.0.1:9/', '--dry-run', '--timeout', '3000000']],
    ['replay --max-wait', ['replay', '.', '--to', 'http://127.0.0.1:9/', '--dry-run', '--max-wait', '3000000']],
  ])('%s: a deadline a timer cannot keep is a usage error, not an instant timeout', async (_what, args) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
  });

  it('replay --dry-run escapes a stored content type', async () => {
    const temp = tempFiles('wanxiang-hostile-replay-');
    try {
      const body = temp.file('a.bin', '<Response><EventName>TaskFinish</EventName></Response>');
      writeFileSync(`${body}.meta.json`, JSON.stringify({ contentType: 'application/xml\u001b[31m', contentVersion: '\u001b[2J' }));
      const result = await runCli(['replay', body.slice(0, -'/a.bin'.length), '--to', 'http://127.0.0.1:9/', '--dry-run']);
      expect(result.stdout + result.stderr).not.toContain('\u001b');
    } finally {
      temp.remove();
    }
  });
});

describe('wanxiang replay, a journal it cannot write', () => {
  it('fails before sending anything, naming the journal', async () => {
    const temp = tempFiles('wanxiang-hostile-journal-');
    const posts: string[] = [];
    const { createServer: createHttpServer } = await import('node:http');
    const server = createHttpServer((request, response) => {
      posts.push(request.url ?? '');
      response.writeHead(200).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const body = temp.file('a.xml', '<Response><EventName>TaskFinish</EventName></Response>');
      const dir = body.slice(0, -'/a.xml'.length);
      const result = await runCli(['replay', dir, '--to', `http://127.0.0.1:${(server.address() as { port: number }).port}/ci/x`, '--journal', '/nonexistent-folder/journal.jsonl']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('cannot write the journal /nonexistent-folder/journal.jsonl');
      expect(posts).toEqual([]);
    } finally {
      server.close();
      temp.remove();
    }
  });
});
