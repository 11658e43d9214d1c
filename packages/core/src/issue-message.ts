import { excerpt } from './excerpt.js';
import type { SchemaLike } from './schema-like.js';

// valibot reports a missing required key with an undefined input.
export const MISSING = 'required field is missing';

/** The label of valibot's default message, per validation action. */
export const labels: Record<string, string> = { check: 'input', starts_with: 'start', min_length: 'length' };

/** valibot's message for an issue: the schema's own (a string or a function of the issue), else its default. */
export function messageOf(context: SchemaLike, label: string, input: unknown, expected: string | null): string {
  if (input === undefined) return MISSING;
  const received = receivedOf(context, input);
  const fallback = `Invalid ${label}: ${expected ? `Expected ${expected} but r` : 'R'}eceived ${received}`;
  const message = context.message;
  if (typeof message === 'string') return message;
  if (typeof message !== 'function') return fallback;
  // The issue as valibot hands it to a message function; the functions here read `input`.
  return String(message({ kind: context.kind, type: context.type, input, expected, received, message: fallback, requirement: context.requirement }));
}

/** valibot's description of the received value, with body text excerpted. */
function receivedOf(context: SchemaLike, input: unknown): string {
  if (context.type === 'min_length') return String((input as { length: number }).length);
  if (context.type === 'starts_with') return `"${excerpt((input as string).slice(0, (context.requirement as string).length))}"`;
  switch (typeof input) {
    case 'string':
      return `"${excerpt(input)}"`;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(input);
    case 'object':
    case 'function':
      return (input && (Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null)?.constructor?.name) ?? 'null';
    default:
      return typeof input;
  }
}
