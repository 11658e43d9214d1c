// How this repository measures a bundle's size, for the README figures and the benchmark alike.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** `gzip -9 -n` byte count of some bytes (GNU gzip: its deflate gives the same bytes on every machine; node:zlib's differ). */
export function gzip9(data, what) {
  const result = spawnSync('gzip', ['-9', '-n', '-c'], { input: data, maxBuffer: 64 * 1024 * 1024 });
  if (result.error || result.status !== 0) throw new Error(`gzip -9 failed on ${what} (GNU gzip must be on PATH): ${result.error?.message ?? result.stderr}`);
  return result.stdout.length;
}

/** `contents` (a module resolved from the repository root) bundled and minified by esbuild for browsers. */
export async function esbuildMin(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    legalComments: 'none',
    write: false,
    metafile: true,
  });
  return { contents: result.outputFiles[0].contents, metafile: result.metafile };
}
