/**
 * A key or value as the COS request signature encodes it: `encodeURIComponent`, plus the five
 * characters it leaves alone that the signature document's table encodes (`! ' ( ) *`). Hex
 * digits are upper case (`%2F`); keys are lower-cased after encoding, hex included.
 *
 * @throws TypeError for text that is not well-formed Unicode (a lone surrogate), which has no
 *   UTF-8 form to encode.
 */
export function cosEncode(text: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(text);
  } catch {
    throw new TypeError('cosEncode: the text holds a lone surrogate, which has no UTF-8 form');
  }
  return encoded.replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}
