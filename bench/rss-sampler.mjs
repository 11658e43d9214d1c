// Peak RSS during a synchronous call, sampled by a worker thread every ~0.5 ms (a call on this
// thread blocks every timer). Shared by bench/memory.mjs and bench/hostile/driver.mjs.
import { Worker } from 'node:worker_threads';

/** `await ready`, then `start()` before the call and `stop()` (the peak RSS) after; `close()` at the end. */
export function rssSampler() {
  const shared = new SharedArrayBuffer(16);
  const control = new Int32Array(shared, 0, 2); // [0]: 0 idle, 1 sampling, 2 exit
  const peak = new Float64Array(shared, 8, 1);
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const control = new Int32Array(workerData, 0, 2);
     const peak = new Float64Array(workerData, 8, 1);
     for (;;) {
       const state = Atomics.load(control, 0);
       if (state === 2) break;
       if (state === 1) { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; Atomics.wait(control, 0, 1, 0.5); }
       else Atomics.wait(control, 0, 0, 5);
     }`,
    { eval: true, workerData: shared },
  );
  return {
    ready: new Promise((resolve) => worker.once('online', resolve)),
    start() {
      peak[0] = process.memoryUsage.rss();
      Atomics.store(control, 0, 1);
      Atomics.notify(control, 0);
    },
    stop() {
      Atomics.store(control, 0, 0);
      return peak[0];
    },
    close() {
      Atomics.store(control, 0, 2);
      Atomics.notify(control, 0);
      return worker.terminate();
    },
  };
}
