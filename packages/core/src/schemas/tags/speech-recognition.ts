import type * as v from 'valibot';
import type * as generated from '../../types/tags/speech-recognition.js';
import { list } from '../fields/list.js';
import { node } from '../fields/node.js';
import { Numeric } from '../fields/numeric.js';
import { Text } from '../fields/text.js';
import { type JobSchema, job } from '../job.js';

// Types follow the submit API's response table (提交语音识别任务): the ResultDetail fields are
// documented as String even where they hold numbers (StartMs, WordsNum ...), the FlashResult
// fields (flash-recognition engine, snake_case) as Integer.

/** One word of a flash-recognition sentence. */
const FlashWord = node({
  word: Text,
  start_time: Numeric,
  end_time: Numeric,
});

/** One sentence of a flash-recognition channel. */
const FlashSentenceSchema = node({
  text: Text,
  start_time: Numeric,
  end_time: Numeric,
  speaker_id: Numeric,
  word_list: list(FlashWord),
});
type FlashSentence = generated.FlashSentence;
const FlashSentence: v.GenericSchema<unknown, FlashSentence> = FlashSentenceSchema;

/** One word of a `ResultDetail` sentence. */
const Word = node({
  Word: Text,
  OffsetStartMs: Text,
  OffsetEndMs: Text,
  /** In the samples only. */
  VoiceType: Text,
});

/** One recognized sentence. */
const SentenceDetailSchema = node({
  FinalSentence: Text,
  SliceSentence: Text,
  StartMs: Text,
  EndMs: Text,
  WordsNum: Text,
  SpeechSpeed: Text,
  SpeakerId: Text,
  Words: list(Word),
});
type SentenceDetail = generated.SentenceDetail;
const SentenceDetail: v.GenericSchema<unknown, SentenceDetail> = SentenceDetailSchema;

/** A `SpeechRecognition` job (语音识别): `Operation.SpeechRecognitionResult` holds the transcript. */
export const SpeechRecognitionJob: JobSchema<'SpeechRecognition', SpeechRecognitionJob> = job('SpeechRecognition', {
  /** The recognition parameters, when given inline instead of a template. */
  SpeechRecognition: node({}),
  SpeechRecognitionResult: node({
    /** Audio duration in seconds; documented as String. */
    AudioTime: Text,
    Result: Text,
    /** In the samples only: the transcript and detail objects written. */
    ObjectName: Text,
    DetailObjectName: Text,
    FlashResult: list(
      node({
        channel_id: Numeric,
        text: Text,
        sentence_list: list(FlashSentence),
      }),
    ),
    ResultDetail: list(SentenceDetail),
  }),
});

export type SpeechRecognitionJob = generated.SpeechRecognitionJob;
