import { type CallbackEvent, isTaskFinish, isTestRequest, isWorkflowFinish, knownTags, parseCallback, reviewEventNames } from '@wanxiang/core';
import { type Fixture, type Format, fixtures, isFixtureFile, type ModerationVariant, twinsOf } from '@wanxiang/fixtures';
import { closeNames } from './close-names.js';
import { UsageError } from './usage-error.js';

/** What to trigger: a name as the user wrote it, and the format and moderation variant asked for. */
export interface TriggerRequest {
  readonly name: string;
  readonly format?: Format;
  readonly variant?: ModerationVariant;
}

/** The fixture chosen, and what the user should know about the choice (a format or twin substituted). */
export interface PickedFixture {
  readonly fixture: Fixture;
  readonly notes: readonly string[];
  /** A Tag the corpus has no body for: the body is a real TaskFinish whose jobs' Tag becomes this one. */
  readonly retag?: string;
}

// The event each well-formed body reads as, or null when core refuses it; computed once.
const events = new Map<Fixture, CallbackEvent | null>();
function eventOf(fixture: Fixture): CallbackEvent | null {
  if (!events.has(fixture)) {
    let event: CallbackEvent | null = null;
    try {
      if (fixture.wellFormed) event = parseCallback(fixture.bytes(), { contentType: fixture.contentType, contentVersion: fixture.contentVersion ?? null });
    } catch {
      // Kept as the docs print it: a body core refuses is no callback to send.
    }
    events.set(fixture, event);
  }
  return events.get(fixture)!;
}

const moderationKinds = new Set(fixtures.filter((fixture) => fixture.family === 'moderation').map((fixture) => fixture.kind));

/** What a name asks for: which bodies match, and which of them is most typical (its own folder). */
interface Target {
  readonly label: string;
  matches(fixture: Fixture, event: CallbackEvent): boolean;
  typical(fixture: Fixture): boolean;
}

function targetOf(name: string): Target | undefined {
  if (knownTags.has(name)) {
    return { label: `a ${name} job`, matches: (_, event) => isTaskFinish(event) && event.JobsDetail.some((job) => String(job.Tag) === name), typical: (fixture) => fixture.kind === name };
  }
  // The job most users start with stands for "a task callback".
  if (name === 'TaskFinish') return { label: 'a TaskFinish', matches: (fixture, event) => fixture.family === 'task' && isTaskFinish(event), typical: (fixture) => fixture.kind === 'Transcode' };
  if (name === 'WorkflowFinish') return { label: 'a WorkflowFinish', matches: (_, event) => isWorkflowFinish(event), typical: (fixture) => fixture.eventName === 'WorkflowFinish' };
  if ((reviewEventNames as readonly string[]).includes(name)) {
    // ReviewVideo is also what a live-stream result reads as; the video bodies are its own.
    const kind = name.slice('Review'.length).toLowerCase();
    return { label: `a ${name}`, matches: (fixture, event) => fixture.family === 'moderation' && String(event.EventName) === name, typical: (fixture) => fixture.kind === kind };
  }
  if (moderationKinds.has(name)) return { label: `a ${name} moderation result`, matches: (fixture) => fixture.family === 'moderation' && fixture.kind === name, typical: () => true };
  return undefined;
}

/** Every name `trigger` accepts besides a fixture path: the Tags with a body, TaskFinish, WorkflowFinish, the moderation names and kinds. */
export function triggerNames(): string[] {
  const tags = [...knownTags].filter((tag) =>
    fixtures.some((fixture) => {
      const event = eventOf(fixture);
      return event !== null && targetOf(tag)!.matches(fixture, event);
    }),
  );
  return [...tags, 'TaskFinish', 'WorkflowFinish', ...reviewEventNames, ...moderationKinds];
}

/**
 * The real body closest to what was asked. A fixture path (relative to the corpus) is that body,
 * or its twin in the asked format. A name picks among the well-formed bodies that core parses
 * into it, preferring, in order: the asked format (XML, CI's default, when none is asked), for
 * moderation the asked variant (else Detail, which has a State), a body of the name's own folder, one with an
 * `EventName` (not a legacy body), one with a twin in the other format (so that `--format`
 * switches the wire format and nothing else), one that is not CI's test request, one copied from
 * the documentation rather than written for the project; then the manifest's order. When no
 * body has the asked format, another is sent and a note says so.
 *
 * @throws {UsageError} for a name nothing matches (the message lists close names), a Tag the
 * corpus has no body for, or a variant or format a named file cannot give.
 */
