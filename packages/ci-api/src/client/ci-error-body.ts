import { excerpt } from '@wanxiang/core';

/** The fields of CI's error answer (`<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId></Error>`), excerpted. */
export interface CiErrorBody {
  code?: string;
  message?: string;
  requestId?: string;
}

/** The most bytes of an error answer read: its three fields are short. */
export const MAX_ERROR_BODY_BYTES = 16 * 1024;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The `Code`, `Message` and `RequestId` of an error answer, XML as CI writes it (JSON tolerated),
 * each excerpted (control and bidirectional characters escaped, length bounded): they go into
 * messages and logs, and the server chose them.
 */
export function readCiErrorBody(bytes: Uint8Array): CiErrorBody {
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, MAX_ERROR_BODY_BYTES));
  const field = (name: string, max: number): string | undefined => {
    const match = new RegExp(`<${name}>([^<]*)</${name}>`).exec(text) ?? new RegExp(`"${name}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(text);
    if (!match) return undefined;
    const value = match[1]!.replace(/&(lt|gt|amp|quot|apos);/g, (_all, entity: string) => ENTITIES[entity]!).trim();
    return value === '' ? undefined : excerpt(value, max);
  };
  const out: CiErrorBody = {};
  const code = field('Code', 64);
  const message = field('Message', 200);
  const requestId = field('RequestId', 96);
  if (code !== undefined) out.code = code;
  if (message !== undefined) out.message = message;
  if (requestId !== undefined) out.requestId = requestId;
  return out;
}
