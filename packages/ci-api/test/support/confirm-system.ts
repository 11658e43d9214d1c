// A receiver whose confirm policy asks the CI API double (which checks every signature) through
// a real createCiClient: what the ci-confirm tests post callbacks to.
import { type CallbackEvent, isModerationDetail, isTaskFinish, isWorkflowFinish } from '@wanxiang/core';
import { createReceiver, type Delivery } from '@wanxiang/receiver';
import { createCiClient, createCiConfirm, type LookupBuckets } from '../../src/index.js';
import { createCiApiDouble } from '../../src/testing/index.js';
import { SECRET } from './lookup-fixtures.js';

const TOKEN = 'confirm-test-token-0123456789';
const URL = `https://hooks.example.com/ci/${TOKEN}`;

/** The bucket and region a callback names, as its deployment would configure them. */
export function bucketsOf(event: CallbackEvent): LookupBuckets {
  const pairs: [string, string][] = [];
  if (isTaskFinish(event)) {
    for (const job of event.JobsDetail) {
      const input = job.Input as { BucketId?: string; Bucket?: string; Region?: string } | undefined;
      const bucket = input?.BucketId ?? input?.Bucket;
      if (bucket) pairs.push([bucket, input?.Region ?? 'ap-guangzhou']);
    }
  } else if (isWorkflowFinish(event) && event.WorkflowExecution.BucketId) pairs.push([event.WorkflowExecution.BucketId, 'ap-guangzhou']);
  else if (isModerationDetail(event) && event.JobsDetail.BucketId) pairs.push([event.JobsDetail.BucketId, event.JobsDetail.Region ?? 'ap-guangzhou']);
  return Object.fromEntries(pairs);
}

export function system(options: { buckets?: LookupBuckets; secretKey?: string; confirmTimeoutMs?: number } = {}) {
  const double = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
  const urls: string[] = [];
  const fetch = (input: string, init?: RequestInit) => {
    urls.push(input);
    return double.fetch(input, init);
  };
  const client = createCiClient({ credentials: { secretId: SECRET.secretId, secretKey: options.secretKey ?? SECRET.secretKey }, fetch, timeoutMs: 2_000 });
  const deliveries: Delivery[] = [];
  const errors: { code: string; cause?: unknown }[] = [];
  const make = (buckets: LookupBuckets) => {
    const receiver = createReceiver({
      tokens: [TOKEN],
      forwarder: { send: async (delivery) => void deliveries.push(delivery) },
      confirm: createCiConfirm({ client, buckets }),
      logger: false,
      ...(options.confirmTimeoutMs ? { confirmTimeoutMs: options.confirmTimeoutMs } : {}),
    });
    receiver.onError((error) => void errors.push({ code: error.code, cause: error.cause }));
    return receiver;
  };
  const post = async (body: string, contentType: string, contentVersion: string | undefined, buckets: LookupBuckets) => {
    const receiver = make(buckets);
    const response = await receiver.fetch(new Request(URL, { method: 'POST', headers: { 'content-type': contentType, ...(contentVersion ? { 'x-ci-content-version': contentVersion } : {}) }, body }));
    await receiver.drain();
    return { status: response.status, body: (await response.json()) as { code?: string; message?: string; issues?: { path: string }[] } };
  };
  return { double, urls, deliveries, errors, post };
}
