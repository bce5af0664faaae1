import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldForMatch } from '../../src/search/terms.ts';

describe('foldForMatch', () => {
  it('folds case, accents, curly quotes, dashes and whitespace', () => {
    expect(foldForMatch('  AI’s “Sputnik”\u00a0 moment — Café  ')).toBe('ai\'s "sputnik" moment - cafe');
    expect(foldForMatch('Wake-Up\tCall `now`')).toBe("wake-up call 'now'");
  });

  it('folds plain ASCII text exactly as it folds the same text beside an accented letter', () => {
    // The accented letters send the text down the full Unicode path; what lies between them must fold the same.
    const ascii = fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)), maxLength: 60 }).map((s) => s.trim());
    fc.assert(
      fc.property(ascii, (text) => {
        expect(`é|${foldForMatch(text)}|é`.normalize('NFKD').replace(/\p{M}+/gu, '')).toBe(foldForMatch(`é|${text}|é`));
      }),
      { numRuns: 500 },
    );
  });
});
