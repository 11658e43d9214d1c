// The error path's bounds on hostile bodies, per shape and format: peak heap ÷ body size, and
// time ÷ a benign body of the same size (a real Transcode callback padded with its own job).
// Each figure comes from a fresh child process (bench/hostile/driver.mjs explains the method).
//   node bench/hostile.mjs [shape…]      (the sources are bundled with esbuild; no build needed)
import { BODY_BYTES, bundleCore, runReference, runShape } from './hostile/run.mjs';
import { shapes } from './hostile/shapes.mjs';

const only = process.argv.slice(2);
const selected = shapes.filter((shape) => only.length === 0 || only.includes(shape.id));
const bundle = await bundleCore();
const rows = [];
try {
  for (const shape of selected) {
    for (const format of ['xml', 'json']) {
      const r = await runShape(bundle.url, shape.id, format);
      rows.push(r);
      if (r.crashed) {
        console.log(`${shape.id.padEnd(18)} ${format.padEnd(4)} CRASHED (exit ${r.exitCode} ${r.signal ?? ''})`);
        continue;
      }
      const ref = await runReference(shape.id, format);
      const reference = ref.crashed ? 'crashed' : `${(ref.hostileMs / ref.benignMs).toFixed(2)}×`;
      const outcome = r.outcome === 'event' ? 'event' : `${r.outcome} ${r.issues}/${r.issueCount}`;
      console.log(
        [
          shape.id.padEnd(18),
          format.padEnd(4),
          `${(r.bytes / 2 ** 20).toFixed(2)} MiB`,
          `heap ${(r.peakHeap / r.bytes).toFixed(1).padStart(5)}×`,
          `rss ${(r.peakRss / r.bytes).toFixed(1).padStart(5)}×`,
          `time ${(r.hostileMs / r.benignMs).toFixed(2).padStart(5)}× (${r.hostileMs.toFixed(0)} / ${r.benignMs.toFixed(0)} ms)`,
          `${format === 'json' ? 'JSON.parse' : 'txml'} ${reference.padStart(6)}`,
          `answer ${r.answerBytes} B`,
          outcome,
        ].join('  '),
      );
    }
  }
} finally {
  bundle.dispose();
}
console.log(
  `\nbodies of ${BODY_BYTES} bytes; heap = peak V8 heap above the baseline ÷ body; time = fastest hostile ÷ fastest benign of five; JSON.parse / txml = the same ratio for the platform's own parser (bench/hostile/reference.mjs)`,
);