export function pickFixture(request: TriggerRequest): PickedFixture {
  const file = request.name
    .replace(/\\/g, '/')
    .replace(/^(?:.*\/)?corpus\//, '')
    .replace(/^\.\//, '');
  if (isFixtureFile(file)) return pickFile(fixtures.find((fixture) => fixture.file === file)!, request);
  const target = targetOf(request.name);
  if (target === undefined) {
    const close = closeNames(request.name, new Set([...triggerNames(), ...knownTags]));
    throw new UsageError(
      `unknown callback "${request.name}"${close.length > 0 ? `; did you mean ${close.join(', ')}?` : ''} (a job Tag, TaskFinish, WorkflowFinish, a moderation name such as ReviewImage or kind such as image, or a fixture path such as task/Transcode/transcode-workflow-triggered.xml)`,
    );
  }
  let candidates = fixtures.filter((fixture) => {
    const event = eventOf(fixture);
    return event !== null && target.matches(fixture, event);
  });
  if (candidates.length === 0 && knownTags.has(request.name)) {
    // Tencent's documentation shows no callback of this Tag: a real task body carries it instead,
    // said so in the output (its Operation is the other Tag's, which the schemas leave optional).
    const base = pickFixture({ name: 'TaskFinish', ...(request.format && { format: request.format }) });
    return {
      fixture: base.fixture,
      retag: request.name,
      notes: [...base.notes, `the corpus has no body for ${target.label} (Tencent's documentation shows none): sending ${base.fixture.file} with each job's Tag set to ${request.name}`],
    };
  }
  if (candidates.length === 0) throw new UsageError(`the corpus has no body for ${target.label}`);
  const notes: string[] = [];
  if (candidates.some((fixture) => fixture.family === 'moderation')) {
    const variants = new Set(candidates.map((fixture) => fixture.moderationVariant));
    const variant = request.variant ?? (variants.has('Detail') ? 'Detail' : 'Simple');
    if (!variants.has(variant)) throw new UsageError(`the corpus has no ${variant} body for ${target.label}; it has ${[...variants].join(', ')}`);
    candidates = candidates.filter((fixture) => fixture.moderationVariant === variant);
  } else if (request.variant !== undefined) {
    throw new UsageError(`--variant is for moderation callbacks; ${request.name} is not one`);
  }
  const format = request.format ?? 'xml';
  const names = new Set(candidates.map((fixture) => fixture.file));
  const rank = (fixture: Fixture) => [
    fixture.format === format ? 0 : 1,
    target.typical(fixture) ? 0 : 1,
    fixture.eventName !== null ? 0 : 1,
    twinsOf(fixture.file).some((twin) => names.has(twin.file)) ? 0 : 1,
    isTestRequest(eventOf(fixture)!) ? 1 : 0,
    fixture.origin === 'doc' ? 0 : 1,
  ];
  const ranked = candidates.map((fixture, order) => ({ fixture, key: [...rank(fixture), order] })).sort((a, b) => compare(a.key, b.key));
  const fixture = ranked[0]!.fixture;
  if (request.format !== undefined && fixture.format !== request.format) notes.push(`the corpus has no ${request.format} body for ${target.label}; sending ${fixture.format}`);
  return { fixture, notes };
}

/** A named file: itself, or its twin when another format is asked for. */
function pickFile(fixture: Fixture, request: TriggerRequest): PickedFixture {
  if (request.variant !== undefined && fixture.moderationVariant !== request.variant)
    throw new UsageError(`--variant ${request.variant}: ${fixture.file} is ${fixture.moderationVariant ? `a ${fixture.moderationVariant} body` : 'not a moderation body'}`);
  if (request.format === undefined || request.format === fixture.format) return { fixture, notes: [] };
  const twin = twinsOf(fixture.file).find((candidate) => candidate.format === request.format);
  if (twin === undefined) throw new UsageError(`--format ${request.format}: ${fixture.file} is ${fixture.format} and has no ${request.format} twin`);
  return { fixture: twin, notes: [`${fixture.file} is ${fixture.format}; sending its ${request.format} twin`] };
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
