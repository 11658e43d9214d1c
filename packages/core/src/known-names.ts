/**
 * The field names the schemas declare (registered by `entryPlanOf` in entry-plan.ts as it plans
 * each object schema), for the readers. An element name or key of a body that is one of them is
 * taken from here instead of being cut from the body: a string cut from the body is a new one
 * that the engine hashes and looks up in its string table on first use as a property key (in
 * profiles, the first `Object.hasOwn` of each element name was an eighth of the XML reading),
 * while these are the schemas' own, already internalized. Only the schemas' names are ever
 * held, never a body's, so a body can neither fill the table nor keep its text alive through it.
 */

/** Slots of the open-addressing table; the schemas declare ~300 names, and it is kept at most half full. */
const SLOTS = 1024;
const MASK = SLOTS - 1;
const table: string[] = new Array<string>(SLOTS).fill('');
let count = 0;

/** The slot a name of `length` code units at `start` of `text` hashes to. */
function slotOf(text: string, start: number, length: number): number {
  const hash = length * 31 + text.charCodeAt(start) * 7 + text.charCodeAt(start + (length >> 1)) * 3 + text.charCodeAt(start + length - 1) * 13;
  return hash & MASK;
}

/** Adds a schema's field name (never a body's: see above). */
export function addKnownName(name: string): void {
  if (name.length === 0 || count >= SLOTS / 2) return;
  let slot = slotOf(name, 0, name.length);
  for (let here = table[slot]!; here !== ''; here = table[slot]!) {
    if (here === name) return;
    slot = (slot + 1) & MASK;
  }
  table[slot] = name;
  count++;
}

/** The known name equal to `text[start, end)`, or `undefined` when the schemas declare none. */
export function knownName(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length <= 0) return undefined;
  let slot = slotOf(text, start, length);
  for (let here = table[slot]!; here !== ''; here = table[slot]!) {
    if (here.length === length && text.startsWith(here, start)) return here;
    slot = (slot + 1) & MASK;
  }
  return undefined;
}
