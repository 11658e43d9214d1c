// maxNames: a body is refused exactly at the first name that makes one more distinct name than
// the limit, whether the names repeat before the limit is reached (they are only listed then)
// or after (they are counted in a table).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DistinctNames } from '../src/distinct-names.js';
import { isCallbackError } from '../src/errors.js';

describe('DistinctNames', () => {
  it('refuses at the first occurrence of the (max + 1)th distinct name, never before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), { maxLength: 60 }), (max, names) => {
        const counted = new DistinctNames(max, 'keys');
        const distinct = new Set<string>();
        for (const name of names) {
          distinct.add(name);
          let refused = false;
          try {
            expect(counted.intern(name, names.join(''), 0)).toBe(name);
          } catch (error) {
            expect(isCallbackError(error) && error.code).toBe('TOO_MANY_NAMES');
            refused = true;
          }
          expect(refused).toBe(distinct.size > max);
          if (refused) return;
        }
      }),
      { seed: 20261202, numRuns: 2000 },
    );
  });

  it('counts names seen before and after the table is made alike', () => {
    const names = new DistinctNames(2, 'keys');
    for (const name of ['a', 'b', 'a', 'b', 'a', 'b', 'a']) names.intern(name, '', 0);
    const error = (() => {
      try {
        names.intern('c', 'a\nbc', 3);
      } catch (caught) {
        return caught;
      }
    })();
    expect(isCallbackError(error) && error.message).toBe('The body uses more than 2 distinct keys (maxNames) at line 2, column 2');
  });
});
