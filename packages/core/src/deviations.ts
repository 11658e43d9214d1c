import type { EntryPlan } from './entry-plan.js';
import { bound, type CallbackIssue, MAX_ISSUES } from './errors.js';
import type { EventKind } from './event-name.js';
import type { CallbackEvent } from './events/callback-event.js';
import { excerpt } from './excerpt.js';
import { isModerationDetail, isModerationSimple, isTaskFinish, isWorkflowFinish } from './guards/event-kind.js';
import { Sink, Walker } from './issues.js';
import { isRawObject, type RawObject, type RawValue } from './raw.js';
import type { SchemaLike } from './schema-like.js';

/** One value the lenient reading moved out of the typed event. */
export interface Deviation {
  /** Where the body carried it, dotted as issue paths are (`JobsDetail.0.Operation.MediaInfo`). */
  path: string;
  /** The value as the reader gave it, nothing coerced: text (JSON numbers too), an element (object) or a list. */
  raw: RawValue;
}

/**
 * What the lenient reading moved out of the typed event, and why: the values (the first
 * `MAX_ISSUES`, `count` in all) and the issues found in them (the first `MAX_ISSUES`,
 * `issueCount` in all), each issue's path inside one of the values' paths.
 */
export interface Deviations {
  values: Deviation[];
  count: number;
  issues: CallbackIssue[];
  issueCount: number;
}

/**
 * The fields that make an event's identity, by path: its idempotency keys are built from them
 * (`JobId:State` per job, the `RunId`, the moderation `JobId` or `trace_id`), so the lenient
 * reading never moves them out; nor `data.event`, which names a Simple moderation event. A body
 * whose identity fails is refused as the strict reading
 * refuses it: a callback delivered under a key other than the one its valid twin gets would
 * reach the downstream twice.
 */
export function isEnvelopePath(path: readonly (string | number)[]): boolean {
  const [first, second, third] = path;
  switch (path.length) {
    case 1:
      return first === 'data'; // the Simple moderation result, which holds trace_id
    case 2:
      return (first === 'JobsDetail' && second === 'JobId') || (first === 'WorkflowExecution' && second === 'RunId') || (first === 'data' && (second === 'trace_id' || second === 'event'));
    case 3:
      return first === 'JobsDetail' && typeof second === 'number' && (third === 'JobId' || third === 'State');
    default:
      return false;
  }
}

/**
 * Whether an event names every id its idempotency keys are made of: each job's `JobId`, the
 * `RunId`, the moderation `JobId` or `trace_id`. A valid event may lack one (its key is then a
 * digest of the whole event), but a deviating one may not: the digest of what was left would
 * differ from its valid twin's, and a replay after an upgrade would deliver it again.
 */
export function identifies(event: CallbackEvent): boolean {
  if (isTaskFinish(event)) return event.JobsDetail.every((job) => typeof job.JobId === 'string');
  if (isWorkflowFinish(event)) return typeof event.WorkflowExecution.RunId === 'string';
  if (isModerationDetail(event)) return typeof (event.JobsDetail as { JobId?: unknown }).JobId === 'string';
  if (isModerationSimple(event)) return typeof event.data?.trace_id === 'string';
  return false;
}

/**
 * The paths the lenient reading must not move out of this tree: {@link isEnvelopePath}, and,
 * for a Simple moderation body whose `EventName` is inferred from its hit-info nodes
 * (`inferReviewName`: not `named` by the body, no `data.event`), what that inference reads: every `*_info` node of `data`
 * and any with a `hit_flag` (or a list of such), and the `hit_flag`, `count` and `score` in each.
 * Moving one out could change the inferred name, and with it what the valid twin is called.
 */
export function identityPaths(kind: EventKind, root: RawObject, named: boolean): (path: readonly (string | number)[]) => boolean {
  const data = root.data;
  if (kind !== 'ModerationSimple' || named || !isRawObject(data) || typeof data.event === 'string') return isEnvelopePath;
  // Built on the tree before anything moves: `data` is what inferReviewName read (a second
  // pass reads a tree the first moved things out of, but only of fields this keeps).
  // A hit node sent as a list is not read as one, but its valid twin's would be.
  const hit = (value: unknown): boolean => (isRawObject(value) ? value.hit_flag !== undefined : Array.isArray(value) && value.some(hit));
  return (path) => {
    const [first, key, leaf] = path;
    if (isEnvelopePath(path)) return true;
    if (first !== 'data') return false;
    const node = data[key as string];
    return path.length === 2 ? String(key).endsWith('_info') || hit(node) : path.length === 3 && isRawObject(node) && hit(node) && (leaf === 'hit_flag' || leaf === 'count' || leaf === 'score');
  };
}

/**
 * {@link identifies} on the raw tree of a body of this kind, before anything is moved: a body
 * that cannot be delivered leniently is refused at the strict reading's cost, without a second
 * read (a hostile body of wrong items and no JobId cost three times as much otherwise).
 */
