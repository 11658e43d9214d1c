import { type CallbackBody, type CallbackError, isCallbackError, type LenientEvent, type ParseOptions, parseCallbackLenient, safeParseCallback } from '@wanxiang/core';

/** `ReceiverOptions.invalid`: deliver a callback that deviates below its identity, flagged, or refuse it. */
export type DeliveryPolicy = 'deliver' | 'reject';

/**
 * The receiver's `invalid` option, checked at creation.
 *
 * @throws TypeError for anything but `'deliver'`, `'reject'` or `undefined` (which is `'deliver'`).
 */
export function deliveryPolicy(value: unknown): DeliveryPolicy {
  if (value === undefined) return 'deliver';
  if (value === 'deliver' || value === 'reject') return value;
  throw new TypeError(`createReceiver: \`invalid\` must be 'deliver' or 'reject', received ${typeof value === 'string' ? JSON.stringify(value.slice(0, 40)) : typeof value}`);
}

/** What {@link parseDelivered} gives: the event (with its deviations, if any), or why the body is refused. */
export type Parsed = ({ success: true } & LenientEvent) | { success: false; error: CallbackError };

/**
 * Parses an admitted body as the policy says: leniently (`'deliver'`), so a value that fails
 * its schema below the identity is moved out and listed instead of refusing the body, or
 * strictly (`'reject'`). A programming error (invalid options) still throws.
 */
export function parseDelivered(raw: CallbackBody, options: ParseOptions, policy: DeliveryPolicy): Parsed {
  if (policy === 'reject') {
    const parsed = safeParseCallback(raw, options);
    return parsed.success ? { success: true, event: parsed.event } : parsed;
  }
  try {
    return { success: true, ...parseCallbackLenient(raw, options) };
  } catch (error) {
    if (isCallbackError(error)) return { success: false, error };
    throw error;
  }
}
