import { parseCallback } from '@wanxiang/core';
import { describe, expect, it } from 'vitest';
import { loadBody, loadTwins } from './corpus/load.js';

const twins = loadTwins();

describe('XML and JSON twins normalize to deep-equal events', () => {
  it('lists 23 pairs', () => {
    expect(twins).toHaveLength(23);
  });
  for (const pair of twins) {
    it(`${pair.xml} equals ${pair.json}`, () => {
      const fromXml = parseCallback(loadBody(pair.xml), { contentType: 'application/xml' });
      const fromJson = parseCallback(loadBody(pair.json), { contentType: 'application/json' });
      expect(fromXml).toStrictEqual(fromJson);
    });
  }
});
