import type { CallbackEvent, JobDetail, KnownTag, MediaInfo, TaskFinishEvent, UnknownTag, WorkflowFinishEvent, WorkflowTask } from '@wanxiang/core';
import { parseCallback, safeParseCallback } from '@wanxiang/core';
import type * as v from 'valibot';
import { describe, expectTypeOf, it } from 'vitest';
import type { typedJobs, UnknownJob as UnknownJobSchema } from '../src/schemas/job-detail.js';

describe('the event types narrow the way users branch', () => {
  it('parseCallback returns a CallbackEvent', () => {
    expectTypeOf(parseCallback).returns.toEqualTypeOf<CallbackEvent>();
  });

  it('narrows an event by EventName', () => {
    const event = {} as CallbackEvent;
    if (event.EventName === 'TaskFinish') {
      expectTypeOf(event).toEqualTypeOf<TaskFinishEvent>();
      expectTypeOf(event.JobsDetail).toEqualTypeOf<JobDetail[]>();
    }
    if (event.EventName === 'ReviewImage') {
      expectTypeOf(event.EventName).toEqualTypeOf<'ReviewImage'>();
    }
    if (event.EventName === 'WorkflowFinish') {
      expectTypeOf(event).toEqualTypeOf<WorkflowFinishEvent>();
      expectTypeOf(event.WorkflowExecution.Tasks).toEqualTypeOf<WorkflowTask[]>();
    }
  });

  it('types Operation.MediaInfo after job.Tag === "Transcode"', () => {
    const job = {} as JobDetail;
    if (job.Tag === 'Transcode') {
      expectTypeOf(job.Operation!.MediaInfo).toEqualTypeOf<MediaInfo | undefined>();
      expectTypeOf(job.Operation!.MediaInfo!.Format!.Duration).toEqualTypeOf<number | undefined>();
      expectTypeOf(job.Operation!.MediaResult!.OutputFile!.ObjectName).toEqualTypeOf<string[] | undefined>();
    }
  });

  it('types Operation.SpeechRecognitionResult after job.Tag === "SpeechRecognition"', () => {
    const job = {} as JobDetail;
    if (job.Tag === 'SpeechRecognition') {
      expectTypeOf(job.Operation!.SpeechRecognitionResult).not.toBeUnknown();
      expectTypeOf(job.Operation!.SpeechRecognitionResult!.ResultDetail).toMatchTypeOf<unknown[] | undefined>();
      expectTypeOf(job.Operation!.SpeechRecognitionResult!.AudioTime).toEqualTypeOf<string | undefined>();
    }
  });

  it('narrows in a switch too', () => {
    const job = {} as JobDetail;
    switch (job.Tag) {
      case 'PicProcess':
        expectTypeOf(job.Operation!.PicProcessResult).not.toBeUnknown();
        break;
      case 'VideoTag':
        expectTypeOf(job.Operation!.VideoTagResult).not.toBeUnknown();
        break;
    }
  });

  it('types every one of the 33 documented Tags, and keeps unknown Tags opaque', () => {
    expectTypeOf<KnownTag>().toEqualTypeOf<
      | 'Animation'
      | 'Concat'
      | 'DigitalWatermark'
      | 'DocProcess'
      | 'ExtractDigitalWatermark'
      | 'FileCompress'
      | 'FileHashCode'
      | 'FileUncompress'
      | 'MediaInfo'
      | 'NoiseReduction'
      | 'PicProcess'
      | 'QualityEstimate'
      | 'SCF'
      | 'SDRtoHDR'
      | 'Segment'
      | 'SmartCover'
      | 'Snapshot'
      | 'SpeechRecognition'
      | 'StreamExtract'
      | 'StreamPack'
      | 'StreamPackConfig'
      | 'SuperResolution'
      | 'Transcode'
      | 'Translation'
      | 'Tts'
      | 'VideoMontage'
      | 'VideoProcess'
      | 'VideoStream'
      | 'VideoTag'
      | 'VideoTargetRec'
      | 'VoiceSeparate'
      | 'Watermark'
      | 'WordsGeneralize'
    >();
    expectTypeOf<Exclude<JobDetail['Tag'], KnownTag | undefined>>().toEqualTypeOf<UnknownTag>();
  });

  it('safeParseCallback narrows on success', () => {
    const result = safeParseCallback('');
    if (result.success) expectTypeOf(result.event).toEqualTypeOf<CallbackEvent>();
    else
      expectTypeOf(result.error.code).toEqualTypeOf<'EMPTY_BODY' | 'BODY_TOO_LARGE' | 'UNSUPPORTED_FORMAT' | 'MALFORMED_XML' | 'MALFORMED_JSON' | 'TOO_DEEP' | 'TOO_MANY_NAMES' | 'INVALID_CALLBACK'>();
  });

  it('JobDetail, the union of named job interfaces, is interchangeable with what the job schemas infer', () => {
    type Inferred = v.InferOutput<(typeof typedJobs)[number]> | v.InferOutput<typeof UnknownJobSchema>;
    expectTypeOf<JobDetail>().toExtend<Inferred>();
    expectTypeOf<Inferred>().toExtend<JobDetail>();
  });
});
