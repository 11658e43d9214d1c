import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsc = `${repoRoot}node_modules/typescript/bin/tsc`;

/** tsc's instantiation count for a project (deterministic, unlike its timings, so it may be asserted). */
async function instantiations(project: string): Promise<number> {
  // Rejects (with tsc's output) when the project does not compile.
  const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', `${repoRoot}test/typescript-cost/${project}`, '--extendedDiagnostics'], { encoding: 'utf8' });
  expect(
    stdout.split('\n').filter((line) => line.includes('error TS')),
    project,
  ).toEqual([]);
  const count = /^Instantiations:\s+(\d+)$/m.exec(stdout)?.[1];
  if (count === undefined) throw new Error(`no instantiation count in tsc's output:\n${stdout}`);
  return Number(count);
}

// The consumer (test/typescript-cost/consumer.ts) does what a user's handler does, compiled
// against the built dist/*.d.ts with strict and skipLibCheck false. Most of what it costs is
// valibot's own declarations, which the schema types bring along: the floor, measured here with
// the same settings. Wanxiang's share cost ~247,000 instantiations when the declarations were
// `interface X extends v.InferOutput<typeof X>` chains (420,382 in all); ~7,100 with the
// generated interfaces (180,411 in all, floor 173,309).
describe("a consumer's type-check of the built declarations", () => {
  it('costs at most 12,000 instantiations over checking valibot itself', async () => {
    const [floor, consumer] = await Promise.all([instantiations('tsconfig.valibot-floor.json'), instantiations('tsconfig.json')]);
    expect(consumer - floor).toBeLessThanOrEqual(12_000);
    // And more than nothing: declarations gone `any` would cost almost nothing (and the
    // consumer's expected error would go unused, which fails its compile).
    expect(consumer - floor).toBeGreaterThan(1_000);
  }, 120_000);
});
