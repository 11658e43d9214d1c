// How the report writes figures: times, sizes, ratios, spreads, ✓/✗, and markdown tables.

export const KIB = 1024;

const sig = (x, digits = 3) => (x >= 10 ** digits ? Math.round(x).toLocaleString('en-US') : x.toPrecision(digits));
/** Nanoseconds in the unit that keeps three significant digits: `12.3 µs`. */
export function fmtNs(ns) {
  if (!Number.isFinite(ns)) return '—';
  if (ns < 1e3) return `${sig(ns)} ns`;
  if (ns < 1e6) return `${sig(ns / 1e3)} µs`;
  if (ns < 1e9) return `${sig(ns / 1e6)} ms`;
  return `${sig(ns / 1e9)} s`;
}
/** A size in B, KiB or MiB (1 KiB = 1,024 B). */
export function fmtBytes(bytes) {
  if (bytes === null || bytes === undefined) return '—';
  if (bytes < KIB) return `${bytes} B`;
  if (bytes < KIB * KIB) return `${(bytes / KIB).toFixed(1)} KiB`;
  return `${(bytes / KIB / KIB).toFixed(2)} MiB`;
}
/** A spread (half the interquartile range over the median) as `±4%`. */
export const pct = (x) => `±${(x * 100).toFixed(0)}%`;
/** A ratio as `1.64×`; `—` when it could not be measured. */
export const ratio = (x) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—');
/** A target met or missed. */
export const mark = (ok) => (ok ? '✓' : '✗');

/** A markdown table with padded columns: valid markdown, and aligned when printed. */
export function table(headers, rows, align = []) {
  const width = (s) => [...String(s)].length;
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s, i) => {
    s = String(s ?? '');
    const fill = ' '.repeat(widths[i] - width(s));
    return align[i] === 'r' ? fill + s : s + fill;
  };
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
