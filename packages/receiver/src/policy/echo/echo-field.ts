import { ECHO_OVERHEAD } from './echo-format.js';

/**
 * A field CI echoes back in its callback, where an echo value can ride:
 * - `UserData`: `Operation.UserData` of a media job (TaskFinish callbacks),
 * - `DataId`: `DataId` of a moderation job (`JobsDetail.DataId`, Simple `data.data_id`),
 * - `CosMeta`: an `x-cos-meta-*` header set on the object at upload, which workflow callbacks
 *   (`WorkflowExecution.CosHeaders`) and moderation callbacks (`CosHeaders`) carry.
 */
export type EchoField = 'UserData' | 'DataId' | 'CosMeta';

/** Every {@link EchoField}, in the order the TSDoc above lists them. */
export const echoFields: readonly EchoField[] = ['UserData', 'DataId', 'CosMeta'];

/**
 * The longest value, in bytes, Tencent documents for each field. Echo values are ASCII, so
 * bytes and characters agree.
 * - `UserData`: "透传用户信息, 可打印的 ASCII 码, 长度不超过1024" — tencentyun/intlcloud-documents,
 *   yehe_doc/基础存储服务/数据万象/API 文档/任务与工作流/任务接口/媒体处理/提交媒体处理任务/提交音视频转码任务_intl_zh.md
 *   (the same sentence on every media submit page and in the SDKs).
 * - `DataId`: "can contain up to 512 bytes" / "长度限制为512字节" — yehe_doc/基础存储服务/数据万象/API 文档/内容审核/文本审核/提交文本审核任务_intl_en.md
 *   (the same on the image, audio, video, live, document and web-page submit pages). No charset is documented.
 * - `CosMeta`: "包括用户自定义元数据头部后缀和用户自定义元数据信息…大小限制为2KB", and the suffix takes
 *   no `_` — yehe_doc/基础存储服务/对象存储/API 文档/Object 接口/基本操作/PUT Object_intl_zh.md. The 2 KB hold
 *   every `x-cos-meta-*` suffix and value of the object together, so this is an upper bound.
 */
export const ECHO_FIELD_MAX_BYTES: Readonly<Record<EchoField, number>> = { UserData: 1024, DataId: 512, CosMeta: 2048 };

/** The header an echo rides in for `CosMeta` unless another is configured. */
export const ECHO_COS_META_HEADER = 'x-cos-meta-ci-echo';

/**
 * The longest `data` `signEcho` takes for each field: the field's limit less
 * {@link ECHO_OVERHEAD} (26) — UserData 998, DataId 486, CosMeta 2015 (2048 less the 26 and the
 * 7 characters of the default header's suffix `ci-echo`; less again for the object's other
 * `x-cos-meta-*` headers). Without a field, DataId's 486 applies: such a value fits every field.
 */
export const ECHO_MAX_DATA_LENGTH: Readonly<Record<EchoField, number>> = {
  UserData: ECHO_FIELD_MAX_BYTES.UserData - ECHO_OVERHEAD,
  DataId: ECHO_FIELD_MAX_BYTES.DataId - ECHO_OVERHEAD,
  CosMeta: ECHO_FIELD_MAX_BYTES.CosMeta - ECHO_OVERHEAD - (ECHO_COS_META_HEADER.length - 'x-cos-meta-'.length),
};
