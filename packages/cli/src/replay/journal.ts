import { appendFile, open, readFile } from 'node:fs/promises';
import type { Outcome } from './send-body.js';

/** One line of the journal: a body sent and what it came to. */
export interface JournalLine {
  digest: string;
  name: string;
  outcome: Outcome;
  status?: number;
  at: string;
}

/** The outcomes that end a body's story: a later run does not send it again. */
const DONE: ReadonlySet<Outcome> = new Set(['accepted', 'duplicate']);

/**
 * The replay's record, one JSON line per body sent, appended as each answer comes: a run cut
 * short (SIGINT, a crash) leaves every answer it had, and the next run skips what was accepted.
 */
export interface Journal {
  /** True when an earlier run had this body accepted (or the receiver said it was delivered already). */
  done(digest: string): boolean;
  record(line: JournalLine): Promise<void>;
}

/**
 * Reads `file` (absent: an empty journal); `writable: false` (a dry run) records nothing. A
 * writable journal is opened for appending first, so that a path that cannot be written fails
 * before anything is sent, not after the first answers, which would then go unrecorded.
 *
 * @throws JournalError naming the journal when it cannot be read or written.
 */
export async function openJournal(file: string, writable: boolean): Promise<Journal> {
  try {
    if (writable) await (await open(file, 'a')).close();
  } catch (error) {
    throw new JournalError(`cannot write the journal ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const done = new Set<string>();
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new JournalError(`cannot read the journal ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const entry = JSON.parse(line) as Partial<JournalLine>;
      if (typeof entry.digest === 'string' && entry.outcome !== undefined && DONE.has(entry.outcome)) done.add(entry.digest);
    } catch {
      // A line cut short by a crash: its body was not confirmed, so it is sent again.
    }
  }
  // Appends one at a time, so that concurrent answers never interleave within a line.
  let writing = Promise.resolve();
  return {
    done: (digest) => done.has(digest),
    record(line) {
      if (DONE.has(line.outcome)) done.add(line.digest);
      if (!writable) return Promise.resolve();
      writing = writing.then(() => appendFile(file, `${JSON.stringify(line)}\n`));
      return writing;
    },
  };
}

/** The journal, not the folder, is what could not be read or written. */
export class JournalError extends Error {}
