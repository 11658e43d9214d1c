// Callback-shaped XML trees: the TaskFinish, workflow, moderation and legacy shapes with CI's names.
import fc from 'fast-check';
import { eventNames, states, tags } from './corpus.js';
import { type Piece, textChar, type XmlElement, xmlTree } from './xml-trees.js';

/** A leaf element with plain text (escaped as needed). */
function leaf(name: string, text: string): XmlElement {
  const raw = text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  return { name, attributes: '', tagSpace: '', endSpace: '', text: [{ raw, text }] };
}

function parent(name: string, children: XmlElement[], gap = '\n  '): XmlElement {
  const gaps = Array.from({ length: children.length + 1 }, (): Piece[] => [{ raw: gap, text: gap }]);
  return { name, attributes: '', tagSpace: '', endSpace: '', children, gaps };
}

export const ciValue = fc.oneof(
  fc.constantFrom('', 'Success', 'Failed', '0', '1', '-1', '3.5', 'true', 'xxxx', 'j8d9c1a2b3', '2022-06-08T15:30:01+0800', '2021-08-05 15:43:55', 'mp4', '数据万象'),
  fc.string({ unit: textChar, maxLength: 12 }),
);
const subtree = xmlTree({ forbiddenWeight: 0, mixed: false, maxDepth: 3 });

/** `<Response><EventName>…</EventName><JobsDetail>…</JobsDetail>…</Response>` and the workflow and moderation shapes. */
export const xmlCallback: fc.Arbitrary<XmlElement> = fc
  .record({
    shape: fc.constantFrom('task', 'workflow', 'moderation', 'simple', 'legacy'),
    eventName: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...eventNames) }, fc.string({ unit: textChar, maxLength: 12 })),
    jobs: fc.array(
      fc.record({
        tag: fc.constantFrom(...tags),
        state: fc.constantFrom(...states),
        jobId: ciValue,
        code: ciValue,
        message: ciValue,
        extra: fc.array(subtree, { maxLength: 3 }),
      }),
      { minLength: 0, maxLength: 3 },
    ),
    extra: fc.array(fc.oneof({ weight: 4, arbitrary: subtree }, xmlTree({ forbiddenWeight: 1, mixed: true, maxDepth: 3 })), { maxLength: 2 }),
    values: fc.array(ciValue, { minLength: 6, maxLength: 6 }),
  })
  .map(({ shape, eventName, jobs, extra, values }) => {
    const [a, b, c, d, e, f] = values as [string, string, string, string, string, string];
    const jobElements = jobs.map((job) =>
      parent('JobsDetail', [
        leaf('Code', job.code),
        leaf('Message', job.message),
        leaf('JobId', job.jobId),
        leaf('State', job.state),
        leaf('Tag', job.tag),
        leaf('CreationTime', a),
        leaf('EndTime', b),
        leaf('QueueId', c),
        parent('Input', [leaf('BucketId', d), leaf('Object', e), leaf('Region', f)]),
        parent('Operation', job.extra.length > 0 ? job.extra : [leaf('TemplateId', a)]),
      ]),
    );
    const children: XmlElement[] = [];
    if (shape !== 'legacy' && shape !== 'simple') children.push(leaf('EventName', eventName));
    if (shape === 'task' || shape === 'moderation' || shape === 'legacy') children.push(...jobElements);
    if (shape === 'workflow') {
      children.push(
        parent('WorkflowExecution', [
          leaf('RunId', a),
          leaf('BucketId', b),
          leaf('Object', c),
          leaf('CosHeaders', d),
          leaf('WorkflowId', e),
          leaf('WorkflowName', f),
          leaf('CreateTime', a),
          leaf('State', jobs[0]?.state ?? 'Success'),
          ...jobs.map((job) =>
            parent('Tasks', [
              leaf('Type', job.tag),
              leaf('CreateTime', a),
              leaf('EndTime', b),
              leaf('State', job.state),
              leaf('JobId', job.jobId),
              leaf('Name', c),
              leaf('TemplateId', d),
              leaf('TemplateName', e),
            ]),
          ),
        ]),
      );
    }
    if (shape === 'simple') {
      children.push(leaf('code', a), leaf('message', b), parent('data', [leaf('url', c), leaf('result', d), leaf('event', eventName), leaf('forbidden_status', e), leaf('trace_id', f)]));
    }
    children.push(...extra);
    return parent('Response', children);
  });
