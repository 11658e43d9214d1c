// The request-signature document's two worked examples, computed by cosAuthorization in whatever
// runtime imports this module (Node, workerd, Deno, Chromium: test/ci-api-runtimes.test.ts).
import { cosAuthorization } from '../../src/index.js';

const DOC = { secretId: 'AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q', secretKey: 'BQYIM75p8x0iWVFSIgqEKwFprpRSVHlz' };
const HOST = 'examplebucket-1250000000.cos.ap-beijing.myqcloud.com';

export interface SignatureExample {
  name: string;
  expected: string;
  actual: string;
}

export async function signatureExamples(): Promise<SignatureExample[]> {
  return [
    {
      name: 'upload (PUT, seven headers)',
      expected:
        'q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989151;1557996351&q-key-time=1557989151;1557996351' +
        '&q-header-list=content-length;content-md5;content-type;date;host;x-cos-acl;x-cos-grant-read&q-url-param-list=&q-signature=3b8851a11a569213c17ba8fa7dcf2abec6935172',
      actual: await cosAuthorization({
        ...DOC,
        method: 'PUT',
        pathname: '/exampleobject(腾讯云)',
        keyTime: '1557989151;1557996351',
        headers: {
          Date: 'Thu, 16 May 2019 06:45:51 GMT',
          Host: HOST,
          'Content-Type': 'text/plain',
          'Content-Length': 13,
          'Content-MD5': 'mQ/fVh815F3k6TAUm8m0eg==',
          'x-cos-acl': 'private',
          'x-cos-grant-read': 'uin="100000000011"',
        },
      }),
    },
    {
      name: 'download (GET, two query parameters)',
      expected:
        'q-sign-algorithm=sha1&q-ak=AKIDQjz3ltompVjBni5LitkWHFlFpwkn9U5q&q-sign-time=1557989753;1557996953&q-key-time=1557989753;1557996953' +
        '&q-header-list=date;host&q-url-param-list=response-cache-control;response-content-type&q-signature=01681b8c9d798a678e43b685a9f1bba0f6c0e012',
      actual: await cosAuthorization({
        ...DOC,
        method: 'GET',
        pathname: '/exampleobject(腾讯云)',
        keyTime: '1557989753;1557996953',
        query: { 'response-content-type': 'application/octet-stream', 'response-cache-control': 'max-age=600' },
        headers: { Date: 'Thu, 16 May 2019 06:55:53 GMT', Host: HOST },
      }),
    },
  ];
}
