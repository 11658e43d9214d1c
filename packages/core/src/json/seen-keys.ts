/** Up to this many keys an object's keys are compared one by one; beyond, a Set takes over. */
const SMALL = 16;

/**
 * The keys of the object being read, empty-valued ones included (`{"a":null,"a":"x"}` is a
 * duplicate too), for duplicate detection in constant time per key. Most objects have a few
 * keys: comparing with each is cheaper than hashing into a Set (or probing the object being
 * built, which interns the key first). One instance serves every object at one depth in turn.
 */
export class SeenKeys {
  private readonly list: string[] = [];
  private count = 0;
  private set: Set<string> | undefined;

  /** Forgets the keys of the previous object. */
  reset(): void {
    if (this.count > SMALL) this.set!.clear();
    this.count = 0;
  }

  /** Records `key`; false when the object has it already. */
  add(key: string): boolean {
    const count = this.count;
    if (count < SMALL) {
      const list = this.list;
      for (let i = 0; i < count; i++) if (list[i] === key) return false;
      list[count] = key;
      this.count = count + 1;
      return true;
    }
    let set = this.set;
    if (count === SMALL) {
      set ??= this.set = new Set();
      for (let i = 0; i < SMALL; i++) set.add(this.list[i]!);
    }
    const size = set!.size;
    set!.add(key);
    this.count = count + 1;
    return set!.size !== size;
  }
}
