import { describe, expect, it } from 'vitest';
import { EXCERPT_SUFFIX_LENGTH, excerpt, MAX_EXCERPT_LENGTH } from '../src/excerpt.js';

describe('excerpt', () => {
  it('returns safe text that fits as it is', () => {
    expect(excerpt('Transcode')).toBe('Transcode');
    expect(excerpt('')).toBe('');
    expect(excerpt('数据万象 😀')).toBe('数据万象 😀');
    expect(excerpt('x'.repeat(MAX_EXCERPT_LENGTH))).toBe('x'.repeat(MAX_EXCERPT_LENGTH));
  });

  it('cuts long text to max characters and says how many were left out', () => {
    expect(excerpt('x'.repeat(65))).toBe(`${'x'.repeat(64)}… (1 more characters)`);
    expect(excerpt('abcdef', 3)).toBe('abc… (3 more characters)');
  });

  it('escapes every control, bidi and separator character as \\uXXXX', () => {
    const unsafe = ['\u0000', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u009f', '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069'];
    for (const char of unsafe) {
      expect(excerpt(`a${char}b`)).toBe(`a\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}b`);
    }
    // Their neighbours are kept.
    expect(excerpt(' ~\u00a0\u2027\u202f\u2065\u206a')).toBe(' ~\u00a0\u2027\u202f\u2065\u206a');
  });

  it('escapes lone surrogates and keeps pairs', () => {
    expect(excerpt('\ud83d')).toBe('\\ud83d');
    expect(excerpt('\ude00x')).toBe('\\ude00x');
    expect(excerpt('\ude00\ud83d')).toBe('\\ude00\\ud83d');
    expect(excerpt('a\ud83d\ude00b')).toBe('a\ud83d\ude00b');
  });

  it('never splits a pair at the cut', () => {
    expect(excerpt('ab\ud83d\ude00', 3)).toBe('ab… (2 more characters)');
    expect(excerpt('ab\ud83d\ude00', 4)).toBe('ab\ud83d\ude00');
  });

  it('counts escapes toward the bound, so control characters cannot make it six times longer', () => {
    const out = excerpt('\u0000'.repeat(1_000_000));
    expect(out.startsWith('\\u0000'.repeat(10))).toBe(true);
    expect(out.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH + EXCERPT_SUFFIX_LENGTH);
    expect(out).toBe(`${'\\u0000'.repeat(10)}… (999990 more characters)`);
  });

  it('stays within max + EXCERPT_SUFFIX_LENGTH for any text, and leaves no unsafe character', () => {
    const alphabet = ['a', '\n', '\u202e', '\ud83d', '\ude00', '😀', '数', '\u0085'];
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 2000; round++) {
      const length = Math.floor(random() * 200);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const max = 1 + Math.floor(random() * 80);
      const out = excerpt(text, max);
      expect(out.length).toBeLessThanOrEqual(max + EXCERPT_SUFFIX_LENGTH);
      expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    }
    // The longest suffix fits its allowance.
    expect(excerpt('x'.repeat(2 ** 24), 0).length).toBeLessThanOrEqual(EXCERPT_SUFFIX_LENGTH);
  });

  it('cuts a 16 MB string to the same excerpt', () => {
    const text = 'y'.repeat(16 * 2 ** 20);
    expect(excerpt(text)).toBe(`${'y'.repeat(64)}… (${text.length - 64} more characters)`);
  });
});
