// Runs one snippet in a fresh Node process (spawned by test/docs/run.ts with the repository root
// as cwd, so bare imports resolve through node_modules to the built packages). argv[2] is a
// JSON spec: { given: [name], body: { file, contentType, url }, steps: [{ kind, file }] }.
// `given` names become globals holding a real callback; steps are classic scripts (evaluated in
// the global scope, in order) and ES modules (imported, in order), as a page runs them.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bytes = new Uint8Array(readFileSync(spec.body.file));
const text = new TextDecoder().decode(bytes);
const values = {
  request: () => new Request(spec.body.url, { method: 'POST', headers: { 'content-type': spec.body.contentType }, body: bytes }),
  body: () => text,
  text: () => text,
};
for (const name of spec.given) {
  if (!(name in values)) throw new Error(`runner: no value for \`${name}\``);
  globalThis[name] = values[name]();
}
try {
  for (const step of spec.steps) {
    if (step.kind === 'classic') {
      const code = readFileSync(step.file, 'utf8');
      // biome-ignore lint/security/noGlobalEval: a classic <script> is run as the browser runs it, at global scope (an indirect eval)
      globalThis.eval(code.includes('//# sourceURL=') ? code : `${code}\n//# sourceURL=${pathToFileURL(step.file).href}`);
    } else await import(pathToFileURL(step.file).href);
  }
} catch (error) {
  // The stack only: Node's own report would print the throwing line, all of a minified bundle.
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
}
