import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isOneSentence, splitSentences } from '../../src/extract/sentences.ts';

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

describe('isOneSentence', () => {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

  it('takes a paragraph whose only full stop closes it for one sentence, and one with two for more', () => {
    expect(isOneSentence('He called it “AI’s Sputnik moment.”  ')).toBe(true);
    expect(isOneSentence('No stop at all')).toBe(true);
    expect(isOneSentence('It cost $5.6 million.')).toBe(false);
    expect(isOneSentence('One. Two.')).toBe(false);
  });

  it('is true only where Intl.Segmenter finds at most one sentence', () => {
    const unit = fc.oneof(
      fc.constantFrom(' ', '.', '!', '?', '…', '。', '‼', '"', '”', '’', ')', '\n', '\u2029', 'a', 'B', '5', 'Mr', ',', ';'),
      fc.string({ unit: 'grapheme', maxLength: 2 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
        if (isOneSentence(text)) expect([...segmenter.segment(text)].length).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isOneSentence on hostile text', () => {
  it('answers in linear time however many full stops, quotes and spaces run together', () => {
    for (const run of ['.', '. ', '.”', '?” ', '!!']) {
      const text = `Start ${run.repeat(50_000)}x`;
      const started = performance.now();
      expect(isOneSentence(text)).toBe(false);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
