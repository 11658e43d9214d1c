// The double's signature check against Tencent's own Node SDK (cos-nodejs-sdk-v5,
// COS.getAuthorization): a request the SDK signs must verify, and any change to what was signed
// must not. And the double's answers: CI's XML, made of the callback's own elements.
import { createRequire } from 'node:module';
import { getFixture } from '@wanxiang/fixtures';
import { describe, expect, it } from 'vitest';
import { createCiApiDouble } from '../src/testing/index.js';
import { xmlChildren } from '../src/testing/xml-elements.js';
import { ENDPOINT, SECRET, transcodeXml } from './support/lookup-fixtures.js';

const COS = createRequire(import.meta.url)('cos-nodejs-sdk-v5') as { getAuthorization(options: Record<string, unknown>): string };
const HOST = new URL(ENDPOINT).host;
const jobId = 'j68427030f84611ecb8546d80f2baf56f';

const now = () => Math.floor(Date.now() / 1000);
function sdkSigned(options: { pathname: string; query?: Record<string, string>; headers?: Record<string, string>; keyTime?: string; secretKey?: string }): Request {
  const headers = { host: HOST, ...options.headers };
  const authorization = COS.getAuthorization({
    SecretId: SECRET.secretId,
    SecretKey: options.secretKey ?? SECRET.secretKey,
    Method: 'GET',
    Pathname: options.pathname,
    Query: options.query ?? {},
    Headers: headers,
    KeyTime: options.keyTime ?? `${now() - 1};${now() + 600}`,
  });
  const search = new URLSearchParams(options.query ?? {}).toString();
  const { host: _host, ...sent } = headers;
  return new Request(`${ENDPOINT}${options.pathname}${search === '' ? '' : `?${search}`}`, { headers: { ...sent, authorization } });
}

describe("the double verifies signatures as Tencent's SDK makes them", () => {
  const double = () => {
    const created = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
    created.addCallback(transcodeXml.text);
    return created;
  };

  it('a GET the SDK signed verifies, and is served', async () => {
    const ci = double();
    const response = await ci.handle(sdkSigned({ pathname: `/jobs/${jobId}` }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`<JobId>${jobId}</JobId>`);
    expect(ci.requests).toMatchObject([{ verified: true, secretId: SECRET.secretId, status: 200 }]);
  });

  it('with signed query parameters and x-ci-* and content-type headers', async () => {
    const ci = double();
    const response = await ci.handle(
      sdkSigned({ pathname: `/jobs/${jobId}`, query: { 'ci-process': 'x y/腾讯云', tag: 'Transcode', empty: '' }, headers: { 'content-type': 'application/xml', 'x-ci-trace': 'a b (1)!*' } }),
    );
    expect(response.status).toBe(200);
  });

  it.each([
    ['another path', (request: Request) => new Request(request.url.replace(jobId, 'jother'), request)],
    ['a signed parameter changed', (request: Request) => new Request(request.url.replace('tag=Transcode', 'tag=Snapshot'), request)],
    ['a signed header changed', (request: Request) => new Request(request, { headers: { ...Object.fromEntries(request.headers), 'x-ci-trace': 'changed' } })],
    ['a signed header removed', (request: Request) => new Request(request, { headers: { authorization: request.headers.get('authorization')! } })],
    ['another host', (request: Request) => new Request(request.url.replace(HOST, 'otherbucket-1250000000.ci.ap-guangzhou.myqcloud.com'), request)],
  ])('%s: 403 SignatureDoesNotMatch', async (_what, change) => {
    const ci = double();
    const signed = sdkSigned({ pathname: `/jobs/${jobId}`, query: { tag: 'Transcode' }, headers: { 'x-ci-trace': 'original' } });
    const response = await ci.handle(change(signed));
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/^<\?xml[^>]*>\s*<Error><Code>SignatureDoesNotMatch<\/Code><Message>[^<]+<\/Message><RequestId>[^<]+<\/RequestId>/);
    expect(ci.requests[0]).toMatchObject({ verified: false, refusal: 'SignatureDoesNotMatch' });
  });

  it.each([
    ['signed with another secret', () => sdkSigned({ pathname: `/jobs/${jobId}`, secretKey: 'wrong' }), 403, 'SignatureDoesNotMatch'],
    ['expired', () => sdkSigned({ pathname: `/jobs/${jobId}`, keyTime: `${now() - 1200};${now() - 600}` }), 401, 'SignatureExpired'],
    ['not yet valid', () => sdkSigned({ pathname: `/jobs/${jobId}`, keyTime: `${now() + 600};${now() + 1200}` }), 401, 'SignatureExpired'],
    ['without Authorization', () => new Request(`${ENDPOINT}/jobs/${jobId}`), 401, 'MissingAuthorization'],
    ['with a malformed Authorization', () => new Request(`${ENDPOINT}/jobs/${jobId}`, { headers: { authorization: 'Bearer x' } }), 401, 'InvalidAuthorization'],
  ])('%s: %i %s', async (_what, make, status, code) => {
    const response = await double().handle(make());
    expect(response.status).toBe(status);
    expect(await response.text()).toContain(`<Code>${code}</Code>`);
  });

  it('a signature that does not cover host is refused (403 AccessDenied), unless told otherwise', async () => {
    const keyTime = `${now() - 1};${now() + 600}`;
    const authorization = COS.getAuthorization({ SecretId: SECRET.secretId, SecretKey: SECRET.secretKey, Method: 'GET', Pathname: `/jobs/${jobId}`, Headers: {}, KeyTime: keyTime });
    const request = () => new Request(`${ENDPOINT}/jobs/${jobId}`, { headers: { authorization } });
    expect((await double().handle(request())).status).toBe(403);
    const lenient = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey }, requireSignedHost: false });
    expect((await lenient.handle(request())).status).toBe(200);
  });
});

