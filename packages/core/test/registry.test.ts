import { readFileSync } from 'node:fs';
import { tags as corpusTags, fixtures, spec } from '@wanxiang/fixtures';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { knownTags, reviewEventNames } from '../src/index.js';
import * as core from '../src/schemas/index.js';
import { jobSchemas, reviewEventSchemas } from '../src/schemas/index.js';
import { typedJobs } from '../src/schemas/job-detail.js';

const registryTags = Object.keys(jobSchemas);
const registryNames = Object.keys(reviewEventSchemas);
const exports = core as unknown as Record<string, unknown>;

/**
 * Tags the corpus names that this version deliberately leaves untyped (parsed as `UnknownJob`),
 * each with the reason. Empty today: every documented Tag is typed.
 */
const untypedTags: Record<string, string> = {};

/** The moderation kinds of the corpus (folder and `spec/moderation-<kind>`) and the `EventName` each calls back with. */
const eventNameOfKind: Record<string, string> = {
  image: 'ReviewImage',
  text: 'ReviewText',
  audio: 'ReviewAudio',
  video: 'ReviewVideo',
  // Live-stream moderation calls back as ReviewVideo (the live pages' samples).
  live: 'ReviewVideo',
  document: 'ReviewDocument',
  html: 'ReviewHtml',
};

/** The backticked names in the README table row whose first cell is `label`. */
function readmeRow(label: string): string[] {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const row = readme.split('\n').find((line) => line.startsWith(`| ${label} |`));
  if (row === undefined) throw new Error(`packages/core/README.md has no table row "${label}"`);
  return [...row.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
}

describe('the Tag registry', () => {
  it('types every Tag the corpus names: tags.json, the spec tables, the bodies and the workflow nodes', () => {
    const named = new Set<string>([
      ...corpusTags.map((info) => info.tag),
      ...Object.keys(spec).filter((name) => name !== 'workflow' && name !== 'task-legacy' && !name.startsWith('moderation-')),
      ...fixtures.flatMap((fixture) => fixture.tags.filter((tag): tag is string => typeof tag === 'string' && tag !== '')),
      ...fixtures.flatMap((fixture) => fixture.workflow?.tasks.map((task) => task.type) ?? []),
    ]);
    expect(named.size).toBeGreaterThanOrEqual(33);
    const missing = [...named].filter((tag) => !knownTags.has(tag) && !(tag in untypedTags));
    expect(missing, 'Tags in the corpus that are neither in schemas/job-registry.ts nor listed as untyped').toEqual([]);
    for (const tag of Object.keys(untypedTags)) expect(knownTags.has(tag), `${tag} is listed as untyped but is typed`).toBe(false);
  });

  it.each(registryTags)('%s: its schema discriminates on its own Tag', (tag) => {
    expect(jobSchemas[tag as keyof typeof jobSchemas].entries.Tag.literal).toBe(tag);
  });

  it.each(registryTags)('%s: @wanxiang/core/schemas exports its schema as %sJob', (tag) => {
    expect(exports[`${tag}Job`]).toBe(jobSchemas[tag as keyof typeof jobSchemas]);
  });

  it.each(registryTags)('%s: JobDetail parses it with its own schema, not as an unknown job', (tag) => {
    const result = v.safeParse(core.JobDetail, { Tag: tag, Operation: { TemplateId: 't' } });
    expect(result.success).toBe(true);
    expect(v.safeParse(core.UnknownJob, { Tag: tag }).success, 'a known Tag must not fit UnknownJob').toBe(false);
  });

  it('every *Job @wanxiang/core/schemas exports is in the registry (UnknownJob aside)', () => {
    const jobExports = Object.keys(exports).filter((name) => /^[A-Z]\w*Job$/.test(name) && name !== 'UnknownJob');
    expect(jobExports.sort()).toEqual(registryTags.map((tag) => `${tag}Job`).sort());
  });

  it('knownTags and typedJobs are the registry, in its order', () => {
    expect([...knownTags]).toEqual(registryTags);
    expect(typedJobs).toEqual(Object.values(jobSchemas));
    expect(new Set(registryTags).size).toBe(registryTags.length);
  });

  it('the README lists every registry Tag, and only those', () => {
    expect(readmeRow('one type per documented Tag').sort()).toEqual(registryTags.map((tag) => `${tag}Job`).sort());
    const count = readmeRow('`knownTags`, type `KnownTag`');
    expect(count).toEqual(['knownTags', 'KnownTag']);
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`| \`knownTags\`, type \`KnownTag\` | the ${registryTags.length} documented Tags. |`);
  });
});

