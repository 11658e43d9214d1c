import type { Fixture } from '@wanxiang/fixtures';
import { parseEventPath } from './event-path.js';
import type { Override } from './overrides.js';
import { UsageError } from './usage-error.js';

/**
 * What `--state` sets, by the kind of callback: every job's `State` in a task callback
 * (`JobsDetail.*.State`), the run's in a workflow callback (`WorkflowExecution.State`, not its
 * tasks'), the moderation job's in a Detail moderation callback. The value is not checked
 * against a list: CI documents `Submitted`, `Running`, `Success`, `Failed`, `Pause`, `Cancel`
 * (moderation also `Auditing`), and a receiver must cope with one it has not seen.
 *
 * @throws {UsageError} for a Simple moderation callback, which has no State.
 */
export function stateOverride(fixture: Pick<Fixture, 'family' | 'moderationVariant' | 'file'>, state: string): Override {
  const option = `--state ${state}`;
  if (fixture.family === 'workflow') return { path: parseEventPath('WorkflowExecution.State'), value: state, option };
  if (fixture.moderationVariant === 'Simple') throw new UsageError(`${option}: a Simple moderation callback (${fixture.file}) has no State; use --variant Detail, or --set data.result=1`);
  return { path: parseEventPath('JobsDetail.*.State'), value: state, option };
}