describe("the double's answers", () => {
  it("are CI's XML: the callback's JobsDetail elements verbatim, no EventName, NonExistJobIds for the rest", async () => {
    const ci = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
    ci.addCallback(transcodeXml.text);
    const text = await (await ci.handle(sdkSigned({ pathname: `/jobs/${jobId},jnosuch` }))).text();
    const own = xmlChildren(transcodeXml.text).find((element) => element.name === 'JobsDetail')!.xml;
    expect(text).toBe(`<Response>${own}<NonExistJobIds>jnosuch</NonExistJobIds></Response>`);
    expect(text).not.toContain('<EventName>');
  });

  it('write a JSON callback as XML', async () => {
    const ci = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
    ci.addCallback(getFixture('task/Transcode/transcode-workflow-triggered-json.json').text);
    const text = await (await ci.handle(sdkSigned({ pathname: `/jobs/${jobId}` }))).text();
    expect(text).toMatch(/^<Response><JobsDetail><Code>Success<\/Code>.*<CosHeaders><Key>Content-Type<\/Key><Value>video\/mp4<\/Value><\/CosHeaders><CosHeaders>/);
  });

  it('refuse more than 10 ids (400 InvalidArgument) and paths it does not serve (404 InvalidUrl)', async () => {
    const ci = createCiApiDouble({ secrets: { [SECRET.secretId]: SECRET.secretKey } });
    const ids = Array.from({ length: 11 }, (_, i) => `j${i}`).join(',');
    expect((await ci.handle(sdkSigned({ pathname: `/jobs/${ids}` }))).status).toBe(400);
    const unknown = await ci.handle(sdkSigned({ pathname: '/queue/p1' }));
    expect([unknown.status, await unknown.text()]).toEqual([404, expect.stringContaining('<Code>InvalidUrl</Code>')]);
  });

  it('refuse bodies they cannot serve: not a callback, a Simple moderation body', () => {
    const ci = createCiApiDouble({ secrets: {} });
    expect(() => ci.addCallback('<Response><Nope/></Response>')).toThrow(TypeError);
    expect(() => ci.addCallback(getFixture('moderation/image/image-simple-schema.json').text)).toThrow(TypeError);
  });
});

describe('xmlChildren', () => {
  it('steps over a declaration, comments, CDATA, attributes and self-closing elements', () => {
    const text = '\uFEFF<?xml version="1.0"?>\n<!-- a > b --><Response a="x>y"><A><![CDATA[</A>]]></A><!-- </Response> --><B/><C k=\'/>\'><D/></C></Response>';
    expect(xmlChildren(text)).toEqual([
      { name: 'A', xml: '<A><![CDATA[</A>]]></A>' },
      { name: 'B', xml: '<B/>' },
      { name: 'C', xml: "<C k='/>'><D/></C>" },
    ]);
  });
});
