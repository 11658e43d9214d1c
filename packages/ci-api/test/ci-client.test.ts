// createCiClient against the CI API double, in-process, with the corpus's real callback bodies:
// what a lookup finds must read as the callback's own event, and every way a lookup can fail
// must give its typed error, within the deadline and bounded memory.
import { getFixture } from '@wanxiang/fixtures';
import { beforeEach, describe, expect, it } from 'vitest';
import { CiApiError, type CiClientOptions, createCiClient, jobPathOf } from '../src/index.js';
import { type CiApiDouble, callbackRecords, createCiApiDouble } from '../src/testing/index.js';
import { callbackEvent, ENDPOINT, imageModeration, SECRET, servable, TARGET, transcodeXml, workflowJson } from './support/lookup-fixtures.js';

let double: CiApiDouble;
beforeEach(() => {
  double = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey }, stallMs: 10_000 });
});
const client = (options: Partial<CiClientOptions> = {}) => createCiClient({ credentials: SECRET, fetch: double.fetch, ...options });

/** The rejection of `promise`, which must be a CiApiError with `code`; its message must not leak the secret or the signature. */
async function ciError(promise: Promise<unknown>, code: CiApiError['code']): Promise<CiApiError> {
  const error = await promise.then(
    () => expect.unreachable('the lookup resolved'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(CiApiError);
  expect((error as CiApiError).code).toBe(code);
  expect((error as CiApiError).message).not.toContain(SECRET.secretKey);
  expect((error as CiApiError).message).not.toMatch(/q-signature|q-sign-algorithm/);
  return error as CiApiError;
}

const jobId = 'j68427030f84611ecb8546d80f2baf56f';

describe('a lookup reads as the callback it confirms', () => {
  it('covers the corpus: jobs of every query path, workflow runs, moderation jobs of every kind', () => {
    const kinds = new Set(
      servable.map((fixture) => {
        const records = callbackRecords(fixture.text, fixture.contentType);
        return records.kind === 'jobs' ? records.jobs[0]!.path : records.kind === 'run' ? 'run' : records.moderation;
      }),
    );
    expect([...kinds].sort()).toEqual(['ai_jobs', 'asr_jobs', 'audio', 'document', 'image', 'jobs', 'pic_jobs', 'run', 'text', 'video', 'webpage']);
    expect(servable.length).toBeGreaterThan(80);
  });

  it.each(servable.map((fixture) => [fixture.file, fixture] as const))('%s', async (_file, fixture) => {
    const records = double.addCallback(fixture.text, fixture.contentType);
    const callback = callbackEvent(fixture) as { JobsDetail?: unknown; WorkflowExecution?: unknown };
    if (records.kind === 'jobs') {
      const { jobs, missing } = await client().getJobs(
        TARGET,
        records.jobs.map((job) => job.id),
        { path: records.jobs[0]!.path },
      );
      expect(jobs).toEqual(callback.JobsDetail);
      expect(missing).toEqual([]);
    } else if (records.kind === 'run') {
      expect((await client().getWorkflowExecution(TARGET, records.runId)).execution).toEqual(callback.WorkflowExecution);
    } else {
      expect((await client().getModerationJob(TARGET, records.moderation, records.jobId)).job).toEqual(callback.JobsDetail);
    }
    expect(double.requests.map((request) => request.verified)).toEqual([true]);
  });
});

describe('getJobs', () => {
  it('finds a job: one signed GET /jobs/<id> to the bucket’s CI host', async () => {
    double.addCallback(transcodeXml.text);
    const seen: string[] = [];
    const { jobs, event } = await client({
      fetch: (input, init) => {
        seen.push(input);
        return double.fetch(input, init);
      },
    }).getJobs(TARGET, [jobId]);
    expect(jobs.map((job) => [job.JobId, job.Tag, job.State])).toEqual([[jobId, 'Transcode', 'Success']]);
    expect(event.EventName).toBe('TaskFinish');
    expect(seen).toEqual([`${ENDPOINT}/jobs/${jobId}`]);
    expect(double.requests).toMatchObject([{ method: 'GET', path: `/jobs/${jobId}`, verified: true, status: 200, securityToken: null }]);
  });

  it('asks several ids in one request, comma-joined; found in the order asked, the rest missing', async () => {
    double.addCallback(transcodeXml.text);
    double.addCallback(getFixture('task/Snapshot/snapshot-workflow-triggered-json.json').text);
    const { jobs, missing } = await client().getJobs(TARGET, ['j4e431ba0f86711ecb8546d80f2baf56f', 'jnosuchjob', jobId]);
    expect(jobs.map((job) => job.JobId)).toEqual(['j4e431ba0f86711ecb8546d80f2baf56f', jobId]);
    expect(missing).toEqual(['jnosuchjob']);
    expect(double.requests.map((request) => request.path)).toEqual([`/jobs/j4e431ba0f86711ecb8546d80f2baf56f,jnosuchjob,${jobId}`]);
  });

  it('an unknown id (NonExistJobIds) is LOOKUP_NOT_FOUND', async () => {
    const error = await ciError(client().getJobs(TARGET, ['jnosuchjob']), 'LOOKUP_NOT_FOUND');
    expect(error.message).toContain('jnosuchjob');
  });

  it('a job is found at its Tag’s query path, not another service’s', async () => {
    double.addCallback(getFixture('task/PicProcess/pic-process-workflow-triggered.xml').text);
    await ciError(client().getJobs(TARGET, ['c93984788066911ed89ed352d4d9d2084']), 'LOOKUP_NOT_FOUND');
    const { jobs } = await client().getJobs(TARGET, ['c93984788066911ed89ed352d4d9d2084'], { path: jobPathOf('PicProcess') });
    expect(jobs[0]!.Tag).toBe('PicProcess');
    expect(double.requests.at(-1)!.path).toBe('/pic_jobs/c93984788066911ed89ed352d4d9d2084');
  });

  it('refuses ids that would change the path, and more than 10', async () => {
    for (const ids of [[], ['a,b'], ['../x'], ['a/b'], ['a?b'], ['a b'], Array.from({ length: 11 }, (_, i) => `j${i}`)]) {
      await expect(client().getJobs(TARGET, ids)).rejects.toThrow(TypeError);
    }
    await expect(client().getJobs(TARGET, ['j1'], { path: 'jobs/../x' as never })).rejects.toThrow(TypeError);
    expect(double.requests).toEqual([]);
  });
});

describe('workflow runs and moderation jobs', () => {
  it('getWorkflowExecution reads the run; an unknown run is LOOKUP_NOT_FOUND', async () => {
    double.addCallback(workflowJson.text);
    const { execution } = await client().getWorkflowExecution(TARGET, 'i166ee19017b011eda8a5525400c540df');
    expect(execution.RunId).toBe('i166ee19017b011eda8a5525400c540df');
    expect(double.requests[0]!.path).toBe('/workflowexecution/i166ee19017b011eda8a5525400c540df');
    await ciError(client().getWorkflowExecution(TARGET, 'inosuchrun'), 'LOOKUP_NOT_FOUND');
  });

  it('getModerationJob reads the job at /<kind>/auditing/<JobId>; an unknown one is 404 AuditingJobNotFound', async () => {
    double.addCallback(imageModeration.text);
    const { job, event } = await client().getModerationJob(TARGET, 'image', 'xxxx');
    expect(event.EventName).toBe('ReviewImage');
    expect(job.JobId).toBe('xxxx');
    expect(double.requests[0]!.path).toBe('/image/auditing/xxxx');
    const error = await ciError(client().getModerationJob(TARGET, 'text', 'xxxx'), 'LOOKUP_NOT_FOUND');
    expect([error.status, error.ciCode]).toEqual([404, 'AuditingJobNotFound']);
  });
});

describe('failures, each typed', () => {
  it('404 is LOOKUP_NOT_FOUND, with the status and CI’s code', async () => {
    double.addCallback(transcodeXml.text);
    double.fail('not-found');
    const error = await ciError(client().getJobs(TARGET, [jobId]), 'LOOKUP_NOT_FOUND');
    expect([error.status, error.ciCode]).toEqual([404, 'ResourceNotFound']);
    expect(error.message).toContain(`GET /jobs/${jobId} of ${TARGET.bucket}`);
  });

  it('a wrong secret is 403 SignatureDoesNotMatch: LOOKUP_UNAUTHORIZED', async () => {
    double.addCallback(transcodeXml.text);
    const error = await ciError(client({ credentials: { ...SECRET, secretKey: 'not-the-secret' } }).getJobs(TARGET, [jobId]), 'LOOKUP_UNAUTHORIZED');
    expect([error.status, error.ciCode]).toEqual([403, 'SignatureDoesNotMatch']);
    expect(error.message).toContain('403');
    expect(error.message).not.toContain('not-the-secret');
    expect(error.requestId).toMatch(/^ZG91/);
    expect(double.requests).toMatchObject([{ verified: false, refusal: 'SignatureDoesNotMatch', status: 403 }]);
  });

  it('an unknown secret id (401 SecretidNotExist) and an expired signature (401 SignatureExpired) are LOOKUP_UNAUTHORIZED', async () => {
    const unknown = await ciError(client({ credentials: { secretId: 'AKIDunknown', secretKey: 'x' } }).getJobs(TARGET, [jobId]), 'LOOKUP_UNAUTHORIZED');
    expect([unknown.status, unknown.ciCode]).toEqual([401, 'SecretidNotExist']);
    const later = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey }, now: () => Date.now() + 3600_000 });
    const expired = await ciError(client({ fetch: later.fetch }).getJobs(TARGET, [jobId]), 'LOOKUP_UNAUTHORIZED');
    expect([expired.status, expired.ciCode]).toEqual([401, 'SignatureExpired']);
  });

  it('500 is LOOKUP_FAILED', async () => {
    double.fail('server-error', { times: 1 });
    const error = await ciError(client().getJobs(TARGET, [jobId]), 'LOOKUP_FAILED');
    expect([error.status, error.ciCode]).toEqual([500, 'InternalError']);
    double.addCallback(transcodeXml.text);
    expect((await client().getJobs(TARGET, [jobId])).jobs).toHaveLength(1);
  });

  it('a network failure is LOOKUP_FAILED', async () => {
    const error = await ciError(client({ fetch: () => Promise.reject(new TypeError('fetch failed')) }).getJobs(TARGET, [jobId]), 'LOOKUP_FAILED');
    expect(error.message).toContain('network failure: fetch failed');
  });

  it('garbage is LOOKUP_FAILED, with the parser’s issues', async () => {
    double.fail('garbage');
    const error = await ciError(client().getJobs(TARGET, [jobId]), 'LOOKUP_FAILED');
    expect(error.message).toMatch(/not a CI lookup answer \((MALFORMED_XML|UNSUPPORTED_FORMAT)\)/);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('a stalled answer is LOOKUP_TIMEOUT at the deadline, well under twice timeoutMs', async () => {
    double.fail('stall');
    const started = performance.now();
    await ciError(client({ timeoutMs: 200 }).getJobs(TARGET, [jobId]), 'LOOKUP_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(400);
    expect(double.requests[0]!.status).toBe('stalled');
  });

  it('a body that stalls counts against the deadline too, and is cancelled', async () => {
    double.fail('stall-body');
    const started = performance.now();
    await ciError(client({ timeoutMs: 200 }).getJobs(TARGET, [jobId]), 'LOOKUP_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(400);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(double.requests[0]!.bodyCancelled).toBe(true);
  });

  it('a fetch that ignores the signal still ends at the deadline', async () => {
    const started = performance.now();
    await ciError(client({ timeoutMs: 150, fetch: () => new Promise(() => {}) }).getJobs(TARGET, [jobId]), 'LOOKUP_TIMEOUT');
    expect(performance.now() - started).toBeLessThan(300);
  });

  it('a huge answer is LOOKUP_FAILED after at most maxBytes (and one chunk) are read', async () => {
    double.fail('huge');
    const error = await ciError(client({ maxBytes: 256 * 1024 }).getJobs(TARGET, [jobId]), 'LOOKUP_FAILED');
    expect(error.message).toContain('larger than maxBytes (262144)');
    expect(double.requests[0]!.bytesSent).toBeLessThanOrEqual(256 * 1024 + 2 * 65536);
  });

  it('a Content-Length over maxBytes is refused without reading the body', async () => {
    let pulled = 0;
    const body = new ReadableStream({
      pull: (controller) => {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const fetch = async () => new Response(body, { headers: { 'content-type': 'application/xml', 'content-length': String(10 * 1024 * 1024) } });
    await ciError(client({ fetch, maxBytes: 1024 }).getJobs(TARGET, [jobId]), 'LOOKUP_FAILED');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('the caller’s abort rejects with its own reason', async () => {
    double.fail('stall');
    const controller = new AbortController();
    const lookup = client().getJobs(TARGET, [jobId], { signal: controller.signal });
    const reason = new Error('caller gave up');
    controller.abort(reason);
    await expect(lookup).rejects.toBe(reason);
  });
});

describe('credentials and targets', () => {
  it('temporary credentials send their token as x-ci-security-token; a function is asked before every request', async () => {
    const sts = createCiApiDouble({ secrets: { AKIDtemporary: { secretKey: 'tmp-secret', sessionToken: 'token-1' } } });
    sts.addCallback(transcodeXml.text);
    let asked = 0;
    const credentials = async () => {
      asked++;
      return { secretId: 'AKIDtemporary', secretKey: 'tmp-secret', sessionToken: 'token-1' };
    };
    const ci = createCiClient({ credentials, fetch: sts.fetch });
    await ci.getJobs(TARGET, [jobId]);
    await ci.getJobs(TARGET, [jobId]);
    expect(asked).toBe(2);
    expect(sts.requests.map((request) => [request.verified, request.securityToken])).toEqual([
      [true, 'token-1'],
      [true, 'token-1'],
    ]);
    const error = await ciError(createCiClient({ credentials: { secretId: 'AKIDtemporary', secretKey: 'tmp-secret' }, fetch: sts.fetch }).getJobs(TARGET, [jobId]), 'LOOKUP_UNAUTHORIZED');
    expect(error.ciCode).toBe('AccessDenied');
  });

  it.each([
    ['a bucket with a dot', { bucket: 'evil.com/x-1250000000', region: 'ap-guangzhou' }],
    ['a bucket with a host after it', { bucket: 'examplebucket-1250000000.evil.com#', region: 'ap-guangzhou' }],
    ['a bucket with user info', { bucket: 'a@evil.com-1250000000', region: 'ap-guangzhou' }],
    ['a bucket without APPID', { bucket: 'examplebucket', region: 'ap-guangzhou' }],
    ['an upper-case bucket', { bucket: 'Example-1250000000', region: 'ap-guangzhou' }],
    ['a region with a dot', { bucket: 'examplebucket-1250000000', region: 'ap-guangzhou.evil.com' }],
    ['a region with a port', { bucket: 'examplebucket-1250000000', region: 'ap-guangzhou:8443' }],
    ['a region with a path', { bucket: 'examplebucket-1250000000', region: 'ap-guangzhou/x' }],
  ])('refuses %s: no request is made', async (_what, target) => {
    await expect(client().getJobs(target, [jobId])).rejects.toThrow(TypeError);
    expect(double.requests).toEqual([]);
  });

  it('an endpoint override must be an origin', async () => {
    for (const endpoint of ['https://user:pw@ci.test', 'https://ci.test/prefix', 'ftp://ci.test', 'not a url']) {
      await expect(client({ endpoint: () => endpoint }).getJobs(TARGET, [jobId])).rejects.toThrow(TypeError);
    }
    double.addCallback(transcodeXml.text);
    const { jobs } = await client({ endpoint: ({ bucket }) => `http://${bucket}.ci.internal:8080` }).getJobs(TARGET, [jobId]);
    expect(jobs).toHaveLength(1);
  });
});
