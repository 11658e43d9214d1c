import cliProgress from 'cli-progress';

/** Where each finished body is counted: a bar on a terminal, nothing elsewhere. */
export interface Progress {
  tick(outcome: string): void;
  stop(): void;
}

/**
 * A cli-progress bar on `stream` when it is a terminal; a pipe or a log file gets no bar (only
 * the summary), since a redrawn line is noise there.
 */
export function progressOn(stream: NodeJS.WritableStream & { isTTY?: boolean }, total: number): Progress {
  if (stream.isTTY !== true || total === 0) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar({ format: 'replay [{bar}] {value}/{total} {last}', stream, hideCursor: true, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { last: '' });
  return { tick: (outcome) => bar.increment(1, { last: outcome }), stop: () => bar.stop() };
}