describe('the moderation registry', () => {
  it('types every moderation kind the corpus names, and every EventName its Detail bodies carry', () => {
    const kinds = new Set([
      ...fixtures.filter((fixture) => fixture.family === 'moderation').map((fixture) => fixture.kind),
      ...Object.keys(spec)
        .filter((name) => name.startsWith('moderation-'))
        .map((name) => name.slice('moderation-'.length)),
    ]);
    expect(
      [...kinds].filter((kind) => !(kind in eventNameOfKind)),
      'corpus kinds without an EventName here',
    ).toEqual([]);
    const names = new Set([
      ...[...kinds].map((kind) => eventNameOfKind[kind]!),
      ...fixtures.flatMap((fixture) => (fixture.family === 'moderation' && fixture.eventName !== null ? [fixture.eventName] : [])),
      ...fixtures.flatMap((fixture) => (typeof fixture.simple?.event === 'string' ? [fixture.simple.event] : [])),
    ]);
    expect(
      [...names].filter((name) => !(name in reviewEventSchemas)),
      'EventNames missing from schemas/moderation/review-registry.ts',
    ).toEqual([]);
    expect(
      registryNames.filter((name) => !names.has(name)),
      'registry kinds the corpus never names',
    ).toEqual([]);
  });

  it.each(registryNames)('%s: its schema discriminates on its own EventName', (name) => {
    expect(reviewEventSchemas[name as keyof typeof reviewEventSchemas].entries.EventName.literal).toBe(name);
  });

  it.each(registryNames)('%s: the index exports its event and detail schemas', (name) => {
    const schema = reviewEventSchemas[name as keyof typeof reviewEventSchemas];
    const kind = name.slice('Review'.length);
    expect(exports[`${name}Event`]).toBe(schema);
    expect(exports[`${kind}ModerationDetail`]).toBe(schema.entries.JobsDetail);
  });

  it.each(registryNames)('%s: both moderation shapes take it as a known name', (name) => {
    expect(v.safeParse(core.ModerationDetailEvent, { EventName: name, JobsDetail: { JobId: 'j' } }).success).toBe(true);
    expect(v.safeParse(core.UnknownReviewEvent, { EventName: name, JobsDetail: { JobId: 'j' } }).success, 'a known name must not fit UnknownReviewEvent').toBe(false);
    expect(v.safeParse(core.ModerationSimpleEvent, { EventName: name, code: 0 }).success).toBe(true);
  });

  it('every Review*Event the index exports is in the registry (UnknownReviewEvent aside)', () => {
    const eventExports = Object.keys(exports).filter((name) => /^Review\w+Event$/.test(name) && name !== 'UnknownReviewEvent');
    expect(eventExports.sort()).toEqual(registryNames.map((name) => `${name}Event`).sort());
    const detailExports = Object.keys(exports).filter((name) => /^[A-Z]\w*ModerationDetail$/.test(name));
    expect(detailExports.sort()).toEqual(registryNames.map((name) => `${name.slice('Review'.length)}ModerationDetail`).sort());
  });

  it('reviewEventNames is the registry, in its order', () => {
    expect(reviewEventNames).toEqual(registryNames);
  });

  it('the README lists every registry kind, and only those', () => {
    const row = readmeRow('`ReviewImageEvent`, `ReviewTextEvent`, `ReviewAudioEvent`, `ReviewVideoEvent`, `ReviewDocumentEvent`, `ReviewHtmlEvent`, `UnknownReviewEvent`');
    expect(row.filter((name) => name.endsWith('ModerationDetail')).sort()).toEqual(registryNames.map((name) => `${name.slice('Review'.length)}ModerationDetail`).sort());
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const eventRow = readme.split('\n').find((line) => line.startsWith('| `ReviewImageEvent`'))!;
    const firstCell = [...eventRow.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);
    expect(firstCell.filter((name) => name !== 'UnknownReviewEvent').sort()).toEqual(registryNames.map((name) => `${name}Event`).sort());
  });
});
