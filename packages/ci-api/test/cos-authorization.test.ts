// cosAuthorization against Tencent's request-signature document (its two worked examples), against
// Tencent's own Node SDK (cos-nodejs-sdk-v5, COS.getAuthorization) on random requests, and against
// the documented algorithm written out here with node:crypto.
import { createHash, createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cosAuthorization, cosEncode } from '../src/index.js';
import { signatureExamples } from './portable/signature-examples.js';

const COS = createRequire(import.meta.url)('cos-nodejs-sdk-v5') as { getAuthorization(options: Record<string, unknown>): string };

// The document's example credentials (https://cloud.tencent.com/document/product/436/7778).
const DOC = { secretId: 'AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q', secretKey: 'BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz' };
const DOC_HOST = 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com';

describe("the request-signature document's examples", () => {
  // The two worked examples live in one portable module, which test/ci-api-runtimes.test.ts runs in every runtime.
  it.each(['upload (PUT, seven headers)', 'download (GET, two query parameters)'])('%s', async (name) => {
    const example = (await signatureExamples()).find((candidate) => candidate.name === name)!;
    expect(example.actual).toBe(example.expected);
  });

  it("encodes as the document's table does: encodeURIComponent plus ! ' ( ) *", () => {
    expect(cosEncode('a b/c?d=e&f+g~-_.!\'()*$,:;<=>@[\\]^`{|}#"')).toBe('a%20b%2Fc%3Fd%3De%26f%2Bg~-_.%21%27%28%29%2A%24%2C%3A%3B%3C%3D%3E%40%5B%5C%5D%5E%60%7B%7C%7D%23%22');
    expect(cosEncode('腾讯云')).toBe('%E8%85%BE%E8%AE%AF%E4%BA%91');
  });
});

/** The documented algorithm, step by step, with node:crypto: an oracle independent of the SDK's code. */
function documented(options: { secretId: string; secretKey: string; method: string; pathname: string; keyTime: string; query: Record<string, string>; headers: Record<string, string> }): string {
  const pairs = (record: Record<string, string>) =>
    Object.entries(record)
      .map(([key, value]) => [cosEncode(key).toLowerCase(), cosEncode(value)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = pairs(options.query);
  const headers = pairs(options.headers);
  const signKey = createHmac('sha1', options.secretKey).update(options.keyTime).digest('hex');
  const httpString = [options.method.toLowerCase(), options.pathname, query.map((p) => p.join('=')).join('&'), headers.map((p) => p.join('=')).join('&'), ''].join('\n');
  const stringToSign = ['sha1', options.keyTime, createHash('sha1').update(httpString).digest('hex'), ''].join('\n');
  const signature = createHmac('sha1', signKey).update(stringToSign).digest('hex');
  return `q-sign-algorithm=sha1&q-ak=${options.secretId}&q-sign-time=${options.keyTime}&q-key-time=${options.keyTime}&q-header-list=${headers.map((p) => p[0]).join(';')}&q-url-param-list=${query.map((p) => p[0]).join(';')}&q-signature=${signature}`;
}

// Text with the characters that make encoding hard: reserved ones, percent signs, spaces, CJK, emoji.
const hard = fc.oneof(fc.constantFrom('!', "'", '(', ')', '*', '%', '%2F', ' ', '+', '&', '=', '?', '#', '/', ';', ':', '~', '腾讯云', '😀', 'é', '\t'), fc.string({ unit: 'grapheme', maxLength: 6 }));
const text = fc.array(hard, { maxLength: 6 }).map((parts) => parts.join(''));
// Keys whose order is the same raw and encoded (the SDK sorts its HttpParameters by the raw key, the document by the encoded one: see below).
// `__proto__` is left to its own test below: the SDK copies the map into a plain object, which loses that key.
const key = fc.stringMatching(/^[A-Za-z0-9._~-]{1,12}$/).filter((name) => name !== '__proto__');
// The headers the SDK signs (getSignHeaderObj): a fixed list, and every x-cos-* and x-ci-*.
const signedHeader = fc.oneof(
  fc.constantFrom(
    'Cache-Control',
    'Content-Disposition',
    'Content-Encoding',
    'Content-Length',
    'Content-MD5',
    'Content-Type',
    'Expect',
    'Expires',
    'Host',
    'If-Match',
    'If-Modified-Since',
    'If-None-Match',
    'If-Unmodified-Since',
    'Origin',
    'Range',
    'Transfer-Encoding',
    'Pic-Operations',
  ),
  key.map((suffix) => `x-cos-${suffix}`),
  key.map((suffix) => `X-Ci-${suffix}`),
);
const unique = <T extends string>(arbitrary: fc.Arbitrary<T>) =>
  fc.uniqueArray(fc.tuple(arbitrary, text), { maxLength: 6, selector: ([name]) => name.toLowerCase() }).map((entries) => Object.fromEntries(entries));
const request = fc.record({
  secretId: fc.stringMatching(/^AKID[A-Za-z0-9]{8,32}$/),
  secretKey: fc.stringMatching(/^[A-Za-z0-9]{8,40}$/),
  method: fc.constantFrom('GET', 'post', 'Put', 'DELETE', 'head'),
  pathname: text.map((path) => `/${path}`),
  keyTime: fc.tuple(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 100_000 })).map(([start, length]) => `${start};${start + length}`),
  query: unique(key),
  headers: unique(signedHeader),
});

