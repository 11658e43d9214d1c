/**
 * A shape a genuine callback may take that Tencent's field tables do not describe, one node below
 * its identity, as integrations report them. The bodies built here are synthetic (a minimal
 * TaskFinish or moderation result around the one deviating node), not copies of real ones.
 */
export interface DeviantShape {
  /** What differs from the tables. */
  what: string;
  /** The dotted path the lenient reading moves out (`JobsDetail.0.…` for jobs). */
  path: string;
  /** The body, XML or JSON, for a job (or moderation job) id. */
  body(jobId: string, format: 'xml' | 'json'): string;
}

const transcodeXml = (jobId: string, operation: string, input = '<BucketId>bucket-1250000000</BucketId><Region>ap-chongqing</Region><Object>in.mp4</Object>') =>
  `<Response><EventName>TaskFinish</EventName><JobsDetail><Code>Success</Code><Message>success</Message><JobId>${jobId}</JobId><State>Success</State>` +
  `<Tag>Transcode</Tag><QueueId>p1</QueueId><Input>${input}</Input><Operation><TemplateId>t1</TemplateId>${operation}</Operation></JobsDetail></Response>`;

const transcodeJson = (jobId: string, operation: Record<string, unknown>, input: unknown = { BucketId: 'bucket-1250000000', Region: 'ap-chongqing', Object: 'in.mp4' }) =>
  JSON.stringify({
    EventName: 'TaskFinish',
    JobsDetail: [{ Code: 'Success', Message: 'success', JobId: jobId, State: 'Success', Tag: 'Transcode', QueueId: 'p1', Input: input, Operation: { TemplateId: 't1', ...operation } }],
  });

/** The names of {@link deviantShapes}; spelled out for the declarations, the compiler holds both to the same keys. */
export type DeviantShapeName = 'objectAsList' | 'numericPlaceholder' | 'textAsElement' | 'moderationPlaceholder';

/** The shapes: each body is valid but for its one node, which fails the strict reading at `path`. */
export const deviantShapes: Record<DeviantShapeName, DeviantShape> = {
  /** A Container the tables type as an Object, sent twice (a JSON array, a repeated element). */
  objectAsList: {
    what: 'MediaInfo.Format, an Object in the tables, arrives as a list',
    path: 'JobsDetail.0.Operation.MediaInfo.Format',
    body: (jobId, format) =>
      format === 'xml'
        ? transcodeXml(jobId, '<MediaInfo><Format><Duration>13</Duration></Format><Format><Duration>14</Duration></Format></MediaInfo>')
        : transcodeJson(jobId, { MediaInfo: { Format: [{ Duration: '13' }, { Duration: '14' }] } }),
  },
  /** An Int/Float field holding ffprobe's placeholder for "not available". */
  numericPlaceholder: {
    what: 'MediaInfo.Stream.Video.Bitrate, a number in the tables, holds "N/A"',
    path: 'JobsDetail.0.Operation.MediaInfo.Stream.Video.0.Bitrate',
    body: (jobId, format) =>
      format === 'xml'
        ? transcodeXml(jobId, '<MediaInfo><Stream><Video><Bitrate>N/A</Bitrate><Width>1280</Width></Video></Stream></MediaInfo>')
        : transcodeJson(jobId, { MediaInfo: { Stream: { Video: { Bitrate: 'N/A', Width: 1280 } } } }),
  },
  /** A String field that arrives as an element with children. */
  textAsElement: {
    what: 'Input.Object, a String in the tables, arrives with children',
    path: 'JobsDetail.0.Input.Object',
    body: (jobId, format) =>
      format === 'xml'
        ? transcodeXml(jobId, '', '<BucketId>bucket-1250000000</BucketId><Region>ap-chongqing</Region><Object><Key>in.mp4</Key></Object>')
        : transcodeJson(jobId, {}, { BucketId: 'bucket-1250000000', Region: 'ap-chongqing', Object: { Key: 'in.mp4' } }),
  },
  /** A moderation score (Int in the tables) holding "-". */
  moderationPlaceholder: {
    what: 'ReviewImage JobsDetail.PornInfo.Score, an Int in the tables, holds "-"',
    path: 'JobsDetail.PornInfo.Score',
    body: (jobId, format) =>
      format === 'xml'
        ? `<Response><EventName>ReviewImage</EventName><JobsDetail><Code>0</Code><Message>ok</Message><JobId>${jobId}</JobId><State>Success</State>` +
          `<Object>a.jpg</Object><Label>Normal</Label><Result>0</Result><PornInfo><HitFlag>0</HitFlag><Score>-</Score></PornInfo></JobsDetail></Response>`
        : JSON.stringify({
            EventName: 'ReviewImage',
            JobsDetail: { Code: '0', Message: 'ok', JobId: jobId, State: 'Success', Object: 'a.jpg', Label: 'Normal', Result: 0, PornInfo: { HitFlag: 0, Score: '-' } },
          }),
  },
};
