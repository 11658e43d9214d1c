const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Text as XML character data. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]!};`);
}

/**
 * A JSON value as CI writes it in XML: an object's fields as child elements, a list as the
 * element repeated, `null` as an empty element, text and numbers as character data.
 *
 * @throws TypeError for a key that is not an XML name.
 */
export function jsonAsXml(name: string, value: unknown): string {
  if (!NAME.test(name)) throw new TypeError(`jsonAsXml: ${JSON.stringify(name).slice(0, 60)} is not an XML element name`);
  if (Array.isArray(value)) return value.map((item) => jsonAsXml(name, item)).join('');
  if (value === null || value === undefined) return `<${name}/>`;
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value as Record<string, unknown>)
      .map(([key, field]) => jsonAsXml(key, field))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}
