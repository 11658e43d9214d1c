// `wanxiang parse`, run as a user runs it: the real binary on corpus bodies of every family.

import { parseCallback, safeParseCallback } from '@wanxiang/core';
import { fixtures } from '@wanxiang/fixtures';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const corpus = 'packages/fixtures/corpus';
const valid = fixtures.filter((fixture) => safeParseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion ?? null }).success);
const invalid = fixtures.filter((fixture) => !valid.includes(fixture));
const pick = (family: string) => valid.find((fixture) => fixture.family === family)!;

describe('wanxiang parse', () => {
  it.each(['task', 'workflow', 'moderation'])('a %s body: exit 0, --json is the event parseCallback gives', async (family) => {
    const fixture = pick(family);
    const args = ['parse', `${corpus}/${fixture.file}`, '--json', ...(fixture.contentVersion ? ['--content-version', fixture.contentVersion] : [])];
    const result = await runCli(args);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ event: JSON.parse(JSON.stringify(parseCallback(fixture.bytes(), { contentVersion: fixture.contentVersion ?? null }))) });
  });

  it('readable by default: the EventName, each job’s Tag, JobId and State, then the tree; no colour without a TTY', async () => {
    const result = await runCli(['parse', `${corpus}/task/Transcode/transcode-workflow-triggered.xml`]);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['TaskFinish', '  Transcode j68427030f84611ecb8546d80f2baf56f Success']);
    expect(result.stdout).toContain('JobsDetail:\n  - Code: Success');
    expect(result.stdout).not.toContain('\u001b[');
  });

  it('colours with FORCE_COLOR, none with NO_COLOR', async () => {
    const file = `${corpus}/task/Transcode/transcode-workflow-triggered.xml`;
    expect((await runCli(['parse', file], { env: { FORCE_COLOR: '1' } })).stdout).toContain('\u001b[');
    expect((await runCli(['parse', file], { env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('reads stdin with -', async () => {
    const fixture = pick('task');
    const result = await runCli(['parse', '-', '--json'], { input: fixture.bytes() });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).event.EventName).toBe('TaskFinish');
  });

  it('a body that is not a callback: exit 1, the code and each issue at its path; --json too', async () => {
    const fixture = invalid.find((candidate) => candidate.wellFormed)!;
    const readable = await runCli(['parse', `${corpus}/${fixture.file}`]);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toMatch(/^INVALID_CALLBACK /);
    const json = await runCli(['parse', `${corpus}/${fixture.file}`, '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: 'INVALID_CALLBACK', issues: expect.any(Array) });
    const malformed = invalid.find((candidate) => !candidate.wellFormed)!;
    expect((await runCli(['parse', `${corpus}/${malformed.file}`])).stdout).toMatch(/^MALFORMED_(XML|JSON) /);
  });

  it('--lenient: a deviating body is an event, with what was moved out listed', async () => {
    const body =
      '<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag><Input><Object>a.mp4</Object><Object>b.mp4</Object></Input></JobsDetail></Response>';
    expect((await runCli(['parse', '-'], { input: body })).code).toBe(1);
    const lenient = await runCli(['parse', '-', '--lenient'], { input: body });
    expect(lenient.code).toBe(0);
    expect(lenient.stdout).toMatch(/deviations: 1 value\(s\) moved out of the event/);
    expect(JSON.parse((await runCli(['parse', '-', '--lenient', '--json'], { input: body })).stdout).deviations.count).toBe(1);
  });

  it('a Tag this version does not know still parses, shown as unknown', async () => {
    const body = '<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><JobId>j1</JobId><State>Success</State><Tag>FutureTag</Tag></JobsDetail></Response>';
    const result = await runCli(['parse', '-'], { input: body });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('FutureTag (a Tag this version does not know)');
  });

  it('escapes what the body chose: no terminal control reaches the screen', async () => {
    const body = '{"EventName":"TaskFinish","JobsDetail":{"Code":"Success","JobId":"j1","State":"Success","Tag":"Transcode","Message":"\\u001b[2J\\u001b]0;pwned\\u0007"}}';
    const result = await runCli(['parse', '-'], { input: body });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain('\u001b');
    expect(result.stdout).toContain('\\u001b[2J');
  });

  it('exit 2 for a missing file, an unknown option or command; help is 0', async () => {
    const missing = await runCli(['parse', 'no/such/file.xml']);
    expect([missing.code, missing.stderr]).toEqual([2, 'wanxiang parse: cannot read no/such/file.xml: ENOENT\n']);
    expect((await runCli(['parse', '--frob', 'x'])).code).toBe(2);
    expect((await runCli(['frob'])).code).toBe(2);
    expect((await runCli(['parse'])).code).toBe(2);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('parse');
  });
});

describe('wanxiang parse | head', () => {
  it('ends quietly when the reader goes away (EPIPE), without a stack trace', async () => {
    const { execFile } = await import('node:child_process');
    const jobs = Array.from({ length: 3000 }, (_, index) => `<JobsDetail><Code>Success</Code><JobId>j${index}</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail>`).join('');
    const body = `<Response><EventName>TaskFinish</EventName>${jobs}</Response>`;
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = `${mkdtempSync(`${tmpdir()}/wanxiang-epipe-`)}/many-jobs.xml`;
    writeFileSync(file, body);
    const script = `node "$BIN" parse "$FILE" | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`;
    const { BIN } = await import('./support/run-cli.js');
    const output = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile('bash', ['--norc', '--noprofile', '-c', script], { env: { PATH: process.env.PATH ?? '', FILE: file, BIN, NO_COLOR: '1' } }, (error, stdout, stderr) =>
        error ? reject(error) : resolve({ stdout, stderr }),
      ),
    );
    expect(output.stdout.trim()).toBe('status=0');
    expect(output.stderr).toBe('');
  });
});
