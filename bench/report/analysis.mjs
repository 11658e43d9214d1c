// From the measurements to the figures the report shows: parse-time ratios per body, per-byte
// linearity, memory, throughput and bundle size, each checked against its target (LIMITS).
import { pairedRatio } from '../measure.mjs';
import { fmtBytes, KIB, ratio } from './figures.mjs';

const LIMITS = { txml: 1.5, fxp: 3, json: 2, linear: 1.2, memory: 10, throughput: 0.7, bundleBytes: 10 * KIB };

/** The figures of the report and the targets, met or missed, from one run's measurements. */
export function analyze({ bodies, timing, memory, throughput, bundle }) {
  const large = bodies.find((b) => b.large);
  const small = bodies.find((b) => b.id === 'sr-9k');
  // Each body's figures come from the group it is measured in; the 9 KB body also runs in the
  // large body's group, as its per-byte reference.
  const groupOf = (body) => (body.large ? 'large' : 'small');
  const get = (bodyId, methodId, group) => timing.cases.find((c) => c.body.id === bodyId && c.method.id === methodId && c.group === (group ?? groupOf(bodies.find((b) => b.id === bodyId))));
  const med = (bodyId, methodId) => get(bodyId, methodId)?.median ?? NaN;
  const paired = (bodyId, a, b) => pairedRatio(get(bodyId, a), get(bodyId, b));
  const targets = [];
  const target = (name, subject, value, limit, ok, detail = '', context = false) => targets.push({ name, subject, value, limit, ok, detail, context });

  const parseRows = bodies.map((b) => ({
    body: b,
    pc: med(b.id, 'parseCallback-xml'),
    tx: med(b.id, 'txml'),
    fx: med(b.id, 'fast-xml-parser'),
    x2: med(b.id, 'xml2js'),
    pj: med(b.id, 'parseCallback-json'),
    jp: med(b.id, 'JSON.parse'),
    pcTx: paired(b.id, 'parseCallback-xml', 'txml'),
    fxPc: paired(b.id, 'fast-xml-parser', 'parseCallback-xml'),
    pjJp: paired(b.id, 'parseCallback-json', 'JSON.parse'),
  }));

  for (const r of parseRows) target('parseCallback XML ≤ 1.5× txml', r.body.id, r.pcTx, `≤ ${LIMITS.txml.toFixed(1)}×`, r.pcTx <= LIMITS.txml);
  for (const r of parseRows) target('parseCallback XML ≥ 3× faster than fast-xml-parser', r.body.id, r.fxPc, `≥ ${LIMITS.fxp}×`, r.fxPc >= LIMITS.fxp);
  for (const r of parseRows) if (r.body.json !== null) target('parseCallback JSON ≤ 2× JSON.parse', r.body.id, r.pjJp, `≤ ${LIMITS.json}×`, r.pjJp <= LIMITS.json);

  // Linearity: cost per byte of the large body over that of the 9 KB body it was generated from.
  // Paired (same rounds, per-round ratio, median) for the methods of the 'linear' group; the
  // other parsers, for context, from the medians of the 'small' and 'large' groups.
  const linear = {};
  for (const m of timing.cases.filter((c) => c.group === 'large').map((c) => c.method)) {
    const pairedBig = get(large.id, m.id, 'linear');
    const pairedRef = get(small.id, m.id, 'linear');
    if (pairedBig && pairedRef) {
      linear[m.id] = {
        small: pairedRef.median / pairedRef.bytes,
        large: pairedBig.median / pairedBig.bytes,
        ratio: (pairedRatio(pairedBig, pairedRef) * pairedRef.bytes) / pairedBig.bytes,
        // Cross-check that other processes cannot inflate (they only ever add time): the fastest
        // round of each.
        minRatio: pairedBig.min / pairedBig.bytes / (pairedRef.min / pairedRef.bytes),
        paired: true,
      };
    } else {
      const big = get(large.id, m.id, 'large');
      const ref = get(small.id, m.id, 'small');
      linear[m.id] = { small: ref.median / ref.bytes, large: big.median / big.bytes, paired: false };
      linear[m.id].ratio = linear[m.id].large / linear[m.id].small;
    }
  }
  // The large body has ~2× the elements per byte of the 9 KB one (no indentation), so the cost
  // per element is shown too.
  const perElement = (linear['parseCallback-xml'].ratio * (large.xmlBytes / large.xmlElements)) / (small.xmlBytes / small.xmlElements);
  target(
    'linear: per-byte cost, large ÷ 9 KB, XML',
    `${large.id} vs ${small.id}`,
    linear['parseCallback-xml'].ratio,
    `≤ ${LIMITS.linear}×`,
    linear['parseCallback-xml'].ratio <= LIMITS.linear,
    `${linear['parseCallback-xml'].large.toFixed(1)} vs ${linear['parseCallback-xml'].small.toFixed(1)} ns/B; from the fastest rounds: ${ratio(linear['parseCallback-xml'].minRatio)}; per element instead of per byte: ${ratio(perElement)}; txml raw: ${ratio(linear.txml.ratio)}`,
  );
  // Context only, not a target: the issue's linearity target is about the large (XML) body. The
  // 9 KB JSON twin is pretty-printed (mostly indentation, which JSON.parse skips almost for free)
  // while the generated one is compact, so JSON.parse itself costs ~3× more per byte on it; the
  // detail shows parseCallback's per-byte ratio relative to JSON.parse's.
  const jsonNormalized = linear['parseCallback-json'].ratio / linear['JSON.parse'].ratio;
  target(
    'linear: per-byte cost, large ÷ 9 KB, JSON (context)',
    `${large.id} vs ${small.id}`,
    linear['parseCallback-json'].ratio,
    `≤ ${LIMITS.linear}×`,
    linear['parseCallback-json'].ratio <= LIMITS.linear,
    `${linear['parseCallback-json'].large.toFixed(1)} vs ${linear['parseCallback-json'].small.toFixed(1)} ns/B; JSON.parse: ${ratio(linear['JSON.parse'].ratio)}; relative to JSON.parse: ${ratio(jsonNormalized)}`,
    true,
  );

  if (memory) {
    const m = memory.find((x) => x.methodId === 'parseCallback-xml');
    const x = m.peakHeap / m.bytes;
    target(
      'peak extra memory, large XML body, < 10× its size',
      large.id,
      x,
      `< ${LIMITS.memory}×`,
      x < LIMITS.memory,
      `${fmtBytes(m.peakHeap)} peak heap; peak live ${(m.peakLive / m.bytes).toFixed(2)}× (${fmtBytes(m.peakLive)})`,
    );
  }

  const tput = [];
  if (throughput) {
    for (const t of throughput) {
      const avg = (id, key) => t.runs[id].reduce((a, r) => a + r[key], 0) / t.runs[id].length;
      const row = (id) => ({
        id,
        rps: avg(id, 'rps'),
        rpsMin: Math.min(...t.runs[id].map((r) => r.rps)),
        rpsMax: Math.max(...t.runs[id].map((r) => r.rps)),
        p50: avg(id, 'p50'),
        p99: avg(id, 'p99'),
        total: t.runs[id].reduce((a, r) => a + r.total, 0),
        bad: t.runs[id].reduce((a, r) => a + r.non2xx + r.errors + r.timeouts, 0),
      });
      const bare = row('bare');
      const receiver = row('receiver');
      const r = receiver.rps / bare.rps;
      // Absent from results written before verify by lookup was measured.
      const confirmed = t.runs.confirmed ? row('confirmed') : undefined;
      tput.push({ body: t.body, setup: t.setup, bare, receiver, ratio: r, ...(confirmed ? { confirmed, confirmRatio: confirmed.rps / receiver.rps, confirmP50: confirmed.p50 / receiver.p50 } : {}) });
      target('receiver req/s ≥ 0.7× bare Worker', t.body.id, r, `≥ ${LIMITS.throughput}×`, r >= LIMITS.throughput && receiver.bad === 0, receiver.bad ? `${receiver.bad} failed requests` : '');
    }
  }

  if (bundle) {
    const core = bundle.rows.find((r) => r.id === 'core');
    const allTags = bundle.tags.missing.length === 0 && bundle.tags.withoutSchema.length === 0 && bundle.tags.knownTags >= bundle.tags.corpusTags;
    target(
      'browser ESM build min+gz ≤ 10 KiB, every Tag typed',
      'wanxiang.browser.js',
      core.gzBytes / KIB,
      '≤ 10 KiB',
      core.gzBytes <= LIMITS.bundleBytes && allTags,
      `${core.gzBytes} B gz; ${bundle.tags.knownTags}/${bundle.tags.corpusTags} corpus Tags typed${allTags ? '' : ` — MISSING: ${[...bundle.tags.missing, ...bundle.tags.withoutSchema].join(', ')}`}`,
    );
  }

  return { parseRows, linear, targets, tput };
}
