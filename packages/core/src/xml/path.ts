import { excerpt } from '../excerpt.js';

/** The most segments an issue's path built from element names keeps. */
export const MAX_PATH_SEGMENTS = 16;

/**
 * The dotted issue path of an element from the names of its ancestors below the root and its
 * own. The names are the body's, so the path is bounded like a message: each segment goes
 * through {@link excerpt} (at most 64 characters and a count of the rest), and a path deeper
 * than {@link MAX_PATH_SEGMENTS} keeps its first 8 and last 7 segments around a `…` segment.
 * A path is then at most about 1.5 KB whatever the body and `maxDepth`.
 */
export function elementPath(names: readonly string[]): string {
  const kept = names.length > MAX_PATH_SEGMENTS ? [...names.slice(0, 8), '…', ...names.slice(names.length - (MAX_PATH_SEGMENTS - 9))] : names;
  return kept.map((name) => excerpt(name)).join('.');
}
