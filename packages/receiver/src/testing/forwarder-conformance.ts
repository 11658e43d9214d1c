import { ConformanceFailure, check, sleep, waitUntil } from './check.js';
import { taskFinishJson, taskFinishXml, uniqueJobId } from './conformance-bodies.js';
import type { ConformanceCase, ConformanceSystem, DownstreamPost, ForwarderSubject } from './conformance-subject.js';

const XML = 'application/xml';

/**
 * The cases every forwarder (queue, ledger, body store) must pass, as named async functions
 * that a test runner wraps: `for (const c of forwarderConformance(subject)) it(c.name, c.run)`
 * in vitest, `Deno.test(c.name, c.run)` in Deno. Portable: no test framework, no Node API.
 *
 * 1. durable before `send` resolves: a consumer started only after the 200 still delivers;
 * 2. a rejecting `send` is answered 503, and the repeat after recovery delivers once;
 * 3. a `send` that never settles is answered 503 within the receiver's forward deadline;
 * 4. an event over the inline limit travels by reference and arrives whole;
 * 5. a key repeated (in turn and racing) reaches the downstream once;
 * 6. overlapping multi-job callbacks (A alone, then A+B and B+C at once) deliver A, B, C once each;
 * 7. a JobId with CR/LF or ANSI escapes cannot forge a log line.
 */
