import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/sentences.ts';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps abbreviations, honorifics and initials inside their sentence', () => {
    expect(texts('Dr. Ada Finch met Mr. Lee on Jan. 28 in Washington. J. R. Okafor wrote the memo.')).toEqual([
      'Dr. Ada Finch met Mr. Lee on Jan. 28 in Washington.',
      'J. R. Okafor wrote the memo.',
    ]);
  });

  it('keeps "U.S." mid-sentence but ends the sentence before a new one', () => {
    expect(texts('The U.S. Senate voted. Chips were shipped to the U.S. The ban followed.')).toEqual([
      'The U.S. Senate voted.',
      'Chips were shipped to the U.S.',
      'The ban followed.',
    ]);
  });

  it('keeps a quotation that ends in ? or . with its attribution', () => {
    expect(texts('“Why now?” she asked. “It works.” Okafor said. Then the call ended.')).toEqual([
      '“Why now?” she asked.',
      '“It works.” Okafor said.',
      'Then the call ended.',
    ]);
  });

  it('gives offsets into the text', () => {
    const text = '  First one.  Second one. ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(texts(text)).toEqual(['First one.', 'Second one.']);
  });
});
