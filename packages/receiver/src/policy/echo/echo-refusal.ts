import type { CallbackEvent } from '@wanxiang/core';
import { ReceiverError } from '../../errors/receiver-error.js';
import { ECHO_COS_META_HEADER } from './echo-field.js';
import { verifyEcho } from './echo-mac.js';
import { validateEchoSecrets } from './echo-secret.js';
import { echoUnitsOf } from './echo-units.js';

/** Where the echo check looks besides the fixed fields. */
export interface EchoRefusalOptions {
  /** The `x-cos-meta-*` header workflow runs and moderation results echo; default {@link ECHO_COS_META_HEADER}. */
  header?: string;
}

const HEADER_PATTERN = /^x-cos-meta-[a-z0-9-]+$/;

/**
 * The echo header, {@link ECHO_COS_META_HEADER} when not given.
 *
 * @throws TypeError for one that is not `x-cos-meta-<lower-case suffix>`.
 */
export function validateEchoHeader(header: unknown = ECHO_COS_META_HEADER): string {
  if (typeof header !== 'string' || !HEADER_PATTERN.test(header)) {
    throw new TypeError('echo: header must be x-cos-meta- followed by lower-case letters, digits and -');
  }
  return header;
}

/**
 * The refusal (`ECHO_INVALID`, 403) of an event one of whose units does not echo a valid value
 * from `signEcho`, or `undefined` when every unit does. Each unit is judged on its own and fails
 * closed: every job of a TaskFinish must carry one in `Operation.UserData` (one signed job does
 * not vouch for another), a workflow run in its `header`, a moderation result in `DataId` or,
 * without one, in its `header`; an event of an unknown kind is refused. Each value is checked
 * against the field it rides in (see `EchoOptions.field`). Units are checked in body order and
 * the first fault is named at its dotted path (`JobsDetail.1.Operation.UserData`).
 *
 * What this proves is that the value was minted with one of `secrets`; it does not tie the
 * value to this callback. Anyone who has seen one echo can copy it into a forged body, so put
 * what the callback should match (a job nonce, the object key) into the data and compare it.
 *
 * @throws TypeError for no secret, a secret under 16 characters, or a header that is not `x-cos-meta-<lower-case suffix>`.
 */
export async function echoRefusal(event: CallbackEvent, secrets: readonly string[], options: EchoRefusalOptions = {}): Promise<ReceiverError | undefined> {
  validateEchoSecrets(secrets);
  const header = validateEchoHeader(options.header);
  for (const unit of echoUnitsOf(event, header)) {
    if (unit.found.length === 0) {
      const who = unit.at === '' ? 'The callback' : unit.at;
      return new ReceiverError('ECHO_INVALID', `${who} carries no echo (${unit.wanted}), which the echo check requires`, {
        issues: [{ path: unit.missing, message: `missing: the echo check requires ${unit.wanted}` }],
      });
    }
    for (const found of unit.found) {
      const result = await verifyEcho(secrets, found.value, { field: found.field });
      if (!result.valid) {
        return new ReceiverError('ECHO_INVALID', `${found.path} is not a valid echo: ${result.reason}`, {
          issues: [{ path: found.path, message: result.reason }],
        });
      }
    }
  }
  return undefined;
}
