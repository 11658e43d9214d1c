/**
 * Whether two byte strings are equal, in time that depends on their length only: every byte is
 * visited and differences are OR-ed together, with no early exit. Lengths are public here (an
 * echo MAC always has 22 characters), so a length mismatch may answer at once.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}