export function mayIdentify(kind: EventKind, root: RawObject): boolean {
  const text = (node: unknown, key: string) => isRawObject(node) && typeof node[key] === 'string';
  switch (kind) {
    case 'TaskFinish': {
      const jobs = root.JobsDetail;
      return Array.isArray(jobs) ? jobs.every((job) => text(job, 'JobId')) : text(jobs, 'JobId');
    }
    case 'WorkflowFinish':
      return text(root.WorkflowExecution, 'RunId');
    case 'ModerationDetail':
      return text(root.JobsDetail, 'JobId');
    case 'ModerationSimple':
      return text(root.data, 'trace_id');
    default:
      return false;
  }
}

/**
 * The issue collector's walk, where an optional entry that fails is moved out instead of
 * failing its parent: the deepest optional field around each issue goes, the rest of the event
 * stays typed. Moves are recorded during the walk and made after it, so the walk reads the tree
 * as the body carried it, and a value moved out whole keeps the moves inside it as its own.
 */
class DeviationWalker extends Walker {
  /** The moves, by position: the object, the key, and (for the first `MAX_ISSUES`) the dotted path. */
  readonly objects: Record<string, unknown>[] = [];
  readonly keys: string[] = [];
  readonly paths: string[] = [];
  readonly issues: CallbackIssue[] = [];
  issueCount = 0;

  constructor(private readonly isIdentity: (path: readonly (string | number)[]) => boolean) {
    super();
  }

  protected override entry(schema: SchemaLike, plan: EntryPlan, i: number, object: Record<string, unknown>, present: boolean, sink: Sink): boolean {
    const key = plan.keys[i]!;
    if (!present || !plan.optional[i] || this.envelope(key)) return super.entry(schema, plan, i, object, present, sink);
    // The entry's issues are those the sink gains during it: no sink of its own (one per field
    // of the body was most of the time on a large one).
    const count = sink.count;
    const kept = sink.issues.length;
    const start = this.keys.length;
    const typed = super.entry(schema, plan, i, object, present, sink);
    if (sink.count === count) return typed;
    // The value goes whole; what moved inside it stays in it. Its issues become the deviations'.
    this.objects.length = start;
    this.keys.length = start;
    if (this.paths.length > start) this.paths.length = start;
    this.issueCount += sink.count - count;
    sink.count = count;
    for (const issue of sink.issues.splice(kept)) if (this.issues.length < MAX_ISSUES) this.issues.push(issue);
    this.objects.push(object);
    this.keys.push(key);
    if (this.paths.length < MAX_ISSUES) {
      this.path.push(key);
      this.paths.push(bound(this.path.map((item) => (typeof item === 'number' ? String(item) : excerpt(item))).join('.')));
      this.path.pop();
    }
    return true;
  }

  private envelope(key: string): boolean {
    this.path.push(key);
    const envelope = this.isIdentity(this.path);
    this.path.pop();
    return envelope;
  }
}

/**
 * The walk's own sink: it keeps an issue's message only while the deviations still have room
 * for it, since whatever it gains inside a field that is then moved out becomes theirs.
 */
class DeviationSink extends Sink {
  constructor(private readonly walker: { readonly issues: readonly CallbackIssue[] }) {
    super(MAX_ISSUES);
  }

  override get keeping(): boolean {
    return this.walker.issues.length + this.issues.length < MAX_ISSUES;
  }

  // A variant's trial too: the issues moved out of it leave its own list empty, so a limit of its own would never stop it.
  override trial(): Sink {
    return new DeviationSink(this.walker);
  }
}

/**
 * Checks `root` against `schema` and moves out (deletes from the tree) every optional,
 * non-envelope value that fails, so that what stays fits. Answers what was moved (`count` 0
 * when nothing was), or `undefined`, leaving the tree as it was, when something that cannot be
 * moved out fails: a required field, the identity (`isIdentity`, {@link identityPaths}), the root itself.
 */
export function moveOutDeviations(schema: unknown, root: RawObject, isIdentity: (path: readonly (string | number)[]) => boolean = isEnvelopePath): Deviations | undefined {
  const walker = new DeviationWalker(isIdentity);
  const unresolved = new DeviationSink(walker);
  walker.run(schema as SchemaLike, root, unresolved);
  if (unresolved.count > 0) return undefined;
  const values: Deviation[] = [];
  let count = 0;
  for (let i = 0; i < walker.keys.length; i++) {
    const object = walker.objects[i]!;
    const key = walker.keys[i]!;
    // A value a variant's rejected option moved out and its chosen one moved again is moved once.
    if (!Object.hasOwn(object, key)) continue;
    if (i < walker.paths.length) values.push({ path: walker.paths[i]!, raw: object[key] as RawValue });
    delete object[key];
    count++;
  }
  return { values, count, issues: walker.issues, issueCount: walker.issueCount };
}
