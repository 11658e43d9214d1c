import pc from 'picocolors';
import type { Colors } from 'picocolors/types';

/** picocolors on when the stream is a TTY and `NO_COLOR` is unset or empty, `FORCE_COLOR` forcing them on. */
export function colorsFor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): Colors {
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  const enabled = forced || (stream.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === ''));
  return pc.createColors(enabled);
}
