// The callbacks of the load test (test/worker-load.test.ts): distinct bodies CI could send,
// drawn from a seed, each with the idempotency keys the downstream must see once.

export function seedFrom(text: string | undefined): number {
  if (!text) return 0x5eed_2026;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`WANXIANG_LOAD_SEED must be an integer, not ${text}`);
  return seed >>> 0;
}

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Shape = 'task-xml' | 'task-json' | 'task-xml-2-jobs' | 'workflow-xml' | 'workflow-json' | 'moderation-detail' | 'moderation-simple';

/** One callback CI would send, and the idempotency key (`webhook-id`) the downstream must see once. */
export interface Callback {
  shape: Shape;
  body: string;
  contentType: string;
  headers: Record<string, string>;
  id: string;
  keys: string[];
  type: string;
}

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

const taskXmlJob = (jobId: string, state: string, i: number) =>
  `<JobsDetail><Code>${state === 'Success' ? 'Success' : 'InternalError'}</Code><Message>${state === 'Success' ? 'success' : 'failed'}</Message>` +
  `<JobId>${jobId}</JobId><State>${state}</State><Tag>Transcode</Tag><Progress>100</Progress><QueueId>p${hex(i % 7, 32)}</QueueId>` +
  `<CreationTime>2026-04-20T10:00:00+0800</CreationTime><StartTime>2026-04-20T10:00:01+0800</StartTime><EndTime>2026-04-20T10:00:09+0800</EndTime>` +
  `<Input><BucketId>bucket-1250000000</BucketId><Region>ap-chongqing</Region><Object>in/${i}.mp4</Object></Input>` +
  `<Operation><TemplateId>t1</TemplateId><Output><Bucket>bucket-1250000000</Bucket><Region>ap-chongqing</Region><Object>out/${i}.mp4</Object></Output>` +
  `<MediaInfo><Format><Duration>${10 + (i % 50)}.5</Duration><NumStream>2</NumStream><Size>${1_000_000 + i}</Size></Format></MediaInfo>` +
  `<UserData>load ${i}</UserData></Operation></JobsDetail>`;

