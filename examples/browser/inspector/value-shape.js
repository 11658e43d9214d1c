// What kind of value a field of the event holds, which decides how it is drawn.

export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isPrimitive = (value) => value === null || typeof value !== 'object';
export const isFlat = (value) => isPrimitive(value) || (Array.isArray(value) && value.every(isPrimitive));
export const present = (value) => value !== undefined && value !== null && value !== '';
