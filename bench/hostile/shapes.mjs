// The hostile body shapes of the bounds test (packages/core/test/bounds.test.ts) and of
// bench/hostile.mjs, each in both formats and built to just under a byte size, and the benign
// body they are compared with: a real corpus callback padded to the same size with more of its
// own job. Every body is ASCII, so its length in characters is its size in bytes.
import { readFileSync } from 'node:fs';

const CORPUS = new URL('../../packages/fixtures/corpus/task/Transcode/', import.meta.url);

/** `head + unit(0) + unit(1) + … + tail`, as many units as fit in `size` bytes. */
function fill(size, head, unit, tail, separator = '') {
  const parts = [];
  let length = head.length + tail.length;
  for (let i = 0; ; i++) {
    const piece = (i === 0 ? '' : separator) + unit(i);
    if (length + piece.length > size) break;
    parts.push(piece);
    length += piece.length;
  }
  return head + parts.join('') + tail;
}

/** One string of `size` bytes inside `head` and `tail`. */
const huge = (size, head, tail, char = 'x') => head + char.repeat(size - head.length - tail.length) + tail;

/** A nest `depth` deep around `leaf`. */
const nestXml = (depth, leaf) => '<a>'.repeat(depth) + leaf + '</a>'.repeat(depth);
const nestJson = (depth, leaf) => '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);

/**
 * Every hostile shape: `id`, what it is, and `xml`/`json` builders `(size) => body`. Depth stays
 * within the default maxDepth (64).
 */
