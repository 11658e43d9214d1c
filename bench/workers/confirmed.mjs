// The receiver of workers/receiver.mjs with verify by lookup on: createCiConfirm over a
// createCiClient whose fetch is the CI API double, in the same isolate. No network is
// modelled: what the ratio against the unconfirmed receiver shows is the lookup's own work
// (signing the GET, the double's signature check and answer, reading CI's record with
// parseLookup, the comparison). A real lookup adds CI's round trip on top.

import { createCiClient, createCiConfirm } from '@wanxiang/ci-api';
import { createCiApiDouble } from '@wanxiang/ci-api/testing';
import { isTaskFinish, parseCallback } from '@wanxiang/core';
import { createReceiver } from '@wanxiang/receiver';

const CREDENTIALS = { secretId: 'AKIDbenchconfirm0000000000000000', secretKey: 'bench-confirm-secret-key-0123456789' };
let receiver;

export default {
  fetch(request, env, ctx) {
    receiver ??= confirmedReceiver(env);
    return receiver.fetch(request, ctx);
  },
};

function confirmedReceiver(env) {
  const double = createCiApiDouble({ secrets: { [CREDENTIALS.secretId]: CREDENTIALS.secretKey } });
  double.addCallback(env.BODY, 'application/xml');
  // The deployment's bucket map: the benchmark body's own buckets.
  const event = parseCallback(env.BODY, { contentType: 'application/xml' });
  const buckets = {};
  if (isTaskFinish(event)) for (const job of event.JobsDetail) buckets[job.Input?.BucketId ?? job.Input?.Bucket] = job.Input?.Region ?? 'ap-guangzhou';
  const fetch = async (input, init) => {
    const answer = await double.fetch(input, init);
    // The double logs every request; a benchmark's hundreds of thousands would grow without bound.
    double.requests.length = 0;
    return answer;
  };
  const client = createCiClient({ credentials: CREDENTIALS, fetch });
  return createReceiver({ tokens: [env.CI_TOKENS], forwarder: { send: async () => {} }, logger: false, confirm: createCiConfirm({ client, buckets }) });
}
