import type { AllowList } from './allow-list.js';

/** A comma-separated setting (`CI_TOKENS=new,old`) as a list: items trimmed, empty ones dropped. */
export function listSetting(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The environment variable that holds each allow-list, comma-separated. */
const allowListVariables = [
  ['BucketId', 'ALLOWED_BUCKETS'],
  ['Region', 'ALLOWED_REGIONS'],
  ['QueueId', 'ALLOWED_QUEUES'],
  ['WorkflowId', 'ALLOWED_WORKFLOWS'],
] as const;

/**
 * The allow-lists from ALLOWED_BUCKETS, ALLOWED_REGIONS, ALLOWED_QUEUES and ALLOWED_WORKFLOWS,
 * read through `read` (over a Worker's bindings, or the process environment); `undefined` when none
 * is set, which means no restriction.
 */
export function allowListFromEnv(read: (name: string) => string | undefined): AllowList | undefined {
  const allow: AllowList = {};
  for (const [field, name] of allowListVariables) {
    const values = listSetting(read(name));
    if (values.length > 0) allow[field] = values;
  }
  return Object.keys(allow).length > 0 ? allow : undefined;
}

/**
 * The receiver's `invalid` option from INVALID_CALLBACKS (`deliver`, the default, or `reject`),
 * read through `read`; `undefined` when unset or empty.
 *
 * @throws TypeError naming the variable for any other value: a misspelt `reject` must not
 * silently deliver.
 */
export function deliveryPolicyFromEnv(read: (name: string) => string | undefined): 'deliver' | 'reject' | undefined {
  const value = read('INVALID_CALLBACKS')?.trim();
  if (!value) return undefined;
  if (value === 'deliver' || value === 'reject') return value;
  throw new TypeError(`INVALID_CALLBACKS must be "deliver" or "reject", received ${JSON.stringify(value.slice(0, 40))}`);
}
