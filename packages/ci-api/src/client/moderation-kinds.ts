import type { ReviewEventName } from '@wanxiang/core';

/**
 * The moderation query paths (`GET /<kind>/auditing/<JobId>`) and the callback `EventName` each
 * kind's record reads as. Live-stream moderation is queried as `video`.
 */
export const moderationKinds = {
  image: 'ReviewImage',
  video: 'ReviewVideo',
  audio: 'ReviewAudio',
  text: 'ReviewText',
  document: 'ReviewDocument',
  webpage: 'ReviewHtml',
} as const satisfies Record<string, ReviewEventName>;

/** A moderation kind: the first segment of its query path. */
export type ModerationKind = keyof typeof moderationKinds;

/** The kind whose records read as `eventName`, or `undefined` for a name no kind has. */
export function moderationKindOf(eventName: string): ModerationKind | undefined {
  return (Object.keys(moderationKinds) as ModerationKind[]).find((kind) => moderationKinds[kind] === eventName);
}