describe("equal to Tencent's Node SDK (cos-nodejs-sdk-v5), byte for byte", () => {
  it('on 400 random requests: unicode and reserved characters in paths, values and headers', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(request, async (options) => {
        const ours = await cosAuthorization(options);
        const sdk = COS.getAuthorization({
          SecretId: options.secretId,
          SecretKey: options.secretKey,
          Method: options.method,
          Pathname: options.pathname,
          Query: options.query,
          Headers: options.headers,
          KeyTime: options.keyTime,
        });
        expect(ours).toBe(sdk);
        expect(ours).toBe(documented(options));
        compared++;
      }),
      // A fixed seed keeps CI repeatable; RUNS=30000 explores further (90,000 runs passed on 2026-12-03).
      { numRuns: Number(process.env.RUNS ?? 400), seed: 20261203 },
    );
    expect(compared).toBe(Number(process.env.RUNS ?? 400));
  });

  it('where the SDK departs from the document (keys whose order changes once encoded), the document is followed', async () => {
    // ':' sorts after '5' raw but before it encoded ('%3a'): the SDK lists the keys one way
    // (q-url-param-list, encoded order) and signs them the other (HttpParameters, raw order).
    const options = { ...DOC, method: 'GET', pathname: '/jobs', keyTime: '1557989753;1557996953', query: { 'a:': '1', a5: '2' }, headers: { host: DOC_HOST } };
    const sdk = COS.getAuthorization({
      SecretId: options.secretId,
      SecretKey: options.secretKey,
      Method: options.method,
      Pathname: options.pathname,
      Query: options.query,
      Headers: options.headers,
      KeyTime: options.keyTime,
    });
    const ours = await cosAuthorization(options);
    expect(ours).toBe(documented(options));
    expect(ours).toContain('q-url-param-list=a%3a;a5&');
    expect(sdk).toContain('q-url-param-list=a%3a;a5&');
    expect(ours).not.toBe(sdk);
  });

  it('a key named __proto__ is signed as given; the SDK loses it when it copies the map', async () => {
    const options = { ...DOC, method: 'GET', pathname: '/', keyTime: '0;0', headers: {}, query: Object.fromEntries([['__proto__', '']]) as Record<string, string> };
    const ours = await cosAuthorization(options);
    expect(ours).toBe(documented(options));
    expect(ours).toContain('q-url-param-list=__proto__&');
    expect(COS.getAuthorization({ SecretId: DOC.secretId, SecretKey: DOC.secretKey, Method: 'GET', Pathname: '/', Query: options.query, Headers: {}, KeyTime: '0;0' })).toContain('q-url-param-list=&');
  });

  it('signs exactly what it is given: the SDK drops date, we sign it', async () => {
    const options = { ...DOC, method: 'GET', pathname: '/jobs/j1', keyTime: '1;2', headers: { Date: 'Thu, 16 May 2019 06:55:53 GMT', Host: DOC_HOST } };
    expect(await cosAuthorization(options)).toContain('q-header-list=date;host&');
    expect(COS.getAuthorization({ SecretId: DOC.secretId, SecretKey: DOC.secretKey, Method: 'GET', Pathname: '/jobs/j1', Headers: options.headers, KeyTime: '1;2' })).toContain('q-header-list=host&');
  });
});

describe('refuses what it cannot sign', () => {
  const base = { ...DOC, method: 'GET', pathname: '/jobs', keyTime: '1;2' };
  it.each([
    ['a key given twice, in two cases', { headers: { Host: 'a', host: 'b' } }],
    ['a path without its /', { pathname: 'jobs' }],
    ['a key time backwards', { keyTime: '3;2' }],
    ['a key time that is not two numbers', { keyTime: 'now' }],
    ['a lone surrogate', { query: { q: '\uD800' } }],
    ['an empty secret', { secretKey: '' }],
    ['a secret id that would break the header', { secretId: 'AKID&q-ak=x' }],
    ['a value that is not text', { query: { q: {} as never } }],
  ])('%s', async (_what, override) => {
    await expect(cosAuthorization({ ...base, ...override })).rejects.toThrow(TypeError);
  });

  it('without a key time, signs from one second ago for 900 s', async () => {
    const now = Math.floor(Date.now() / 1000);
    const auth = await cosAuthorization({ ...DOC, method: 'GET', pathname: '/' });
    const [, start, end] = /q-key-time=(\d+);(\d+)&/.exec(auth)!.map(Number);
    expect(start).toBeGreaterThanOrEqual(now - 2);
    expect(start).toBeLessThanOrEqual(now);
    expect(end! - start!).toBe(900);
  });
});
