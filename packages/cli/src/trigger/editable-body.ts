import type { Location } from './event-path.js';

/** One place of a body: where it is, and its text when it holds a value rather than children. */
export interface BodyNode {
  readonly location: Location;
  /** The value as text (XML entities and CDATA decoded); `undefined` for a node with children. */
  readonly value: string | undefined;
}

/**
 * A body opened for structural edits: its nodes, listed in document order, and a way to set
 * the value of one. Both wire formats implement it, so an override means the same in both.
 */
export interface EditableBody {
  /** Every node below the root, in document order. */
  nodes(): readonly BodyNode[];
  /** Sets the value of a node {@link nodes} listed with a value. The last set of a node wins. */
  set(node: BodyNode, value: string): void;
  /** The body with every set applied; unchanged text (byte for byte) when nothing was set. */
  text(): string;
}
