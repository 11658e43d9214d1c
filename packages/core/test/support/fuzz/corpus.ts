// The corpus bodies the properties damage, and the names, event names, Tags and States they use.
import { knownTags, reviewEventNames } from '@wanxiang/core';
import { loadBody, loadManifest } from '../../../../../test/corpus/load.js';

export interface CorpusBody {
  file: string;
  format: 'xml' | 'json';
  wellFormed: boolean;
  bytes: Uint8Array;
}

export const corpus: CorpusBody[] = loadManifest().map((entry) => ({
  file: entry.file,
  format: entry.format,
  wellFormed: entry.wellFormed,
  bytes: loadBody(entry.file),
}));

/** Element names of the XML corpus and keys of the JSON corpus that are ASCII XML names. */
export const ciNames: readonly string[] = (() => {
  const names = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        names.add(key);
        walk(child);
      }
    }
  };
  for (const body of corpus) {
    const text = new TextDecoder().decode(body.bytes);
    if (body.format === 'xml') for (const match of text.matchAll(/<\/?([A-Za-z_][\w.:-]*)/g)) names.add(match[1]!);
    else if (body.wellFormed) walk(JSON.parse(text));
  }
  return [...names].filter((name) => /^[A-Za-z_][\w.-]*$/.test(name)).sort();
})();

export const forbiddenNames = ['__proto__', 'constructor', 'prototype'] as const;
export const prototypeMethodNames = ['toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', '__defineGetter__', '__lookupGetter__', 'toJSON', 'then', 'length'];
export const eventNames = ['TaskFinish', 'WorkflowFinish', ...reviewEventNames, 'ReviewLive', 'ReviewSomethingNew', 'SomethingNew', 'taskfinish', ' TaskFinish'];
export const tags = [...knownTags, 'NewTag'];
export const states = ['Success', 'Failed', 'Running', 'Cancel', 'Pause', 'Submitted', ''];
