import { parseCallback, safeParseCallback, type TaskFinishEvent } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';

const transcodeXml = (operation: string, extra = '') => `<Response>
  <EventName>TaskFinish</EventName>
  <JobsDetail>
    <Code>Success</Code><Message/><JobId>j1</JobId><State>Success</State><Tag>Transcode</Tag>${extra}
    <Operation>${operation}</Operation>
  </JobsDetail>
</Response>`;

const task = (body: string, contentType?: string) => parseCallback(body, { contentType }) as TaskFinishEvent;

describe('normalization follows the schema, not the wire', () => {
  it('makes documented numbers numbers, from XML text and from JSON strings or numbers alike', () => {
    const xml = task(transcodeXml('<MediaInfo><Format><Duration>13.6</Duration><Size>1909389</Size></Format></MediaInfo>'));
    const jsonText = task('{"EventName":"TaskFinish","JobsDetail":[{"Tag":"Transcode","JobId":"j1","Operation":{"MediaInfo":{"Format":{"Duration":"13.6"}}}}]}');
    const jsonNumber = task('{"EventName":"TaskFinish","JobsDetail":{"Tag":"Transcode","JobId":"j1","Operation":{"MediaInfo":{"Format":{"Duration":13.6}}}}}');
    for (const event of [xml, jsonText, jsonNumber]) {
      const job = event.JobsDetail[0]!;
      if (job.Tag !== 'Transcode') throw new Error('expected a Transcode job');
      expect(job.Operation?.MediaInfo?.Format?.Duration).toBe(13.6);
    }
  });

  it('keeps documented strings strings, turning a JSON number into its text', () => {
    const event = task('{"EventName":"TaskFinish","JobsDetail":[{"Tag":"Transcode","JobId":"j1","Progress":100,"Operation":{"JobLevel":0}}]}');
    const job = event.JobsDetail[0]!;
    expect(job.Progress).toBe('100');
    expect(job.Operation?.JobLevel).toBe('0');
  });

  it('makes documented lists lists, even for one XML element', () => {
    const event = task(transcodeXml('<MediaResult><OutputFile><ObjectName>out.mp4</ObjectName></OutputFile></MediaResult>'));
    const job = event.JobsDetail[0]!;
    if (job.Tag !== 'Transcode') throw new Error('expected a Transcode job');
    expect(job.Operation?.MediaResult?.OutputFile?.ObjectName).toEqual(['out.mp4']);
    expect(Array.isArray(event.JobsDetail)).toBe(true);
  });

  it('treats an empty element and a missing field alike: absent', () => {
    const event = task(transcodeXml('<UserData/>'));
    const job = event.JobsDetail[0]!;
    expect('Message' in job).toBe(false);
    expect(job.Operation === undefined || !('UserData' in job.Operation)).toBe(true);
  });

  it('reports a documented number that holds no number at its dotted path', () => {
    const result = safeParseCallback(transcodeXml('<MediaInfo><Format><Duration>thirteen</Duration></Format></MediaInfo>'));
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('INVALID_CALLBACK');
    expect(result.error?.issues).toEqual([{ path: 'JobsDetail.0.Operation.MediaInfo.Format.Duration', message: 'expected a number, received "thirteen"' }]);
    expect(result.error?.message).toContain('JobsDetail.0.Operation.MediaInfo.Format.Duration');
  });

  it.each(['NaN', 'Infinity', '0x10', '1,5', ' 1'])('does not take %j for a number', (value) => {
    const result = safeParseCallback(transcodeXml(`<MediaInfo><Format><Duration>${value}</Duration></Format></MediaInfo>`));
    expect(result.error?.code).toBe('INVALID_CALLBACK');
  });

  it('reports an element with children where text is documented', () => {
    const result = safeParseCallback(transcodeXml('<UserData><x>1</x></UserData>'));
    expect(result.error?.issues[0]?.path).toBe('JobsDetail.0.Operation.UserData');
  });

  it('keeps fields the schema does not name, as text in both formats', () => {
    const xml = task(transcodeXml('<NewThing><Level>3</Level></NewThing>', '<Priority>7</Priority>'));
    const json = task('{"EventName":"TaskFinish","JobsDetail":[{"Code":"Success","JobId":"j1","State":"Success","Tag":"Transcode","Priority":7,"Operation":{"NewThing":{"Level":3}}}]}');
    expect(xml.JobsDetail[0]).toMatchObject({ Priority: '7', Operation: { NewThing: { Level: '3' } } });
    expect(json.JobsDetail[0]).toMatchObject({ Priority: '7', Operation: { NewThing: { Level: '3' } } });
  });

  it('parses a job with a Tag it does not know as a generic job, keeping its Operation', () => {
    const event = task(
      '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>j9</JobId><Tag>HologramRender</Tag><State>Success</State><Operation><Result><Frames>3</Frames></Result></Operation></JobsDetail></Response>',
    );
    const job = event.JobsDetail[0]!;
    expect(String(job.Tag)).toBe('HologramRender');
    expect(job.JobId).toBe('j9');
    expect(job.Operation).toEqual({ Result: { Frames: '3' } });
  });

  it('does not let a known Tag with a bad field slip through as a generic job', () => {
    const result = safeParseCallback(transcodeXml('<MediaInfo><Format><Size>big</Size></Format></MediaInfo>'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toBe('JobsDetail.0.Operation.MediaInfo.Format.Size');
  });

  it('reads several jobs in one callback in order', () => {
    const body = '<Response><EventName>TaskFinish</EventName><JobsDetail><JobId>a</JobId></JobsDetail><JobsDetail><JobId>b</JobId></JobsDetail></Response>';
    expect(task(body).JobsDetail.map((job) => job.JobId)).toEqual(['a', 'b']);
  });

  it('unwraps a JSON body whose only key is Response', () => {
    const event = task('{"Response":{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","Tag":"Transcode"}}}');
    expect(event.JobsDetail[0]?.JobId).toBe('j1');
  });

  it('rejects an EventName that is not text at its path', () => {
    const result = safeParseCallback('<Response><EventName><Name>TaskFinish</Name></EventName><JobsDetail><JobId>j</JobId></JobsDetail></Response>');
    expect(result.error?.issues).toEqual([{ path: 'EventName', message: 'expected text' }]);
  });

  it('rejects a TaskFinish with no job', () => {
    const result = safeParseCallback('<Response><EventName>TaskFinish</EventName><JobsDetail/></Response>');
    expect(result.error?.code).toBe('INVALID_CALLBACK');
    expect(result.error?.issues[0]?.path).toBe('JobsDetail');
  });
});

describe('EventName is always set', () => {
  it('delivers an EventName it does not know as an UnknownEvent, every field kept as text', () => {
    const event = parseCallback('{"EventName":"TaskProgress","JobsDetail":[{"JobId":"j","Progress":40}]}');
    expect(String(event.EventName)).toBe('TaskProgress');
    expect(event).toEqual({ EventName: 'TaskProgress', JobsDetail: [{ JobId: 'j', Progress: '40' }] });
  });

  it('infers TaskFinish from JobsDetail and WorkflowFinish from WorkflowExecution', () => {
    expect(parseCallback('<Response><JobsDetail><JobId>j</JobId></JobsDetail></Response>').EventName).toBe('TaskFinish');
    const workflow = parseCallback('<Response><WorkflowExecution><RunId>r</RunId></WorkflowExecution></Response>');
    expect(workflow.EventName).toBe('WorkflowFinish');
    if (workflow.EventName !== 'WorkflowFinish') throw new Error('expected a workflow event');
    expect(workflow.WorkflowExecution.Tasks).toEqual([]);
    expect(workflow.WorkflowExecution.CosHeaders).toEqual([]);
  });

  it("takes a Simple moderation body's name from data.event", () => {
    const event = parseCallback('{"code":0,"message":"ok","data":{"event":"ReviewImage","result":1}}', { contentVersion: 'Simple' });
    expect(event.EventName).toBe('ReviewImage');
  });

  it('infers the name of a Simple body without data.event from its hit info', () => {
    expect(parseCallback('{"code":0,"data":{"porn_info":{"hit_flag":0,"count":9}}}').EventName).toBe('ReviewText');
    expect(parseCallback('{"code":0,"data":{"porn_info":{"hit_flag":0,"score":9}}}').EventName).toBe('ReviewAudio');
    expect(parseCallback('{"code":0,"message":"x"}').EventName).toBe('ReviewUnknown');
  });

  it('lets the X-Ci-Content-Version header decide the moderation shape', () => {
    const result = safeParseCallback('{"EventName":"ReviewImage","JobsDetail":{"JobId":"j"}}', { contentVersion: 'Simple' });
    expect(result.error?.code).toBe('INVALID_CALLBACK');
    expect(result.error?.issues.some((issue) => issue.path === 'code')).toBe(true);
  });
});
