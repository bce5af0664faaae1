import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeTerm, queryTerms, tokenize } from '../../src/search/terms.ts';

// What a term is, said as a regex: runs of anything but whitespace, punctuation and symbols.
const reference = (text: string) => text.match(/[^\s\p{P}\p{S}]+/gu) ?? [];

describe('tokenize', () => {
  it('splits on whitespace, punctuation and symbols, keeping letters, digits and marks of any script', () => {
    expect(tokenize('DeepSeek’s R1 — “AI’s Sputnik moment” (2,000 H800s) café naïve 深度求索 🚀 x')).toEqual([
      'DeepSeek', 's', 'R1', 'AI', 's', 'Sputnik', 'moment', '2', '000', 'H800s', 'café', 'naïve', '深度求索', 'x',
    ]);
    expect(queryTerms('The Sputnik-moment, said Andreessen')).toEqual(['sputnik', 'moment', 'andreessen']);
  });

  it('finds the same runs as the regex on any text, astral characters and lone surrogates included', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '\t', '\n', '.', ',', '’', '“', '-', '$', '\u00a0', '\u2028', '\u0001', 'é', 'e\u0301', '🚀', '𝐀', '\ud800', '\udc00', 'ß'),
      fc.string({ unit: 'grapheme', maxLength: 3 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('lower-cases plain words and drops stop words, folding the rest', () => {
    expect(['Nvidia', 'THE', 'H800', 'Café', 'DeepSeek’s', 'don’t'].map(normalizeTerm)).toEqual(['nvidia', null, 'h800', 'cafe', 'deepseek', 'dont']);
  });
});
