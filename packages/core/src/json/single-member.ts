import type { RawObject, RawValue } from '../raw.js';

// An object literal (`{}`) reserves four property slots: 56 bytes in V8 whatever it holds, so
// `{"a":{"a":…}}` cost 9× its text. An object copied by spread from one that `JSON.parse` made
// has exactly its one slot (32 bytes). The templates are kept across calls, bounded in number
// and key length, so a body cannot make the cache hold more than a few kilobytes of its text.
const templates = new Map<string, RawObject>();
const MAX_TEMPLATES = 256;
const MAX_KEY_LENGTH = 32;

/** `{ [key]: value }` as a plain object, as small as the engine can make it. */
export function singleMember(key: string, value: RawValue): RawObject {
  let template = templates.get(key);
  if (template === undefined) {
    if (templates.size >= MAX_TEMPLATES || key.length > MAX_KEY_LENGTH) {
      const object: RawObject = {};
      object[key] = value;
      return object;
    }
    template = JSON.parse(`{${JSON.stringify(key)}:""}`) as RawObject;
    templates.set(key, template);
  }
  const object = { ...template };
  object[key] = value;
  return object;
}
