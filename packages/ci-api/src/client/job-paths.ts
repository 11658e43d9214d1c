import type { KnownTag } from '@wanxiang/core';

/**
 * The job query paths of CI's API (`GET /<path>/<jobId>`), one per service: media processing
 * (`jobs`), picture processing (`pic_jobs`), AI content recognition (`ai_jobs`), speech
 * recognition (`asr_jobs`), document conversion (`doc_jobs`), file processing (`file_jobs`).
 */
export const jobPaths = ['jobs', 'pic_jobs', 'ai_jobs', 'asr_jobs', 'doc_jobs', 'file_jobs'] as const;

/** One of {@link jobPaths}. */
export type JobPath = (typeof jobPaths)[number];

/**
 * Where a job of each Tag is queried: the path its submit document posts it to
 * (`POST /ai_jobs` → `GET /ai_jobs/<id>`). Typed by core's `KnownTag`, so a Tag added to the
 * core is refused here by the compiler until it is given a path.
 *
 * Sources (Tencent's 数据万象 API documents, tencentyun/intlcloud-documents, checked 2026-12):
 * `提交图片处理任务` (PicProcess → `/pic_jobs`), `提交翻译任务` and `提交分词任务`
 * (Translation, WordsGeneralize → `/ai_jobs`), `提交语音识别任务` (SpeechRecognition →
 * `/asr_jobs`), `查询指定的文档转码任务` (DocProcess → `/doc_jobs`), `查询多文件打包压缩结果`,
 * `查询文件解压结果`, `查询哈希值计算结果` (FileCompress, FileUncompress, FileHashCode →
 * `/file_jobs`), and each `提交媒体处理任务` page (`POST /jobs`) for the rest, VideoTargetRec
 * included (`视频目标检测` posts to `/jobs`). SCF, StreamPack, StreamPackConfig and
 * VideoStream appear only as workflow nodes, with no query page; `/jobs` is assumed for them.
 */
export const jobPathOfTag: Readonly<Record<KnownTag, JobPath>> = {
  Animation: 'jobs',
  Concat: 'jobs',
  DigitalWatermark: 'jobs',
  DocProcess: 'doc_jobs',
  ExtractDigitalWatermark: 'jobs',
  FileCompress: 'file_jobs',
  FileHashCode: 'file_jobs',
  FileUncompress: 'file_jobs',
  MediaInfo: 'jobs',
  NoiseReduction: 'jobs',
  PicProcess: 'pic_jobs',
  QualityEstimate: 'jobs',
  SCF: 'jobs',
  SDRtoHDR: 'jobs',
  Segment: 'jobs',
  SmartCover: 'jobs',
  Snapshot: 'jobs',
  SpeechRecognition: 'asr_jobs',
  StreamExtract: 'jobs',
  StreamPack: 'jobs',
  StreamPackConfig: 'jobs',
  SuperResolution: 'jobs',
  Transcode: 'jobs',
  Translation: 'ai_jobs',
  Tts: 'jobs',
  VideoMontage: 'jobs',
  VideoProcess: 'jobs',
  VideoStream: 'jobs',
  VideoTag: 'jobs',
  VideoTargetRec: 'jobs',
  VoiceSeparate: 'jobs',
  Watermark: 'jobs',
  WordsGeneralize: 'ai_jobs',
};

/** The query path of a job's Tag: {@link jobPathOfTag}, and `jobs` for a Tag this version does not know. */
export function jobPathOf(tag: string): JobPath {
  return Object.hasOwn(jobPathOfTag, tag) ? jobPathOfTag[tag as KnownTag] : 'jobs';
}
