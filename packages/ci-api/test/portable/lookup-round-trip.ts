// The client against the double, in whatever runtime imports this module (Node, workerd, Deno:
// test/ci-api-double-runtimes.test.ts): Web APIs only on both sides.
import { getFixture } from '@wanxiang/fixtures';
import { createCiClient, isCiApiError } from '../../src/index.js';
import { createCiApiDouble } from '../../src/testing/index.js';

export interface RoundTrip {
  found: string[];
  wrongSecret: string;
  stalled: { code: string; ms: number };
  verified: boolean[];
}

export async function lookupRoundTrip(): Promise<RoundTrip> {
  const target = { bucket: 'examplebucket-1250000000', region: 'ap-guangzhou' };
  const double = createCiApiDouble({ secrets: { AKIDportable: 'portable-secret' }, stallMs: 5000 });
  double.addCallback(getFixture('task/Transcode/transcode-workflow-triggered.xml').text);
  const client = (secretKey: string, timeoutMs = 3000) => createCiClient({ credentials: { secretId: 'AKIDportable', secretKey }, fetch: double.fetch, timeoutMs });
  const codeOf = (error: unknown) => (isCiApiError(error) ? error.code : String(error));

  const { jobs } = await client('portable-secret').getJobs(target, ['j68427030f84611ecb8546d80f2baf56f']);
  const wrongSecret = await client('wrong')
    .getJobs(target, ['j68427030f84611ecb8546d80f2baf56f'])
    .then(() => 'resolved', codeOf);
  double.fail('stall');
  const started = Date.now();
  const stalledCode = await client('portable-secret', 200)
    .getJobs(target, ['j68427030f84611ecb8546d80f2baf56f'])
    .then(() => 'resolved', codeOf);
  return { found: jobs.map((job) => `${job.JobId}:${job.State}`), wrongSecret, stalled: { code: stalledCode, ms: Date.now() - started }, verified: double.requests.map((request) => request.verified) };
}
