// Generated from the schemas in src/schemas by packages/core/scripts/generate-types.mjs (which
// says why): do not edit. `npm run build` rewrites it after a schema changes.
import type { JobFields, OperationFields } from '../job.js';

/** One sentence of a flash-recognition channel. */
export interface FlashSentence {
  text?: string | undefined;
  start_time?: number | undefined;
  end_time?: number | undefined;
  speaker_id?: number | undefined;
  word_list?: {
    word?: string | undefined;
    start_time?: number | undefined;
    end_time?: number | undefined;
    [key: string]: unknown;
  }[] | undefined;
  [key: string]: unknown;
}

/** One recognized sentence. */
export interface SentenceDetail {
  FinalSentence?: string | undefined;
  SliceSentence?: string | undefined;
  StartMs?: string | undefined;
  EndMs?: string | undefined;
  WordsNum?: string | undefined;
  SpeechSpeed?: string | undefined;
  SpeakerId?: string | undefined;
  Words?: {
    Word?: string | undefined;
    OffsetStartMs?: string | undefined;
    OffsetEndMs?: string | undefined;
    /** In the samples only. */
    VoiceType?: string | undefined;
    [key: string]: unknown;
  }[] | undefined;
  [key: string]: unknown;
}

/** A `SpeechRecognition` job (语音识别): `Operation.SpeechRecognitionResult` holds the transcript. */
export interface SpeechRecognitionJob extends JobFields {
  Tag: 'SpeechRecognition';
  Operation?: SpeechRecognitionOperation | undefined;
  [key: string]: unknown;
}

/** `Operation` of {@link SpeechRecognitionJob}. */
export interface SpeechRecognitionOperation extends OperationFields {
  /** The recognition parameters, when given inline instead of a template. */
  SpeechRecognition?: {
    [key: string]: unknown;
  } | undefined;
  SpeechRecognitionResult?: {
    /** Audio duration in seconds; documented as String. */
    AudioTime?: string | undefined;
    Result?: string | undefined;
    /** In the samples only: the transcript and detail objects written. */
    ObjectName?: string | undefined;
    DetailObjectName?: string | undefined;
    FlashResult?: {
      channel_id?: number | undefined;
      text?: string | undefined;
      sentence_list?: FlashSentence[] | undefined;
      [key: string]: unknown;
    }[] | undefined;
    ResultDetail?: SentenceDetail[] | undefined;
    [key: string]: unknown;
  } | undefined;
  [key: string]: unknown;
}
