// `npm start` until the Cloudflare Worker receiver lands: a plain Node preview that runs the
// built core on every POST and answers with the normalized event (200) or the typed error (4xx).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCallback, isCallbackError } from '@wanxiang/core';

const port = Number(process.env.PORT ?? 8787);
const host = '127.0.0.1';
const statusFor = { EMPTY_BODY: 400, BODY_TOO_LARGE: 413, UNSUPPORTED_FORMAT: 415 };

const server = createServer(async (request, response) => {
  if (request.method !== 'POST') {
    response.writeHead(405, { allow: 'POST', 'content-type': 'application/json' }).end('{"code":"METHOD_NOT_ALLOWED"}');
    return;
  }
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const body = new Uint8Array(Buffer.concat(chunks));
  try {
    const event = parseCallback(body, {
      contentType: request.headers['content-type'],
      contentVersion: request.headers['x-ci-content-version'],
    });
    const jobs = Array.isArray(event.JobsDetail) ? event.JobsDetail : [];
    console.log(`accepted ${event.EventName}${jobs.map((job) => ` ${String(job.Tag ?? '-')} ${job.JobId ?? '-'} ${job.State ?? '-'}`).join(',')}`);
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(event, null, 2));
  } catch (error) {
    if (!isCallbackError(error)) throw error;
    console.log(`rejected ${error.code}: ${error.message}`);
    response
      .writeHead(statusFor[error.code] ?? 400, { 'content-type': 'application/json' })
      .end(JSON.stringify({ code: error.code, message: error.message, issues: error.issues }, null, 2));
  }
});

server.listen(port, host, () => {
  const sample = resolve('../shared/corpus/task/Transcode/transcode-workflow-triggered.xml');
  const bodyArgument = existsSync(sample)
    ? `--data-binary @${sample}`
    : `--data-binary '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag></JobsDetail></Response>'`;
  console.log(`wanxiang preview receiver listening on http://${host}:${port}/`);
  console.log(`try: curl -s -X POST -H 'content-type: application/xml' ${bodyArgument} http://${host}:${port}/`);
});
