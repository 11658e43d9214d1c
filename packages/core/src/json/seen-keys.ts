import type { RawObject } from '../raw.js';

/** Up to this many keys an object's keys are compared one by one; beyond, the object itself is probed. */
const SMALL = 16;

/**
 * The keys of the object being read, empty-valued ones included (`{"a":null,"a":"x"}` is a
 * duplicate too), for duplicate detection in constant time per key. Most objects have a few
 * keys: comparing with each is cheaper than hashing. Past the first {@link SMALL}, a key is
 * looked up in the object being built, which holds every non-empty member anyway, and in a set
 * of the rest (the first SMALL keys and the later empty-valued ones): a second table of every
 * key would double what an object of 400,000 keys costs. One instance serves every object at
 * one depth in turn.
 */
export class SeenKeys {
  private readonly list: string[] = [];
  private count = 0;
  private others: Set<string> | undefined;

  /** Forgets the keys of the previous object. */
  reset(): void {
    if (this.count > SMALL) this.others!.clear();
    this.count = 0;
  }

  /**
   * Records `key`; false when the object has it already. `members` is the object built so
   * far and `first` its one non-empty key while it has just one (see the reader's frames).
   */
  add(key: string, members: RawObject | undefined, first: string | undefined): boolean {
    const count = this.count;
    if (count < SMALL) {
      const list = this.list;
      for (let i = 0; i < count; i++) if (list[i] === key) return false;
      list[count] = key;
      this.count = count + 1;
      return true;
    }
    let others = this.others;
    if (count === SMALL) {
      others ??= this.others = new Set();
      for (let i = 0; i < SMALL; i++) others.add(this.list[i]!);
    }
    if (key === first || others!.has(key) || (members !== undefined && Object.hasOwn(members, key))) return false;
    this.count = count + 1;
    return true;
  }

  /** The value of the key recorded last turned out empty, so the object will not hold it. */
  empty(key: string): void {
    if (this.count > SMALL) this.others!.add(key);
  }
}
