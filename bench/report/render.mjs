// The analysis as markdown: the tables (printed by run.mjs, and in results.md) and results.md itself.
import { fmtBytes, fmtNs, mark, pct, ratio, table } from './figures.mjs';

/** Every table of the report, keyed by section; a section without its measurement has none. */
export function renderTables({ timing, memory, bundle, analysis }) {
  const out = {};
  const { parseRows, targets, tput } = analysis;

  out.parse = table(
    ['body', 'XML', 'parseCallback XML', 'txml', 'fast-xml-parser', 'xml2js', 'pc ÷ txml', 'fxp ÷ pc', 'JSON', 'parseCallback JSON', 'JSON.parse', 'pc ÷ JSON.parse'],
    parseRows.map((r) => {
      const spread = (methodId) => {
        const c = timing.cases.find((x) => x.body === r.body && x.method.id === methodId && x.group === (r.body.large ? 'large' : 'small'));
        return c ? ` ${pct(c.spread)}` : '';
      };
      return [
        r.body.id,
        fmtBytes(r.body.xmlBytes),
        fmtNs(r.pc) + spread('parseCallback-xml'),
        fmtNs(r.tx) + spread('txml'),
        fmtNs(r.fx) + spread('fast-xml-parser'),
        fmtNs(r.x2) + spread('xml2js'),
        ratio(r.pcTx),
        ratio(r.fxPc),
        fmtBytes(r.body.jsonBytes),
        r.body.json === null ? '—' : fmtNs(r.pj) + spread('parseCallback-json'),
        r.body.json === null ? '—' : fmtNs(r.jp) + spread('JSON.parse'),
        r.body.json === null ? '—' : ratio(r.pjJp),
      ];
    }),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  );

  out.targets = table(
    ['target', 'on', 'measured', 'limit', '', 'detail'],
    targets.map((t) => [t.name, t.subject, ratio(t.value).replace('×', t.name.includes('KiB') ? ' KiB' : '×'), t.limit, t.context ? `(${mark(t.ok)})` : mark(t.ok), t.detail]),
    ['l', 'l', 'r', 'l', 'l', 'l'],
  );

  out.linear = table(
    ['method', 'ns/B on sr-9k', 'ns/B on large', 'large ÷ 9 KB', 'fastest rounds', 'how'],
    Object.entries(analysis.linear).map(([id, l]) => [
      id,
      l.small.toFixed(1),
      l.large.toFixed(1),
      ratio(l.ratio),
      l.minRatio ? ratio(l.minRatio) : '',
      l.paired ? 'same rounds, per-round ratio' : 'medians of separate groups',
    ]),
    ['l', 'r', 'r', 'r', 'r', 'l'],
  );

  if (memory) {
    out.memory = table(
      ['method (large body)', 'body', 'peak heap (default GC)', '× body', 'cold call', 'peak live (full GCs)', '× body', 'result retained', 'peak RSS Δ', 'GCs in call'],
      memory.map((m) => [
        m.methodId,
        fmtBytes(m.bytes),
        fmtBytes(m.peakHeap),
        (m.peakHeap / m.bytes).toFixed(2),
        `${(m.peakHeapCold / m.bytes).toFixed(2)}×`,
        m.peakLive === null ? '—' : fmtBytes(m.peakLive),
        m.peakLive === null ? '—' : (m.peakLive / m.bytes).toFixed(2),
        m.retained === null ? '—' : fmtBytes(m.retained),
        fmtBytes(Math.max(0, m.rss)),
        m.gcsDuringCall,
      ]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    );
  }

  if (tput.length) {
    const rows = [];
    for (const t of tput) {
      for (const w of [t.bare, t.receiver, ...(t.confirmed ? [t.confirmed] : [])]) {
        rows.push([
          t.body.id,
          w.id === 'bare' ? 'bare Worker (drains body, 200)' : w.id === 'receiver' ? 'receiver, no-op forwarder' : 'receiver + confirm (CI API double in the isolate)',
          Math.round(w.rps).toLocaleString('en-US'),
          `${Math.round(w.rpsMin).toLocaleString('en-US')}–${Math.round(w.rpsMax).toLocaleString('en-US')}`,
          `${w.p50.toFixed(1)} ms`,
          `${w.p99.toFixed(1)} ms`,
          w.total.toLocaleString('en-US'),
          w.bad,
          w.id === 'receiver' ? ratio(t.ratio) : w.id === 'confirmed' ? `${ratio(t.confirmRatio)} of the receiver; p50 ${ratio(t.confirmP50)}` : '',
        ]);
      }
    }
    out.throughput = table(['body', 'Worker', 'req/s (mean)', 'req/s runs', 'p50', 'p99', 'requests', 'failed', 'ratio'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r']);
  }

  if (bundle) {
    out.bundle = table(
      ['what', 'minified', 'min+gz (level 9)'],
      bundle.rows.map((r) => [r.label, `${fmtBytes(r.minBytes)} (${r.minBytes.toLocaleString('en-US')} B)`, `${fmtBytes(r.gzBytes)} (${r.gzBytes.toLocaleString('en-US')} B)`]),
      ['l', 'r', 'r'],
    );
  }

  out.cases = table(
    ['group', 'body', 'method', 'calls/batch', 'rounds', 'median', 'min', 'max', 'spread'],
    timing.cases.map((c) => [c.group, c.body.id, c.method.id, c.n, c.rounds, fmtNs(c.median), fmtNs(c.min), fmtNs(c.max), pct(c.spread)]),
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  return out;
}

/** bench/results.md: the machine and versions, the targets, then each measured section's table and how it was measured. */
export function renderMarkdown({ env, bodies, tables, analysis, profiles, notes, phases, throughputSetup }) {
  const counted = analysis.targets.filter((t) => !t.context);
  const met = counted.filter((t) => t.ok).length;
  const lines = [];
  const p = (s = '') => lines.push(s);
  p('# Benchmark results');
  p();
  p(
    `Written by \`npm run bench\` (\`node bench/run.mjs\`) on ${env.date}. Timings are medians of interleaved rounds in one process; ratios come from this one run. Nothing here is asserted by \`npm test\`.`,
  );
  p();
  p('## Machine and versions');
  p();
  p(
    table(
      ['', ''],
      [
        ['date', env.date],
        ['node', `${env.node} (V8 ${env.v8})`],
        ['CPU', `${env.cpu}, ${env.cores} cores`],
        ['OS', env.platform],
        ['memory', env.memory],
        ['load average at start / end', `${env.loadavg} / ${env.loadavgEnd}`],
        ['git', env.git],
        ...Object.entries(env.versions).map(([k, v]) => [k, v]),
      ],
    ),
  );
  p();
  p(`## Targets: ${met} of ${counted.length} met`);
  p();
  p(tables.targets);
  p();
  p('Ratios are medians of per-round ratios (the two methods timed back to back in each round), from this run only. Rows marked "(context)" are shown for information and not counted.');
  p();
  p('## Parse time');
  p();
  p(
    'Median time per call over the rounds; `±` is half the interquartile range across rounds. Every method gets the body as a JavaScript string (all accept one; bytes would add a UTF-8 decode to parseCallback only). parseCallback gets the content type CI sends (`application/xml` or `application/json`). "—": no JSON twin in the corpus (twins.json).',
  );
  p();
  p(tables.parse);
  p();
  p('Bodies:');
  p();
  for (const b of bodies)
    p(
      `- \`${b.id}\`: ${b.label} — XML \`${b.xmlFile}\` (${b.xmlBytes.toLocaleString('en-US')} B); JSON ${b.jsonFile ? `\`${b.jsonFile}\` (${b.jsonBytes.toLocaleString('en-US')} B)` : '— (no twin)'}`,
    );
  p();
  const [ref, big] = [bodies.find((b) => b.id === 'sr-9k'), bodies.find((b) => b.large)];
  p(
    `The large body is the real SpeechRecognition body with its 22 \`<Words>\` entries cycled to 20,000 (offsets moved on by 14,745 ms per cycle, \`<WordsNum>\` updated), one entry per line without indentation (the real layout would make it ~5.2 MB, over the parser's default 4 MiB limit); the JSON twin is generated the same way from the real JSON twin. It is denser than the 9 KB body: ${((big.xmlElements / big.xmlBytes) * 1024).toFixed(1)} elements per KiB against ${((ref.xmlElements / ref.xmlBytes) * 1024).toFixed(1)}, and the 9 KB JSON twin is mostly indentation while the generated one is compact, so per-byte cost rises even for a linear parser (see the raw parsers' own ratios). parseCallback's and JSON.parse's per-byte ratios come from rounds of their own in which both bodies are timed (per-round ratio, then the median): timed next to txml or fast-xml-parser, the 9 KB body pays for their tens of MB of garbage from the large body.`,
  );
  p();
  p(tables.linear);
  p();
  if (tables.memory) {
    p('## Memory (large body, one call)');
    p();
    p(
      'Each row is a fresh child process (`--expose-gc`). After loading, `gc()` twice, baseline = V8 used heap + external memory. The call runs under `v8.GCProfiler`, which records heap statistics before and after every GC during the call (a synchronous parse cannot be sampled by a timer). **Peak heap** (default GC settings; the figure the target uses): highest used heap during the call — just before each GC, and at the end with the result still referenced — minus baseline: what the process really held, including garbage not yet collected (bounded by the young generation size; with no GC during the call it equals everything the call allocated). **Peak live** (parseCallback only, second child with `--gc-global --max-semi-space-size=1`, so every GC is a full collection, about one per MB allocated): highest used heap right after a GC, or after a final GC with the result held, minus baseline: what the parse cannot do without, to within ~1 MB. **Result retained**: the returned value after a full GC. **Peak RSS Δ**: a worker thread sampling `process.memoryUsage.rss()` every ~0.5 ms (whole process, page granularity; V8 reuses pages it already has, so it can read low). Warm = worst of 3 calls after 2 warm-up calls; "cold call" = the first call in the process.',
    );
    p();
    p(tables.memory);
    p();
  }
  if (tables.throughput) {
    const s = throughputSetup;
    p('## Receiver throughput (Cloudflare Worker in workerd via Miniflare)');
    p();
    p(
      `Both Workers are bundled with esbuild as the test harness does (from the built packages) and run in Miniflare ${env.versions.miniflare} / workerd ${env.versions.workerd} on 127.0.0.1 (compatibility date ${s.compatibilityDate}). The receiver is \`createReceiver({ tokens, forwarder: { send: async () => {} }, logger: false })\` called like the example Worker (\`fetch(request, ctx)\`), with no archive. The bare Worker drains the body and answers 200: one that answers a POST without reading its body makes workerd drop the keep-alive connection, and autocannon then measures reconnects (observed while writing this benchmark: ~2,400 req/s, p50 ~830 ms, an error on every request). autocannon ${env.versions.autocannon} from the benchmark process: ${s.connections} connections, ${s.seconds} s per run (capped at ${s.maxRequests.toLocaleString('en-US')} requests), POST to \`/ci/<token>\` with \`content-type: application/xml\`, ${s.warmupSeconds} s warm-up per Worker, then ${s.repeats} runs each, alternating bare, receiver, confirmed, bare, …. The confirmed Worker is the receiver with \`confirm: createCiConfirm(…)\` over a \`createCiClient\` whose \`fetch\` is the CI API double in the same isolate: no network, so its ratio to the receiver is the lookup's own work (signing, the double's signature check, parseLookup, the comparison); a real lookup adds CI's round trip. On a machine with few cores autocannon, workerd and anything else running share them, so the ratio is the meaningful figure.`,
    );
    p();
    p(tables.throughput);
    p();
  }
  if (tables.bundle) {
    p('## Bundle size');
    p();
    p(
      '1 KiB = 1,024 B; gzip level 9 (node:zlib). The shipped browser build is minified by terser in `npm run build`; the third-party rows and the re-minified rows are bundled here with `esbuild --bundle --minify --format=esm --platform=browser`.',
    );
    p();
    p(tables.bundle);
    p();
  }
  if (profiles?.length) {
    p('## CPU profiles (targets missed)');
    p();
    for (const prof of profiles) {
      p(`### ${prof.title}`);
      p();
      p(`${prof.calls} calls in ${prof.seconds} s (V8 sampling profiler, 100 µs interval, as \`node --cpu-prof\`); raw profile: \`${prof.file}\`. Top self time:`);
      p();
      p(
        table(
          ['self', 'ms', 'function  location'],
          prof.functions.slice(0, 12).map((f) => [`${(f.share * 100).toFixed(1)}%`, f.ms.toFixed(0), f.name]),
          ['r', 'r', 'l'],
        ),
      );
      p();
      p(
        table(
          ['self', 'ms', 'file'],
          prof.files.slice(0, 8).map((f) => [`${(f.share * 100).toFixed(1)}%`, f.ms.toFixed(0), f.name]),
          ['r', 'r', 'l'],
        ),
      );
      p();
    }
  }
  p('## Run details');
  p();
  for (const n of notes) p(`- ${n}`);
  p(
    `- Phases: ${Object.entries(phases)
      .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
      .join(', ')}.`,
  );
  p();
  p('<details><summary>Every timed case</summary>');
  p();
  p(tables.cases);
  p();
  p('</details>');
  p();
  return lines.join('\n');
}
