/**
 * The names of `known` a person probably meant by `asked`, best first: the same name in other
 * case, names that contain it or that it contains, and names a few edits away (about one edit
 * per three characters, at least two).
 */
export function closeNames(asked: string, known: Iterable<string>, limit = 5): string[] {
  const wanted = asked.toLowerCase();
  const scored: { name: string; score: number }[] = [];
  for (const name of known) {
    const lower = name.toLowerCase();
    const distance = lower === wanted ? 0 : (wanted.length >= 3 && lower.includes(wanted)) || (lower.length >= 3 && wanted.includes(lower)) ? 1 : editDistance(wanted, lower) + 1;
    if (distance <= Math.max(3, Math.ceil(wanted.length / 3) + 1)) scored.push({ name, score: distance });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map(({ name }) => name);
}

/** Levenshtein distance: insertions, deletions and substitutions, one each. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}
