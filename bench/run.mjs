// `npm run bench`: parse time (interleaved rounds), memory, receiver throughput and bundle size
// in one run; prints the tables and writes bench/results.md. Exits 0 even when a target is
// missed (the report says which); exits 1 only when something could not be measured.
//
// Run `npm run build` first: everything is measured on the built packages.
// BENCH_QUICK=1 shortens every phase (for trying the benchmark out; not for figures).
// BENCH_PROFILE=1 adds CPU profiles of parseCallback even when no target is missed.
import { writeFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { CORPUS, loadBodies } from './bodies.mjs';
import { measureBundles } from './bundle.mjs';
import { measure } from './measure.mjs';
import { measureMemory } from './memory.mjs';
import { methods } from './methods.mjs';
import { profileParse, profileReceiver } from './profile.mjs';
import { analyze } from './report/analysis.mjs';
import { environment } from './report/environment.mjs';
import { renderMarkdown, renderTables } from './report/render.mjs';
import { measureThroughput } from './throughput.mjs';

const quick = process.env.BENCH_QUICK === '1';
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const phases = {};
async function phase(name, fn) {
  const start = performance.now();
  log(`${name}…`);
  const result = await fn();
  phases[name] = (performance.now() - start) / 1000;
  return result;
}

const env = environment();
const bodies = loadBodies();
const notes = [];
const load = (await import('node:os')).loadavg()[0];
if (load > env.cores * 0.75) {
  notes.push(
    `The machine was busy with other processes when this run started (1-minute load average ${load.toFixed(1)} on ${env.cores} cores): expect wide spreads; the per-round ratios hold up better than absolute times, and the "fastest rounds" figures show what interference cannot inflate.`,
  );
}

// Every method must accept every body it is timed on, and the two formats of a twin must give
// the same event, or the comparison is meaningless. The small bodies are checked first, before
// any timing: so every method meets the three different callbacks once before it is warmed up
// and optimized, as a server does. (Measured: warming parseCallback up on one body only, before
// it sees the others, leaves it ~25% faster on all of them than this — a state a server meeting
// varied callbacks would not be in; the other parsers do not move.) The large body is checked
// after the timing: parsing it once before the warm-up slows txml on the small bodies ~1.5×.
async function check(list) {
  for (const body of list) {
    const events = {};
    for (const method of methods) {
      const text = body[method.format];
      if (text === null) continue;
      const result = await method.fn(text);
      if (result === undefined || result === null) throw new Error(`${method.id} returned nothing for ${body.id}`);
      if (method.id.startsWith('parseCallback')) events[method.format] = result;
    }
    if (events.json) {
      const same = isDeepStrictEqual(events.xml, events.json);
      notes.push(`\`${body.id}\`: parseCallback gives ${same ? 'the same event' : 'DIFFERENT events'} for the XML and its JSON twin.`);
    }
  }
}
await phase('check', () => check(bodies.filter((b) => !b.large)));

const smallBodies = bodies.filter((b) => !b.large);
const sr9k = bodies.find((b) => b.id === 'sr-9k');
const large = bodies.find((b) => b.large);
const rounds = quick ? { small: 10, large: 2, linear: 3 } : { small: 100, large: 15, linear: 30 };
// Short batches: on a shared machine a short batch is more often free of preemption by another
// process, so the median over many of them is steadier (medians moved ~40% between runs with
// 10 ms batches under load, ~5% with 2 ms ones).
const minBatchMs = 2;
const timing = await phase('parse time', () =>
  measure(
    [
      { name: 'small', bodies: smallBodies, rounds: rounds.small },
      { name: 'large', bodies: [large], rounds: rounds.large },
      // Per-byte comparison: the 9 KB body and the large one in the same rounds, with only the
      // methods whose garbage is their own result (no 36 MB txml trees landing on the others).
      { name: 'linear', bodies: [sr9k, large], rounds: rounds.linear, methods: ['parseCallback-xml', 'parseCallback-json', 'JSON.parse'] },
    ],
    methods,
    { minBatchMs, warmupMs: quick ? 50 : 150, log },
  ),
);
notes.push(
  `Parse time: ${rounds.small} rounds over the small bodies, then ${rounds.large} rounds over the large body, then ${rounds.linear} rounds of parseCallback (and JSON.parse) over the 9 KB and the large body for the per-byte comparison; batches of ≥ ${minBatchMs} ms (calibrated once per case after a warm-up), method order rotated each round, no forced GC; ratios are medians of per-round ratios; ${timing.seconds.toFixed(1)} s.`,
);

await phase('check large', () => check(bodies.filter((b) => b.large)));

const memory = await phase('memory', () =>
  measureMemory(
    quick ? ['parseCallback-xml', 'JSON.parse'] : ['parseCallback-xml', 'parseCallback-json', 'txml', 'fast-xml-parser', 'xml2js', 'JSON.parse'],
    ['parseCallback-xml', 'parseCallback-json'],
    log,
  ),
);

const throughput = await phase('throughput', async () => {
  const results = [];
  for (const id of ['nr-1k', 'sr-9k']) {
    const body = bodies.find((b) => b.id === id);
    const result = await measureThroughput(body.xml, quick ? { seconds: 1, repeats: 1, warmupSeconds: 0.5, log } : { seconds: 5, repeats: 3, warmupSeconds: 1, log });
    results.push({ body, ...result });
  }
  return results;
});

const bundle = await phase('bundle', () => measureBundles(CORPUS));

const analysis = analyze({ bodies, timing, memory, throughput, bundle });

// A profile of what to optimize when the per-byte, the JSON or the throughput target is missed.
const profiles = await phase('profiles', async () => {
  const out = [];
  // BENCH_PROFILE=1 profiles all three cases whatever the outcome.
  const all = process.env.BENCH_PROFILE === '1';
  const missed = (prefix) => analysis.targets.filter((t) => t.name.startsWith(prefix) && (all || (!t.ok && !t.context)));
  const large = bodies.find((b) => b.large);
  const seconds = quick ? 1 : 3;
  if (missed('linear: per-byte cost, large ÷ 9 KB, XML').length) {
    out.push({ title: `parseCallback, XML, ${large.id}`, seconds, ...(await profileParse(large.xml, 'xml', seconds, `${large.id}-xml`)) });
  }
  if (all) {
    out.push({ title: `parseCallback, JSON, ${large.id}`, seconds, ...(await profileParse(large.json, 'json', seconds, `${large.id}-json`)) });
  }
  const json = missed('parseCallback JSON');
  if (json.length) {
    const body = bodies.find((b) => b.id === (json.find((t) => t.subject === 'sr-9k') ?? json[0]).subject);
    out.push({ title: `parseCallback, JSON, ${body.id}`, seconds, ...(await profileParse(body.json, 'json', seconds, `${body.id}-json`)) });
  }
  const tput = missed('receiver req/s');
  if (tput.length) {
    const body = bodies.find((b) => b.id === (tput.find((t) => t.subject === 'sr-9k') ?? tput[0]).subject);
    out.push({ title: `receiver.fetch in Node (no-op forwarder), XML, ${body.id}`, seconds, ...(await profileReceiver(body.xml, seconds, `${body.id}-receiver`)) });
  }
  return out;
});

env.loadavgEnd = (await import('node:os'))
  .loadavg()
  .map((x) => x.toFixed(2))
  .join(' ');
const tables = renderTables({ timing, memory, bundle, analysis });
const markdown = renderMarkdown({ env, bodies, tables, analysis, profiles, notes, phases, throughputSetup: throughput[0].setup });
writeFileSync(new URL('results.md', import.meta.url), markdown);
// The same figures, machine-readable, for comparing runs and for the README (npm run docs:figures).
writeFileSync(
  new URL('results.json', import.meta.url),
  `${JSON.stringify(
    {
      env,
      // What scripts/readme-figures.mjs needs besides the targets: the bodies' sizes, the per-byte ratios.
      bodies: bodies.map((b) => ({ id: b.id, label: b.label, large: Boolean(b.large), xmlBytes: b.xmlBytes, jsonBytes: b.json === null ? null : b.jsonBytes })),
      linear: analysis.linear,
      medianNs: Object.fromEntries(timing.cases.map((c) => [`${c.group} ${c.body.id} ${c.method.id}`, Math.round(c.median)])),
      minNs: Object.fromEntries(timing.cases.map((c) => [`${c.group} ${c.body.id} ${c.method.id}`, Math.round(c.min)])),
      targets: analysis.targets,
      memory,
      throughput: analysis.tput.map((t) => ({ body: t.body.id, bare: t.bare, receiver: t.receiver, ratio: t.ratio })),
      bundle,
    },
    null,
    1,
  )}\n`,
);

const counted = analysis.targets.filter((t) => !t.context);
const met = counted.filter((t) => t.ok).length;
console.log(`\nwanxiang benchmarks — ${env.date} — node ${env.node}, ${env.cpu} × ${env.cores}, load ${env.loadavg} → ${env.loadavgEnd}\n`);
console.log('Parse time (median per call, ± half IQR over rounds)\n');
console.log(tables.parse);
console.log('\nPer-byte cost, large body vs the 9 KB body it was generated from\n');
console.log(tables.linear);
console.log('\nPeak extra memory, large body\n');
console.log(tables.memory);
console.log('\nReceiver throughput (Miniflare/workerd, autocannon)\n');
console.log(tables.throughput);
console.log('\nBundle size\n');
console.log(tables.bundle);
for (const prof of profiles) {
  console.log(`\nCPU profile: ${prof.title} — top self time (${prof.file})`);
  for (const f of prof.functions.slice(0, 10)) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}%  ${f.name}`);
}
console.log(`\nTargets: ${met} of ${counted.length} met (rows in parentheses: context, not counted)\n`);
console.log(tables.targets);
console.log(
  `\nWritten to bench/results.md and bench/results.json (${Object.values(phases)
    .reduce((a, b) => a + b, 0)
    .toFixed(0)} s); \`npm run docs:figures\` puts the figures in README.md.`,
);
