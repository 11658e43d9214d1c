import { parseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { checkCorpusEntry } from './corpus/check-entry.js';
import { loadBody, loadManifest } from './corpus/load.js';

const manifest = loadManifest();

describe('every corpus body, with the Content-Type CI sends', () => {
  it('covers the whole manifest (97 bodies)', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(97);
  });
  for (const entry of manifest) {
    const verdict = !entry.wellFormed ? 'is rejected as malformed' : entry.kind === '_untagged' ? 'is rejected as not a callback' : 'parses with the manifest facts';
    it(`${entry.file} ${verdict}`, () => {
      expect(checkCorpusEntry(loadBody(entry.file), entry, { parseCallback })).toEqual([]);
    });
  }
});

describe('every corpus body, with no Content-Type (format sniffed)', () => {
  for (const entry of manifest) {
    it(`${entry.file} gives the same verdict when sniffed`, () => {
      expect(checkCorpusEntry(loadBody(entry.file), entry, { parseCallback }, 'sniffed')).toEqual([]);
    });
  }
});
