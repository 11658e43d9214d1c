// What kind of value a field of the event holds, which decides how it is drawn.

/** A plain object: not null, not a list. */
export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** A string, number, boolean, null or undefined. */
export const isPrimitive = (value) => value === null || typeof value !== 'object';
/** A value drawn in one table cell: a primitive, or a list of primitives. */
export const isFlat = (value) => isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
/** A value worth showing: not undefined, null or the empty string. */
export const present = (value) => value !== undefined && value !== null && value !== '';
