import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize } from '../../src/extract/tokens.ts';

// What a token is, said as a regex: a word (letters and digits, joined across ' ’ . - & between two
// runs of them) or any other single character that is not whitespace.
function reference(text: string, from: number, to: number) {
  const slice = text.slice(from, to);
  return [...slice.matchAll(/[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    text: m[0],
    start: from + m.index,
    end: from + m.index + m[0].length,
    word: /^[\p{L}\p{N}]/u.test(m[0]),
    lower: m[0].replace(/['’][sS]$/, '').toLowerCase(),
  }));
}

describe('tokenize (extraction)', () => {
  it('keeps joined words whole and every punctuation mark apart, with offsets', () => {
    expect(tokenize('“Don’t,” said U.S. AT&T-CEO Jo.', 0).map((t) => [t.text, t.start, t.word])).toEqual([
      ['“', 0, false], ['Don’t', 1, true], [',', 6, false], ['”', 7, false], ['said', 9, true], ['U.S', 14, true],
      ['.', 17, false], ['AT&T-CEO', 19, true], ['Jo', 28, true], ['.', 30, false],
    ]);
  });

  it('finds the same tokens as the regex on any text and any range, astral characters and lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '\n', '\u00a0', "'", '’', '.', '-', '&', ',', '“', 'é', 'e\u0301', '²', '🚀', '𝐀', '\ud800', '\udc00', 'a', 'Z', '7'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 2 }),
    );
    const text = fc.array(unit, { maxLength: 25 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = t.length === 0 ? 0 : a % (t.length + 1);
        const to = from + (b % (t.length - from + 1));
        expect(tokenize(t, from, to)).toEqual(reference(t, from, to));
      }),
      { numRuns: 2000 },
    );
  });
});
