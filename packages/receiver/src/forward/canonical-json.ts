/**
 * JSON with object keys sorted and `undefined` members left out, so equal events give equal
 * text whatever order the wire used (the XML and JSON forms of one callback). `JSON.stringify`
 * writes a lone surrogate as `\udXXX`, so the text is well-formed and its UTF-8 injective.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const entries = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
