import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const tsc = `${repoRoot}node_modules/typescript/bin/tsc`;

interface Cost {
  instantiations: number;
  /** Every file the compiler read. */
  files: string[];
}

/** tsc's instantiation count for a project (deterministic, unlike its timings, so it may be asserted). */
async function cost(project: string): Promise<Cost> {
  // Rejects (with tsc's output) when the project does not compile.
  const { stdout } = await promisify(execFile)(process.execPath, [tsc, '-p', `${repoRoot}test/typescript-cost/${project}`, '--extendedDiagnostics', '--listFiles'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  expect(
    stdout.split('\n').filter((line) => line.includes('error TS')),
    project,
  ).toEqual([]);
  const count = /^Instantiations:\s+(\d+)$/m.exec(stdout)?.[1];
  if (count === undefined) throw new Error(`no instantiation count in tsc's output:\n${stdout}`);
  return { instantiations: Number(count), files: stdout.split('\n').filter((line) => /\.(d\.)?[cm]?ts$/.test(line.trim())) };
}

// The consumers (test/typescript-cost/*.ts) do what users do, compiled against the built
// dist/*.d.ts with strict and skipLibCheck false. When the declarations were
// `interface X extends v.InferOutput<typeof X>` chains, the handler cost 420,382 instantiations;
// with generated interfaces 180,426, of which 173,309 were valibot's own declarations, which any
// declaration naming a valibot type pulls in. The main entry now names none (the schemas are
// @wanxiang/core/schemas): 4,194, against 3,761 for a project that imports nothing.
describe("a consumer's type-check of the built declarations", () => {
  it('a handler that parses and narrows costs at most 2,000 instantiations over an empty project, and never reads valibot', async () => {
    const [floor, consumer] = await Promise.all([cost('tsconfig.floor.json'), cost('tsconfig.json')]);
    expect(consumer.files.filter((file) => file.includes('/valibot/'))).toEqual([]);
    // The budget for the whole check, and the share that is wanxiang's. Declarations
    // gone `any` would cost almost nothing too: the consumer's expected error would then go
    // unused, which fails its compile above.
    expect(consumer.instantiations).toBeLessThanOrEqual(150_000);
    expect(consumer.instantiations - floor.instantiations).toBeLessThanOrEqual(2_000);
    expect(consumer.files.some((file) => file.includes('packages/core/dist/types/tags/transcode.d.ts'))).toBe(true);
  }, 120_000);

  it('composing with @wanxiang/core/schemas costs at most 12,000 instantiations over checking valibot itself', async () => {
    const [floor, consumer] = await Promise.all([cost('tsconfig.valibot-floor.json'), cost('tsconfig.schemas.json')]);
    expect(consumer.instantiations - floor.instantiations).toBeLessThanOrEqual(12_000);
    // This consumer does read valibot's declarations (dist/index.d.mts): the file list sees
    // them, so the first test's "never reads valibot" can fail.
    expect(consumer.files.filter((file) => file.includes('/valibot/')).length).toBeGreaterThan(0);
  }, 120_000);
});
