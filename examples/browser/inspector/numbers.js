// Numbers for a person: grouped digits, byte sizes and bit rates.

/** Digits grouped the reader's way. */
export const numberFormat = new Intl.NumberFormat();

/** A size in bytes, KiB, MiB… (1 KiB = 1,024 bytes). */
export function bytesText(bytes) {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(value < 10 ? 2 : 1)} ${units[unit]}`;
}

/** A hint after a few numbers whose unit the field name tells. */
export function numberHint(key, value) {
  if (/^(Size|FileSize|Length)$/.test(key) && value >= 1024) return bytesText(value);
  if (/Bitrate$/i.test(key) && value >= 1000) return value >= 1e6 ? `${(value / 1e6).toFixed(2)} Mbit/s` : `${(value / 1e3).toFixed(0)} kbit/s`;
  return undefined;
}