export const shapes = [
  {
    id: 'wrong-jobs',
    what: 'jobs with a wrongly typed field each (an issue per job)',
    xml: (n) => fill(n, '<Response><EventName>TaskFinish</EventName>', () => '<JobsDetail><Tag>Snapshot</Tag><Code><a>1</a></Code></JobsDetail>', '</Response>'),
    json: (n) => fill(n, '{"EventName":"TaskFinish","JobsDetail":[', () => '{"Tag":"Snapshot","Code":{"a":1}}', ']}', ','),
  },
  {
    id: 'wrong-streams',
    what: 'one MediaInfo job whose Stream.Video list holds wrong items',
    xml: (n) =>
      fill(n, '<Response><JobsDetail><Tag>MediaInfo</Tag><Operation><MediaInfo><Stream>', () => '<Video><Index>x</Index></Video>', '</Stream></MediaInfo></Operation></JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"MediaInfo","Operation":{"MediaInfo":{"Stream":{"Video":[', () => '{"Index":"x"}', ']}}}}}', ','),
  },
  {
    id: 'identified-wrong-jobs',
    what: 'jobs with a JobId and a wrongly typed field each (the lenient reading moves one value per job)',
    xml: (n) => fill(n, '<Response><EventName>TaskFinish</EventName>', (i) => `<JobsDetail><JobId>j${i}</JobId><Tag>Snapshot</Tag><Code><a>1</a></Code></JobsDetail>`, '</Response>'),
    json: (n) => fill(n, '{"EventName":"TaskFinish","JobsDetail":[', (i) => `{"JobId":"j${i}","Tag":"Snapshot","Code":{"a":1}}`, ']}', ','),
  },
  {
    id: 'identified-wrong-items',
    what: 'one identified MediaInfo job whose Stream.Video items each hold a wrong Index (a value moved per item)',
    xml: (n) =>
      fill(
        n,
        '<Response><JobsDetail><JobId>j1</JobId><Tag>MediaInfo</Tag><Operation><MediaInfo><Stream>',
        () => '<Video><Index>x</Index></Video>',
        '</Stream></MediaInfo></Operation></JobsDetail></Response>',
      ),
    json: (n) => fill(n, '{"JobsDetail":{"JobId":"j1","Tag":"MediaInfo","Operation":{"MediaInfo":{"Stream":{"Video":[', () => '{"Index":"x"}', ']}}}}}', ','),
  },
  {
    id: 'wrong-headers',
    what: 'a moderation cos_headers map of distinct keys, each with a wrong value',
    xml: (n) => fill(n, '<Response><code>0</code><data><cos_headers>', (i) => `<k${i}><a>1</a></k${i}>`, '</cos_headers></data></Response>'),
    json: (n) => fill(n, '{"code":0,"data":{"cos_headers":{', (i) => `"k${i}":{"a":1}`, '}}}', ','),
  },
  {
    id: 'many-keys',
    what: 'jobs of 1,000 unnamed children each, the names reused (kept)',
    xml: (n) =>
      fill(
        n,
        '<Response><EventName>TaskFinish</EventName>',
        (i) => `${i % 1000 === 0 ? `${i ? '</JobsDetail>' : ''}<JobsDetail><Tag>Snapshot</Tag>` : ''}<k${i % 1000}>1</k${i % 1000}>`,
        '</JobsDetail></Response>',
      ),
    json: (n) => fill(n, '{"EventName":"TaskFinish","JobsDetail":[', (i) => `${i % 1000 === 0 ? `${i ? '},' : ''}{"Tag":"Snapshot",` : ','}"k${i % 1000}":1`, '}]}'),
  },
  {
    id: 'distinct-names',
    what: 'one job with ever new child names (refused past maxNames)',
    xml: (n) => fill(n, '<Response><JobsDetail><Tag>Snapshot</Tag>', (i) => `<k${i}>1</k${i}>`, '</JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"Snapshot",', (i) => `"k${i}":1`, '}}', ','),
  },
  {
    id: 'empty-containers',
    what: 'many empty elements / empty arrays and objects',
    xml: (n) => fill(n, '<Response><JobsDetail><Tag>Snapshot</Tag><P>', () => '<a/>', '</P></JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"Snapshot","P":[', (i) => (i % 2 ? '{}' : '[]'), ']}}', ','),
  },
  {
    id: 'root-empties',
    what: 'a root list of empty arrays / an element of empty elements',
    xml: (n) => fill(n, '<Response>', () => '<a/>', '</Response>'),
    json: (n) => fill(n, '[', () => '[]', ']', ','),
  },
  {
    id: 'tiny-lists',
    what: 'JobsDetail as many tiny non-empty lists / elements',
    xml: (n) => fill(n, '<Response><EventName>TaskFinish</EventName>', () => '<JobsDetail><a>1</a></JobsDetail>', '</Response>'),
    json: (n) => fill(n, '{"EventName":"TaskFinish","JobsDetail":[', () => '[1]', ']}', ','),
  },
  {
    id: 'tiny-objects',
    what: 'JobsDetail as many tiny objects with one child',
    xml: (n) => fill(n, '<Response><EventName>TaskFinish</EventName>', () => '<JobsDetail><Code>1</Code></JobsDetail>', '</Response>'),
    json: (n) => fill(n, '{"EventName":"TaskFinish","JobsDetail":[', () => '{"a":1}', ']}', ','),
  },
  {
    id: 'huge-number-text',
    what: 'one huge string where a number belongs (quoted in the issue)',
    xml: (n) => huge(n, '<Response><JobsDetail><Tag>Transcode</Tag><Operation><MediaInfo><Format><Duration>', '</Duration></Format></MediaInfo></Operation></JobsDetail></Response>'),
    json: (n) => huge(n, '{"JobsDetail":{"Tag":"Transcode","Operation":{"MediaInfo":{"Format":{"Duration":"', '"}}}}}'),
  },
  {
    id: 'huge-event-name',
    what: 'one huge EventName (quoted in the message)',
    xml: (n) => huge(n, '<Response><EventName>Review', '</EventName><JobsDetail>x</JobsDetail></Response>'),
    json: (n) => huge(n, '{"EventName":"Review', '","JobsDetail":"x"}'),
  },
  {
    id: 'huge-name',
    what: 'one huge element name / key, in a path',
    xml: (n) => {
      const [head, middle, tail] = ['<Response><code>0</code><data><cos_headers>', '><a>1</a></', '></cos_headers></data></Response>'];
      const name = 'k'.repeat(Math.floor((n - head.length - middle.length - tail.length - 2) / 2));
      return `${head}<${name}${middle}${name}${tail}`;
    },
    json: (n) => huge(n, '{"code":0,"data":{"cos_headers":{"k', '":{"a":1}}}}'),
  },
  {
    id: 'deep-repeated',
    what: 'nests 60 deep, repeated',
    xml: (n) => fill(n, '<Response><JobsDetail><Tag>Snapshot</Tag><P>', () => nestXml(60, '1'), '</P></JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"Snapshot","P":[', () => nestJson(58, '1'), ']}}', ','),
  },
  {
    id: 'escapes',
    what: 'one text of entity references (&amp;) / JSON escapes (\\u0026)',
    xml: (n) => fill(n, '<Response><JobsDetail><Tag>Snapshot</Tag><Message>', () => '&amp;', '</Message></JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"Snapshot","Message":"', () => '\\u0026', '"}}'),
  },
  {
    id: 'attributes',
    what: 'many repeated elements with attributes / objects with two keys',
    xml: (n) => fill(n, '<Response><JobsDetail><Tag>Snapshot</Tag><P>', () => '<a b="1" c="2">1</a>', '</P></JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"Snapshot","P":[', () => '{"b":"1","c":"2"}', ']}}', ','),
  },
  {
    id: 'text-nodes',
    what: 'many small text nodes (siblings of one name) / small strings',
    xml: (n) => fill(n, '<Response><JobsDetail><Tag>Snapshot</Tag><P>', () => '<a>1</a>', '</P></JobsDetail></Response>'),
    json: (n) => fill(n, '{"JobsDetail":{"Tag":"Snapshot","P":[', () => '"1"', ']}}', ','),
  },
];

/** The real Transcode callback padded to `size` bytes with copies of its own job. */
export function benign(format, size) {
  if (format === 'xml') {
    const xml = readFileSync(new URL('transcode-workflow-triggered.xml', CORPUS), 'utf8');
    const start = xml.indexOf('<JobsDetail>');
    const end = xml.indexOf('</JobsDetail>') + '</JobsDetail>'.length;
    const job = xml.slice(start, end);
    return fill(size, xml.slice(0, start), () => job, xml.slice(end), '\n    ');
  }
  const event = JSON.parse(readFileSync(new URL('transcode-workflow-triggered-json.json', CORPUS), 'utf8'));
  const job = JSON.stringify(event.JobsDetail[0], null, 4);
  return fill(size, `{\n    "EventName": ${JSON.stringify(event.EventName)},\n    "JobsDetail": [`, () => job, ']\n}', ',\n');
}