export function forwarderConformance(subject: ForwarderSubject): ConformanceCase[] {
  const settleMs = subject.settleMs ?? 20_000;
  const quietMs = subject.quietMs ?? 1_000;
  const named = (name: string, consumer: boolean, run: (system: ConformanceSystem) => Promise<void>): ConformanceCase => ({
    name: `${subject.name}: ${name}`,
    async run() {
      const system = await subject.start({ consumer });
      try {
        await run(system);
      } finally {
        await system.close();
      }
    },
  });

  /** Waits for every key, then a quiet spell, and checks that each key arrived exactly once. */
  const deliveredOnce = async (system: ConformanceSystem, keys: readonly string[]) => {
    await waitUntil(() => keys.every((key) => system.delivered().some((post) => post.id === key)), `downstream POSTs for ${keys.join(', ')}`, settleMs);
    await sleep(quietMs);
    for (const key of keys) {
      const posts = system.delivered().filter((post) => post.id === key);
      check(posts.length === 1, `${key} reached the downstream ${posts.length} times, not once`);
      checkPayload(posts[0]!, key);
    }
  };

  const accepted = async (system: ConformanceSystem, body: string, what: string) => {
    const status = await system.post(body, XML);
    check(status === 200, `${what}: the receiver answered ${status}, not 200`);
  };

  return [
    named('an event is durable once send resolves: a consumer started after the 200 still delivers it', false, async (system) => {
      const job = uniqueJobId('durable');
      await accepted(system, taskFinishXml([job]), 'the callback');
      await sleep(quietMs);
      check(system.delivered().length === 0, 'the downstream received a POST before any consumer ran');
      await system.startConsumer();
      await deliveredOnce(system, [`${job}:Success`]);
    }),

    named('a rejecting send is answered 503, and the repeat after recovery is delivered once', true, async (system) => {
      const job = uniqueJobId('reject');
      const body = taskFinishXml([job]);
      system.sendMode('reject');
      const status = await system.post(body, XML);
      check(status === 503, `a rejected send was answered ${status}, not 503`);
      system.sendMode('ok');
      await accepted(system, body, 'the repeat after recovery');
      await deliveredOnce(system, [`${job}:Success`]);
    }),

    named("a send that never settles is answered 503 within the receiver's forward deadline", true, async (system) => {
      const job = uniqueJobId('hang');
      system.sendMode('hang');
      const started = Date.now();
      // Generous: the deadline plus five seconds for a loaded machine, and never a hang.
      const limit = subject.forwardTimeoutMs + 5_000;
      const status = await Promise.race([system.post(taskFinishXml([job]), XML), sleep(limit * 2).then(() => 'no answer' as const)]);
      const elapsed = Date.now() - started;
      check(status === 503, `a send that never settles was answered ${status} after ${elapsed} ms, not 503`);
      check(elapsed < limit, `the 503 took ${elapsed} ms, over the forward deadline of ${subject.forwardTimeoutMs} ms (+5 s)`);
      system.sendMode('ok');
      await accepted(system, taskFinishXml([job]), 'the repeat after recovery');
      await deliveredOnce(system, [`${job}:Success`]);
    }),

    named('an event over the inline limit travels by reference and arrives whole', true, async (system) => {
      const job = uniqueJobId('large');
      // Two-byte UTF-8 and more than the limit in characters: over it however the queue measures.
      const userData = '数据万象 large event '.repeat(Math.ceil(subject.maxInlineBytes / 14) + 1);
      await accepted(system, taskFinishXml([job], userData), 'the large callback');
      const key = `${job}:Success`;
      await deliveredOnce(system, [key]);
      const message = system.forwarded().find((forwarded) => forwarded.keys.includes(key));
      check(message !== undefined, `no forwarded message carries ${key}`);
      check(!message.inline, `the ${userData.length}-character event travelled inline, over the ${subject.maxInlineBytes}-byte limit`);
      const data = system.delivered().find((post) => post.id === key)!.payload.data as { JobsDetail?: { Operation?: { UserData?: unknown } }[] };
      check(data.JobsDetail?.[0]?.Operation?.UserData === userData, 'the large event arrived changed (UserData differs)');
    }),

    named('a key repeated, in turn and racing, reaches the downstream once', true, async (system) => {
      const [first, racing] = [uniqueJobId('repeat'), uniqueJobId('race')];
      await accepted(system, taskFinishXml([first]), 'the first delivery');
      await accepted(system, taskFinishXml([first]), 'the repeat');
      const statuses = await Promise.all(Array.from({ length: 5 }, () => system.post(taskFinishXml([racing]), XML)));
      check(
        statuses.every((status) => status === 200),
        `racing repeats were answered ${statuses.join(', ')}`,
      );
      await deliveredOnce(system, [`${first}:Success`, `${racing}:Success`]);
    }),

    named('overlapping multi-job callbacks (A, then A+B and B+C at once) deliver A, B and C once each', true, async (system) => {
      const [a, b, c] = [uniqueJobId('a'), uniqueJobId('b'), uniqueJobId('c')];
      await accepted(system, taskFinishXml([a]), 'A alone');
      await deliveredOnce(system, [`${a}:Success`]);
      const statuses = await Promise.all([system.post(taskFinishXml([a, b]), XML), system.post(taskFinishXml([b, c]), XML)]);
      check(
        statuses.every((status) => status === 200),
        `A+B and B+C were answered ${statuses.join(', ')}`,
      );
      await deliveredOnce(system, [`${a}:Success`, `${b}:Success`, `${c}:Success`]);
      const ids = system.delivered().map((post) => post.id);
      check(ids.length === 3, `the downstream received ${ids.length} POSTs (${ids.join(', ')}), not 3`);
    }),

    named('a JobId with CR/LF or ANSI escapes cannot forge a log line', true, async (system) => {
      const victim = uniqueJobId('victim');
      const forged = `x\r\nwanxiang: TaskFinish Transcode JobId=${victim} State=Success → delivered [${victim}:Success]\n\u001b[2K\u001b[1G\u2028`;
      const status = await system.post(taskFinishJson([forged]), 'application/json');
      check(status === 200, `the callback with a hostile JobId was answered ${status}, not 200`);
      await waitUntil(() => system.delivered().length === 1, 'the hostile callback downstream', settleMs);
      await sleep(quietMs);
      for (const line of system.logs()) {
        check(!/[\r\u001b\u2028\u2029]/.test(line), `a log line holds a raw control character: ${JSON.stringify(line)}`);
        const at = line.indexOf(`JobId=${victim}`);
        // The victim's id may appear only inside the hostile line, after the escaped break.
        check(at === -1 || line.lastIndexOf('\\u000a', at) !== -1, `a log line speaks for ${victim}: ${JSON.stringify(line)}`);
      }
    }),
  ];
}

function checkPayload(post: DownstreamPost, key: string): void {
  const { payload } = post;
  if (payload.key !== key) throw new ConformanceFailure(`the POST for ${key} carries key ${JSON.stringify(payload.key)}`);
  check(typeof payload.type === 'string' && typeof payload.timestamp === 'string', `the POST for ${key} lacks type or timestamp`);
  const jobs = (payload.data as { JobsDetail?: { JobId?: string; State?: string }[] }).JobsDetail;
  if (Array.isArray(jobs)) {
    check(jobs.length === 1, `the POST for ${key} carries ${jobs.length} jobs, not the one its key names`);
    check(`${jobs[0]!.JobId}:${jobs[0]!.State}` === key, `the POST for ${key} carries job ${jobs[0]!.JobId}:${jobs[0]!.State}`);
  }
}
