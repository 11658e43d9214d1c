import { escapeXml } from './json-as-xml.js';

const XML = { 'content-type': 'application/xml' };

/** CI's error answer: `<Error><Code>…</Code><Message>…</Message><RequestId>…</RequestId></Error>`, as its error-code document shows it. */
export function errorAnswer(status: number, code: string, message: string, requestId: string): Response {
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message><RequestId>${escapeXml(requestId)}</RequestId><TraceId>${escapeXml(requestId)}</TraceId></Error>`;
  return new Response(body, { status, headers: { ...XML, 'x-ci-request-id': requestId } });
}

/** A `200` XML answer: `<Response>` around the given elements. */
export function xmlAnswer(elements: string, requestId: string): Response {
  return new Response(`<Response>${elements}</Response>`, { status: 200, headers: { ...XML, 'x-ci-request-id': requestId } });
}

/** A `200` whose body is not XML, though it says it is. */
export function garbageAnswer(requestId: string): Response {
  return new Response(new Uint8Array([0x00, 0xff, 0x3c, 0x3c, 0x21, 0x2d, 0x2d, 0x20, 0x6e, 0x6f, 0x74, 0x20, 0x58, 0x4d, 0x4c]), { status: 200, headers: { ...XML, 'x-ci-request-id': requestId } });
}

/**
 * A `200` that starts a valid answer and never ends it: for a client's deadline to cover the
 * body too. `onCancel` learns when the client gives up.
 */
export function stalledBodyAnswer(requestId: string, onCancel: () => void): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('<Response><JobsDetail><Code>Success</Code>'));
    },
    cancel: onCancel,
  });
  return new Response(body, { status: 200, headers: { ...XML, 'x-ci-request-id': requestId } });
}

/**
 * A `200` of `totalBytes` (no `Content-Length`), made as it is pulled: a client that reads
 * only what it allows never makes the rest. `onPull` counts the bytes made.
 */
export function hugeAnswer(requestId: string, totalBytes: number, onPull: (bytes: number) => void): Response {
  const chunk = new TextEncoder().encode(`<Response>${'<JobsDetail><Code>Success</Code></JobsDetail>'.repeat(1489)}`.slice(0, 65536));
  let made = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (made >= totalBytes) return controller.close();
      const piece = chunk.subarray(0, Math.min(chunk.byteLength, totalBytes - made));
      made += piece.byteLength;
      onPull(piece.byteLength);
      controller.enqueue(piece.slice());
    },
  });
  return new Response(body, { status: 200, headers: { ...XML, 'x-ci-request-id': requestId } });
}
