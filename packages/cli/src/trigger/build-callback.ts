import { isCallbackError, isTestRequest, parseCallback } from '@wanxiang/core';
import type { Fixture } from '@wanxiang/fixtures';
import type { EditableBody } from './editable-body.js';
import { type IdChange, refreshIds } from './fresh-ids.js';
import { openJsonBody } from './json-body.js';
import { applyOverrides, type Override, type OverrideChange } from './overrides.js';
import { UsageError } from './usage-error.js';
import { openXmlBody } from './xml-body.js';

/** A callback ready to send: the body, CI's headers for it, and what was changed from the fixture. */
export interface Callback {
  readonly fixture: Fixture;
  readonly body: Uint8Array<ArrayBuffer>;
  /** `content-type`, and `x-ci-content-version` for moderation, as CI sends them. */
  readonly headers: Readonly<Record<string, string>>;
  readonly ids: readonly IdChange[];
  readonly changes: readonly OverrideChange[];
  /** What the user should know: the body no longer parses, or is CI's test request. */
  readonly notes: readonly string[];
}

/** How to change a fixture before it is sent. */
export interface BuildOptions {
  /** Applied in order, after the fresh ids (so a `--set` of an id wins). */
  readonly overrides: readonly Override[];
  /** Replace every id with a random one of its shape ({@link refreshIds}). */
  readonly freshIds: boolean;
}

/**
 * The fixture's body with fresh ids and the overrides written in, structurally (see
 * {@link openXmlBody}, {@link openJsonBody}); its exact bytes when nothing is to change. The
 * result is parsed again the way a receiver would: a body the overrides broke is still built
 * (a receiver's 400 may be the point), with a note.
 *
 * @throws {UsageError} when an override reaches nothing, or the fixture cannot be edited.
 */
export function buildCallback(fixture: Fixture, options: BuildOptions): Callback {
  const headers: Record<string, string> = { ...fixture.headers };
  const notes: string[] = [];
  if (options.overrides.length === 0 && !options.freshIds) return finish(fixture, fixture.bytes(), headers, [], [], notes);
  let body: EditableBody;
  try {
    body = fixture.format === 'xml' ? openXmlBody(fixture.text) : openJsonBody(fixture.text);
  } catch (error) {
    if (options.overrides.length > 0) throw new UsageError(`${fixture.file} cannot be edited: ${(error as Error).message}`);
    // A malformed body is still worth sending as it is: a receiver must refuse it well.
    notes.push(`ids kept: ${fixture.file} does not read as ${fixture.format} (${(error as Error).message})`);
    return finish(fixture, fixture.bytes(), headers, [], [], notes);
  }
  const ids = options.freshIds ? refreshIds(body) : [];
  const changes = applyOverrides(body, options.overrides, fixture.file);
  return finish(fixture, new TextEncoder().encode(body.text()), headers, ids, changes, notes);
}

function finish(fixture: Fixture, body: Uint8Array<ArrayBuffer>, headers: Record<string, string>, ids: IdChange[], changes: OverrideChange[], notes: string[]): Callback {
  try {
    const event = parseCallback(body, { contentType: headers['content-type'] ?? null, contentVersion: headers['x-ci-content-version'] ?? null });
    if (isTestRequest(event)) notes.push("this is CI's test request: a receiver answers it 200 and delivers nothing");
  } catch (error) {
    if (!isCallbackError(error)) throw error;
    notes.push(`the body does not parse as a callback (${error.code}: ${error.issues[0]?.path ? `${error.issues[0].path}: ` : ''}${error.issues[0]?.message ?? error.message}); sending it anyway`);
  }
  return { fixture, body, headers, ids, changes, notes };
}
