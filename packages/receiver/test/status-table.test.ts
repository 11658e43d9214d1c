// One table from error code to HTTP status: complete, used by ReceiverError, and the README's Answers table says the same.
import { readFileSync } from 'node:fs';
import { CallbackErrorCode } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { errorStatus, ReceiverError, ReceiverErrorCode } from '../src/index.js';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const allCodes = [...Object.values(CallbackErrorCode), ...Object.values(ReceiverErrorCode)];

/** code → status, from the rows of the README's Answers table (`| 403 \`FORBIDDEN\` | … |`). */
function readmeStatuses(): Map<string, number> {
  const section = readme.slice(readme.indexOf('## Answers'), readme.indexOf('\n## ', readme.indexOf('## Answers') + 1));
  const statuses = new Map<string, number>();
  for (const row of section.split('\n').filter((line) => /^\| \d{3} /.test(line))) {
    const status = Number(row.slice(2, 5));
    for (const [, code] of row.matchAll(/`([A-Z][A-Z_]+)`/g)) {
      expect(statuses.get(code!) ?? status, `${code} is listed under two statuses`).toBe(status);
      statuses.set(code!, status);
    }
  }
  return statuses;
}

describe('errorStatus', () => {
  it('has an entry for every core and receiver code, and nothing else', () => {
    expect(Object.keys(errorStatus).sort()).toEqual([...allCodes].sort());
    for (const code of allCodes) expect(Object.hasOwn(errorStatus, code), code).toBe(true);
  });

  it('is where every ReceiverError takes its status from', () => {
    for (const code of Object.values(ReceiverErrorCode)) expect(new ReceiverError(code, 'm').status, code).toBe(errorStatus[code]);
  });

  it("matches the README's Answers table: every answering code is there with its status, and no other code", () => {
    const documented = readmeStatuses();
    const answering = allCodes.filter((code) => errorStatus[code] !== undefined);
    expect([...documented.keys()].sort()).toEqual([...answering].sort());
    for (const code of answering) expect(documented.get(code), code).toBe(errorStatus[code]);
  });

  it('names every reported-only code in the README paragraph after the table', () => {
    const paragraph = readme.slice(readme.indexOf('Reported to `onError` without changing the answer'), readme.indexOf('Order of checks'));
    const reported = allCodes.filter((code) => errorStatus[code] === undefined);
    expect(reported.length).toBeGreaterThan(0);
    for (const code of reported) expect(paragraph, code).toContain(`\`${code}\``);
  });
});
