// `deno task start` as a user runs it, with the task's own least-privilege flags: it prints a
// callback URL and a curl line, the callback that line posts is enqueued and logged by the queue
// listener, and its repeat is answered 200 without being enqueued again.
import { assert, assertEquals, assertMatch } from './assert.ts';

const exampleDir = decodeURIComponent(new URL('..', import.meta.url).pathname);

/** `deno task start` with a clean configuration (the caller's CI_TOKENS etc. must not leak in). */
function startTask(env: Record<string, string>) {
  const child = new Deno.Command(Deno.execPath(), {
    args: ['task', 'start'],
    cwd: exampleDir,
    env: {
      NO_COLOR: '1',
      PORT: '0',
      KV_PATH: ':memory:',
      CI_TOKENS: '',
      DOWNSTREAM_URL: '',
      WEBHOOK_SECRET: '',
      ALLOWED_BUCKETS: '',
      ALLOWED_REGIONS: '',
      ALLOWED_QUEUES: '',
      ALLOWED_WORKFLOWS: '',
      INVALID_CALLBACKS: '',
      ...env,
    },
    stdin: 'null',
    stdout: 'piped',
    stderr: 'piped',
  }).spawn();
  const state = { output: '' };
  const read = (stream: ReadableStream<Uint8Array>) =>
    stream.pipeThrough(new TextDecoderStream()).pipeTo(
      new WritableStream({
        write: (text) => {
          state.output += text;
        },
      }),
    );
  const done = Promise.all([read(child.stdout), read(child.stderr), child.status]).then(([, , status]) => status);
  return { child, state, done };
}

async function waitFor(predicate: () => boolean, what: string, output: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}. Output so far:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

Deno.test('`deno task start` serves the receiver; the printed curl line posts a callback that is enqueued once and logged', async () => {
  const { child, state, done } = startTask({});
  try {
    const curl = /curl -sS -X POST '([^']+)' -H 'Content-Type: application\/xml' --data-binary @(\S+)/;
    await waitFor(
      () => curl.test(state.output),
      'the curl line',
      () => state.output,
    );
    const [, url, file] = state.output.match(curl)!;
    assertMatch(url!, /^http:\/\/127\.0\.0\.1:\d+\/ci\/wanxiang-dev-token-change-me$/);
    const body = await Deno.readFile(file!);

    const post = async () => {
      const response = await fetch(url!, { method: 'POST', headers: { 'content-type': 'application/xml' }, body });
      return { status: response.status, body: await response.json() };
    };
    const first = await post();
    assertEquals(first.status, 200, JSON.stringify(first.body));
    const id: string = first.body.id;
    await waitFor(
      () => state.output.includes(`→ logged (no downstream) [${id}]`),
      'the listener to log the event',
      () => state.output,
    );
    assertMatch(state.output, /wanxiang: TaskFinish Transcode JobId=\S+ State=\S+ → logged/);

    const repeat = await post();
    assertEquals(repeat, first, 'the repeat gets the same answer');
    await waitFor(
      () => state.output.includes(`[${id}]: enqueued already`),
      'the repeat to be reported',
      () => state.output,
    );
    assertEquals(state.output.split(`→ logged (no downstream) [${id}]`).length - 1, 1, 'times the event was logged');
    assert(!state.output.includes('error'), `no error in the output:\n${state.output}`);
  } finally {
    child.kill('SIGTERM');
    await done;
  }
});

Deno.test('`deno task start` refuses to start without WEBHOOK_SECRET, or with a downstream its --allow-net does not cover', async () => {
  for (const [env, message] of [
    [{ DOWNSTREAM_URL: 'http://127.0.0.1:9/hook' }, 'DOWNSTREAM_URL is set but WEBHOOK_SECRET is not'],
    [{ DOWNSTREAM_URL: 'http://127.0.0.1:9/hook', WEBHOOK_SECRET: 'not-base64!' }, 'WEBHOOK_SECRET: the webhook secret must be "whsec_" followed by base64'],
    [{ DOWNSTREAM_URL: 'https://hooks.example.com/ci', WEBHOOK_SECRET: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' }, 'no network permission for hooks.example.com'],
    [{ CI_TOKENS: 'short' }, 'CI_TOKENS: each token needs at least 16 characters'],
  ] as const) {
    const { state, done } = startTask(env);
    const status = await done;
    assertEquals(status.code, 1, `exit code with ${JSON.stringify(env)}; output:\n${state.output}`);
    assert(state.output.includes(message), `"${message}" in:\n${state.output}`);
  }
});