/** `count` distinct callbacks (the test sends 2,000): mostly TaskFinish XML, with JSON, two-job, workflow and moderation bodies mixed in. */
export function makeCallbacks(seed: number, count: number): Callback[] {
  const rng = prng(seed ^ 0xb0d1e5);
  const run = hex(seed, 8);
  const callbacks: Callback[] = [];
  for (let i = 0; i < count; i++) {
    const n = hex(i, 6);
    const state = rng() < 0.9 ? 'Success' : 'Failed';
    const roll = i % 20;
    const shape: Shape =
      roll < 13
        ? 'task-xml'
        : roll < 16
          ? 'task-json'
          : roll === 16
            ? 'task-xml-2-jobs'
            : roll === 17
              ? i % 40 === 17
                ? 'workflow-xml'
                : 'workflow-json'
              : roll === 18
                ? 'moderation-detail'
                : 'moderation-simple';
    if (shape === 'task-xml') {
      const jobId = `j${run}load${n}`;
      callbacks.push({
        shape,
        body: `<Response><EventName>TaskFinish</EventName>${taskXmlJob(jobId, state, i)}</Response>`,
        contentType: 'application/xml',
        headers: {},
        id: `${jobId}:${state}`,
        keys: [`${jobId}:${state}`],
        type: 'TaskFinish',
      });
    } else if (shape === 'task-xml-2-jobs') {
      const [a, b] = [`j${run}pair${n}a`, `j${run}pair${n}b`];
      const keys = [`${a}:Success`, `${b}:${state}`];
      callbacks.push({
        shape,
        body: `<Response><EventName>TaskFinish</EventName>${taskXmlJob(a, 'Success', i)}${taskXmlJob(b, state, i)}</Response>`,
        contentType: 'text/xml',
        headers: {},
        id: keys.join(','),
        keys,
        type: 'TaskFinish',
      });
    } else if (shape === 'task-json') {
      const jobId = `j${run}json${n}`;
      const body = {
        EventName: 'TaskFinish',
        JobsDetail: [
          {
            Code: state === 'Success' ? 'Success' : 'InternalError',
            Message: state === 'Success' ? 'success' : 'failed',
            JobId: jobId,
            State: state,
            Tag: 'Snapshot',
            Progress: '100',
            QueueId: `p${hex(i % 7, 32)}`,
            CreationTime: '2026-04-20T10:00:00+0800',
            Input: { BucketId: 'bucket-1250000000', Region: 'ap-chongqing', Object: `in/${i}.mp4`, CosHeaders: [{ Key: 'Content-Type', Value: 'video/mp4' }] },
            Operation: { TemplateId: 't2', Output: { Bucket: 'bucket-1250000000', Region: 'ap-chongqing', Object: `snap/${i}-\${Number}.jpg` }, UserData: `load ${i}` },
            Workflow: { RunId: `i${run}via${n}`, WorkflowId: 'w1', WorkflowName: 'load', Name: 'Snapshot_1' },
          },
        ],
      };
      callbacks.push({ shape, body: JSON.stringify(body), contentType: 'application/json', headers: {}, id: `${jobId}:${state}`, keys: [`${jobId}:${state}`], type: 'TaskFinish' });
    } else if (shape === 'workflow-xml' || shape === 'workflow-json') {
      const runId = `i${run}run${n}`;
      const tasks = [
        { Type: 'Snapshot', State: 'Success', JobId: `j${run}wfs${n}`, Name: 'Snapshot_1', TemplateId: 't2', CreateTime: '2026-04-20 10:00:01+0800', EndTime: '2026-04-20 10:00:03+0800' },
        { Type: 'Transcode', State: state, JobId: `j${run}wft${n}`, Name: 'Transcode_1', TemplateId: 't1', CreateTime: '2026-04-20 10:00:01+0800', EndTime: '2026-04-20 10:00:09+0800' },
      ];
      const execution = {
        WorkflowId: 'w1',
        WorkflowName: 'load',
        RunId: runId,
        State: state,
        BucketId: 'bucket-1250000000',
        Object: `wf/${i}.mp4`,
        CreateTime: '2026-04-20 10:00:00+0800',
        Tasks: tasks,
      };
      const body =
        shape === 'workflow-json'
          ? JSON.stringify({ EventName: 'WorkflowFinish', WorkflowExecution: execution })
          : `<Response><EventName>WorkflowFinish</EventName><WorkflowExecution><WorkflowId>w1</WorkflowId><WorkflowName>load</WorkflowName><RunId>${runId}</RunId><State>${state}</State>` +
            `<BucketId>bucket-1250000000</BucketId><Object>wf/${i}.mp4</Object><CreateTime>2026-04-20 10:00:00+0800</CreateTime>` +
            tasks
              .map(
                (t) =>
                  `<Tasks>${Object.entries(t)
                    .map(([k, v]) => `<${k}>${v}</${k}>`)
                    .join('')}</Tasks>`,
              )
              .join('') +
            `</WorkflowExecution></Response>`;
      callbacks.push({ shape, body, contentType: shape === 'workflow-json' ? 'application/json' : 'application/xml', headers: {}, id: runId, keys: [runId], type: 'WorkflowFinish' });
    } else if (shape === 'moderation-detail') {
      const jobId = `s${run}img${n}`;
      const body = {
        EventName: 'ReviewImage',
        JobsDetail: {
          JobId: jobId,
          State: 'Success',
          CreationTime: '2026-04-20T10:00:00+08:00',
          Object: `img/${i}.jpg`,
          Label: i % 3 === 0 ? 'Porn' : 'Normal',
          Result: i % 3 === 0 ? 1 : 0,
          Score: i % 100,
          PornInfo: { HitFlag: i % 3 === 0 ? 1 : 0, Score: i % 100, Label: '', Category: '', SubLabel: '' },
          BucketId: 'bucket-1250000000',
          Region: 'ap-chongqing',
          ForbidState: 0,
          CosHeaders: { 'x-cos-meta-id': String(i) },
        },
      };
      callbacks.push({ shape, body: JSON.stringify(body), contentType: 'application/json', headers: { 'x-ci-content-version': 'Detail' }, id: jobId, keys: [jobId], type: 'ReviewImage' });
    } else {
      const traceId = `t${run}aud${n}`;
      const body = {
        code: 0,
        message: 'success',
        data: {
          event: 'ReviewAudio',
          forbidden_status: 0,
          porn_info: { hit_flag: 0, label: '', score: i % 100 },
          result: 0,
          trace_id: traceId,
          url: `https://bucket-1250000000.cos.ap-chongqing.myqcloud.com/a/${i}.mp3`,
        },
      };
      callbacks.push({ shape, body: JSON.stringify(body), contentType: 'application/json', headers: { 'x-ci-content-version': 'Simple' }, id: traceId, keys: [traceId], type: 'ReviewAudio' });
    }
  }
  return callbacks;
}
