import type { Colors } from 'picocolors/types';
import type { Outcome } from './send-body.js';

/**
 * The replay's counts. `sent`: bodies POSTed this run. `duplicates`: 2xx answers saying every
 * key was delivered already, plus bodies the journal had as accepted (not sent again).
 * `interrupted`: bodies not sent, or sent without an answer, when the run was stopped.
 */
export class Tally {
  sent = 0;
  accepted = 0;
  refused = 0;
  failed = 0;
  duplicates = 0;
  interrupted = 0;

  /** Counts one body's outcome; `posted`: it reached the network at least once. */
  add(outcome: Outcome, posted: boolean): void {
    if (posted) this.sent++;
    if (outcome === 'accepted') this.accepted++;
    else if (outcome === 'duplicate') this.duplicates++;
    else if (outcome === 'refused') this.refused++;
    else if (outcome === 'failed') this.failed++;
    else this.interrupted++;
  }

  /** A body the journal had as accepted. */
  skip(): void {
    this.duplicates++;
  }

  /** `sent 4, accepted 3, refused 1, failed 0, duplicates 2` (and what an interruption left). */
  line(colors: Colors): string {
    const parts = [
      `sent ${this.sent}`,
      colors.green(`accepted ${this.accepted}`),
      (this.refused ? colors.red : colors.dim)(`refused ${this.refused}`),
      (this.failed ? colors.red : colors.dim)(`failed ${this.failed}`),
      `duplicates ${this.duplicates}`,
    ];
    if (this.interrupted) parts.push(colors.yellow(`not sent (interrupted) ${this.interrupted}`));
    return parts.join(', ');
  }
}
