import type { Colors } from 'picocolors/types';

/**
 * A value as indented `name: value` lines, the way a person reads an event: nested objects
 * under their name, list items as `- `, text as it is (control characters escaped, since a
 * body chose them).
 */
export function eventTree(value: unknown, colors: Colors, indent = ''): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (isObject(item) || Array.isArray(item)) {
        const [first = '', ...rest] = eventTree(item, colors, `${indent}  `);
        return [`${indent}- ${first.trimStart()}`, ...rest];
      }
      return [`${indent}- ${scalar(item, colors)}`];
    });
  }
  if (!isObject(value)) return [`${indent}${scalar(value, colors)}`];
  return Object.entries(value).flatMap(([name, item]) => {
    const label = `${indent}${colors.cyan(escapeControls(name))}:`;
    if ((isObject(item) && Object.keys(item).length > 0) || (Array.isArray(item) && item.length > 0)) return [label, ...eventTree(item, colors, `${indent}  `)];
    return [`${label} ${scalar(Array.isArray(item) ? '[]' : isObject(item) ? '{}' : item, colors)}`];
  });
}

function scalar(value: unknown, colors: Colors): string {
  if (typeof value === 'number' || typeof value === 'boolean') return colors.yellow(String(value));
  if (typeof value === 'string') return escapeControls(value);
  return colors.dim(String(value));
}

/** Control characters (C0, C1, separators, bidi controls) as `\\uXXXX`: a body cannot move the cursor, recolour the terminal or reorder what it shows. */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
