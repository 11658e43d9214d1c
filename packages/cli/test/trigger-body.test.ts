// The structural edits behind `wanxiang trigger --set`: the same path means the same field in
// XML and JSON, only existing values are set, every other byte of an XML body is kept.
import { describe, expect, it } from 'vitest';
import { parseEventPath } from '../src/trigger/event-path.js';
import { sameShape } from '../src/trigger/fresh-ids.js';
import { openJsonBody } from '../src/trigger/json-body.js';
import { applyOverrides, parseSet } from '../src/trigger/overrides.js';
import { openXmlBody } from '../src/trigger/xml-body.js';

const xml = `<?xml version="1.0"?>
<!-- a comment <JobsDetail> -->
<Response>
  <JobsDetail><JobId>j1</JobId><State>Success</State><Note a="x>y"><![CDATA[a<b]]></Note><Empty/></JobsDetail>
  <JobsDetail><JobId>j2</JobId><State>Success</State></JobsDetail>
</Response>`;
const json = JSON.stringify(
  {
    JobsDetail: [
      { JobId: 'j1', State: 'Success', Count: 3, Note: 'a<b', Empty: '' },
      { JobId: 'j2', State: 'Success' },
    ],
  },
  null,
  4,
);
const set = (open: typeof openXmlBody, text: string, ...sets: string[]) => {
  const body = open(text);
  applyOverrides(body, sets.map(parseSet), 'test');
  return body.text();
};

describe('trigger body edits', () => {
  it('reads paths: a number or * after a name, a name alone is occurrence 0', () => {
    expect(parseEventPath('JobsDetail.1.State').steps).toEqual([
      { name: 'JobsDetail', index: 1 },
      { name: 'State', index: 0 },
    ]);
    expect(parseEventPath('JobsDetail.*.State').steps[0]).toEqual({ name: 'JobsDetail', index: '*' });
    for (const bad of ['', 'a..b', '0.State', 'JobsDetail.0.1']) expect(() => parseEventPath(bad), bad).toThrow(RangeError);
  });

  it('XML: sets the n-th occurrence, every one with *, escapes, keeps every other byte', () => {
    const out = set(openXmlBody, xml, 'JobsDetail.1.State=Failed', 'JobsDetail.Note=x & <y>');
    expect(out).toBe(xml.replace('<State>Success</State></JobsDetail>\n</Response>', '<State>Failed</State></JobsDetail>\n</Response>').replace('<![CDATA[a<b]]>', 'x &amp; &lt;y&gt;'));
    expect(set(openXmlBody, xml, 'JobsDetail.*.State=Failed').match(/<State>Failed<\/State>/g)).toHaveLength(2);
    expect(set(openXmlBody, xml, 'JobsDetail.Empty=v')).toContain('<Empty>v</Empty>');
  });

  it('JSON: the same paths; a number stays a number; the body’s indentation kept', () => {
    const out = JSON.parse(set(openJsonBody, json, 'JobsDetail.1.State=Failed', 'JobsDetail.Count=7', 'JobsDetail.0.Note=7'));
    expect(out.JobsDetail.map((job: { State: string }) => job.State)).toEqual(['Success', 'Failed']);
    expect(out.JobsDetail[0]).toMatchObject({ Count: 7, Note: '7' });
    expect(set(openJsonBody, json, 'JobsDetail.Count=7')).toContain('\n    "JobsDetail": [\n        {\n            "JobId"');
    // One job written as an object is occurrence 0, as a single XML element is.
    expect(JSON.parse(set(openJsonBody, '{"Response":{"JobsDetail":{"State":"Success"}}}', 'JobsDetail.0.State=Failed'))).toEqual({ Response: { JobsDetail: { State: 'Failed' } } });
  });

  it.each([
    ['xml', openXmlBody, xml],
    ['json', openJsonBody, json],
  ] as const)('%s: refuses a path that reaches nothing or fields, and a body nothing was set in is unchanged', (_, open, text) => {
    expect(() => set(open, text, 'JobsDetail.2.State=x')).toThrow(/has no JobsDetail\.2\.State/);
    expect(() => set(open, text, 'JobsDetail.Nope=x')).toThrow(/there is JobsDetail\.JobId, JobsDetail\.State/);
    expect(() => set(open, text, 'JobsDetail=x')).toThrow(/holds fields/);
    expect(open(text).text()).toBe(text);
  });

  it('XML: refuses tags that do not nest', () => {
    expect(() => openXmlBody('<Response><a></b></Response>')).toThrow(SyntaxError);
    expect(() => openXmlBody('<Response><a>')).toThrow(SyntaxError);
  });

  it('fresh ids keep the shape: the kind letter, hex for hex, digits for a numeric id', () => {
    const id = sameShape('j68427030f84611ecb8546d80f2baf56f');
    expect(id).toMatch(/^j[0-9a-f]{32}$/);
    expect(id).not.toBe('j68427030f84611ecb8546d80f2baf56f');
    expect(sameShape('12345')).toMatch(/^\d{5}$/);
    expect(sameShape('test_trace_id')).toMatch(/^t[a-z0-9]{3}_[a-z0-9]{5}_[a-z0-9]{2}$/);
  });
});
