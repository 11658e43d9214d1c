// Parses callback bodies from files and prints each normalized event, or its error.
// Usage: node examples/node/parse-file.mjs <body.xml|body.json> [...]
import { readFileSync } from 'node:fs';
import { safeParseCallback } from '@wanxiang/core';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node examples/node/parse-file.mjs <body.xml|body.json> [...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  const result = safeParseCallback(new Uint8Array(readFileSync(file)));
  if (result.success) {
    console.log(`${file}: ${result.event.EventName}`);
    console.log(JSON.stringify(result.event, null, 2));
  } else {
    failed = true;
    console.log(`${file}: ${result.error.code} ${result.error.message}`);
    for (const issue of result.error.issues) console.log(`  ${issue.path || '(body)'}: ${issue.message}`);
  }
}
process.exit(failed ? 1 : 0);
