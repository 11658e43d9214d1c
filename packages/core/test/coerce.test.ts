import { parseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { loadBody, loadManifest } from '../../../test/corpus/load.js';
import { readBody } from '../src/body.js';
import { coerce, MISFIT } from '../src/coerce.js';
import { identifyEvent } from '../src/event-name.js';
import { readJson } from '../src/json.js';
import { normalizeEvent } from '../src/normalize.js';
import { ModerationDetailEvent } from '../src/schemas/moderation/detail-event.js';
import { ModerationSimpleEvent } from '../src/schemas/moderation/simple.js';
import { TaskFinishEvent } from '../src/schemas/task-finish.js';
import { UnknownEvent } from '../src/schemas/unknown-event.js';
import { WorkflowFinishEvent } from '../src/schemas/workflow-finish.js';
import { readXml as readXmlDocument } from '../src/xml.js';

const kindSchemas = { TaskFinish: TaskFinishEvent, WorkflowFinish: WorkflowFinishEvent, ModerationDetail: ModerationDetailEvent, ModerationSimple: ModerationSimpleEvent, Unknown: UnknownEvent };
const readXml = (text: string) => readXmlDocument(text, 64).value;
const manifest = loadManifest().filter((entry) => entry.wellFormed && entry.kind !== '_untagged');

function rawTree(bytes: Uint8Array, contentType: string) {
  const { text, format } = readBody(bytes, contentType, 4 * 1024 * 1024);
  return format === 'xml' ? readXml(text) : readJson(text, 64);
}

describe('the in-place fast path gives exactly what valibot gives', () => {
  for (const entry of manifest) {
    it(`${entry.file}: same event, and the fast path took it`, () => {
      const bytes = loadBody(entry.file);
      const contentType = entry.format === 'xml' ? 'application/xml' : 'application/json';
      const contentVersion = entry.moderationVariant;
      const fast = parseCallback(bytes, { contentType, contentVersion });
      // Without `reread`, normalizeEvent is valibot alone.
      const slow = normalizeEvent(rawTree(bytes, contentType), contentVersion);
      expect(fast).toStrictEqual(slow);
      // And the fast path did not misfit (every corpus body has a typed Tag and EventName).
      let root = rawTree(bytes, contentType) as Record<string, any>;
      if (Object.keys(root).length === 1 && root.Response) root = root.Response;
      const identity = identifyEvent(root, contentVersion)!;
      root.EventName = identity.eventName;
      expect(coerce(kindSchemas[identity.kind] as never, root)).not.toBe(MISFIT);
    });
  }

  it('misfits instead of guessing: a numeric field holding text, a repeated node, a missing required field', () => {
    const job = (operation: string) => readXml(`<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag><Operation>${operation}</Operation></JobsDetail></Response>`);
    expect(coerce(TaskFinishEvent as never, job('<MediaInfo><Format><Duration>long</Duration></Format></MediaInfo>'))).toBe(MISFIT);
    expect(coerce(TaskFinishEvent as never, job('<MediaInfo><Format/></MediaInfo><Output><Bucket>a</Bucket></Output><Output><Bucket>b</Bucket></Output>'))).toBe(MISFIT);
    expect(coerce(TaskFinishEvent as never, readXml('<Response><JobsDetail><Tag>Transcode</Tag></JobsDetail></Response>'))).toBe(MISFIT);
  });

  it('reports the same issues through parseCallback as valibot does', () => {
    const body =
      '<Response><EventName>TaskFinish</EventName><JobsDetail><Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>long</Duration></Format></MediaInfo></Operation></JobsDetail></Response>';
    expect(() => parseCallback(body)).toThrow(
      expect.objectContaining({ code: 'INVALID_CALLBACK', issues: [{ path: 'JobsDetail.0.Operation.MediaInfo.Format.Duration', message: 'expected a number, received "long"' }] }),
    );
  });
});
