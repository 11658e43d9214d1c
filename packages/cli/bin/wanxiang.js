#!/usr/bin/env node
// The `wanxiang` command. A committed shim (the build's output carries no executable bit).
import { main } from '../dist/main.js';

// `wanxiang parse big.xml | head`: the reader went away; that ends the output, not in a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
