import { type EchoRefusalOptions, validateEchoHeader } from './echo-refusal.js';
import { validateEchoSecrets } from './echo-secret.js';

/** The receiver's `echo` option: refuse (403 `ECHO_INVALID`) a callback that does not echo a value of `signEcho` made with one of `secrets`. */
export interface EchoSettings extends EchoRefusalOptions {
  /** The echo secrets; list two while rotating. Each at least 16 characters. */
  secrets: readonly string[];
}

/**
 * Checks the `echo` option once, at `createReceiver`, so that a misconfiguration fails at
 * start rather than as a 500 per request.
 *
 * @throws TypeError for no secret, a secret under 16 characters, or a header that is not `x-cos-meta-<lower-case suffix>`.
 */
export function validateEchoSettings(settings: EchoSettings): EchoSettings {
  if (typeof settings !== 'object' || settings === null) throw new TypeError('createReceiver: `echo` must be an object { secrets, header? }');
  const secrets = validateEchoSecrets(settings.secrets);
  return { secrets, header: validateEchoHeader(settings.header) };
}
