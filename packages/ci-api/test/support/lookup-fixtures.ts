// The corpus bodies the client tests look up: real callbacks, each served by the double and
// compared with what the core reads from the callback itself.
import { parseCallbackLenient } from '@wanxiang/core';
import { type Fixture, fixtures, getFixture } from '@wanxiang/fixtures';
import { callbackRecords } from '../../src/testing/index.js';

export const TARGET = { bucket: 'examplebucket-1250000000', region: 'ap-guangzhou' } as const;
export const SECRET = { secretId: 'AKIDdoubleexample0000000000000000', secretKey: 'double-secret-key-0123456789abcdef' } as const;
export const ENDPOINT = 'https://examplebucket-1250000000.ci.ap-guangzhou.myqcloud.com';

/** The callback's own reading: what a lookup of its records must give. */
export function callbackEvent(fixture: Fixture) {
  return parseCallbackLenient(fixture.text, { contentType: fixture.contentType, contentVersion: fixture.contentVersion }).event;
}

const ID = /^[A-Za-z0-9_-]{1,128}$/;

/** Every well-formed body the double can serve whose ids a client may ask (masked ids like `****` are left out). */
export const servable: Fixture[] = fixtures.filter((fixture) => {
  if (!fixture.wellFormed) return false;
  try {
    const records = callbackRecords(fixture.text, fixture.contentType);
    const ids = records.kind === 'jobs' ? records.jobs.map((job) => job.id) : [records.kind === 'run' ? records.runId : records.jobId];
    return ids.length > 0 && ids.every((id) => ID.test(id));
  } catch {
    return false;
  }
});

export const transcodeXml = getFixture('task/Transcode/transcode-workflow-triggered.xml');
export const workflowJson = getFixture('workflow/WorkflowFinish/workflow-finish-example-json.json');
export const imageModeration = getFixture('moderation/image/image-detail-example.json');
