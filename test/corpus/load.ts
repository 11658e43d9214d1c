// Node-side access to the callback corpus, now the @wanxiang/fixtures package in this repository
// (packages/fixtures: the bodies embedded in its module, the raw files under its corpus/).
// Nothing outside the repository is read.
import { fileURLToPath } from 'node:url';
import { type Fixture, fixtures, getFixture, isFixtureFile, type TwinPair, twins } from '@wanxiang/fixtures';

/** Absolute path of the raw corpus files (packages/fixtures/corpus), for tests that serve or pass on files. */
export const corpusDir = fileURLToPath(new URL('../../packages/fixtures/corpus', import.meta.url));

/** Every manifest entry, as the package's fixtures (a fixture is its manifest entry plus its body). */
export function loadManifest(): readonly Fixture[] {
  return fixtures;
}

export function loadTwins(): readonly TwinPair[] {
  return twins;
}

/** The exact bytes of a corpus body (a fresh copy). */
export function loadBody(file: string): Uint8Array<ArrayBuffer> {
  if (!isFixtureFile(file)) throw new Error(`No corpus body at ${file}`);
  return getFixture(file).bytes();
}
