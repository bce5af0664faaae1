import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Extraction } from '../../src/extract/types.ts';

function expectVerbatim(paragraphs: string[], x: Extraction): void {
  for (const span of [...x.quotes, ...x.claims]) {
    const para = paragraphs[span.paragraph]!;
    expect(para.slice(span.start, span.end)).toBe(span.text);
    expect(para.includes(span.excerpt)).toBe(true);
  }
}

const newsy = fc.constantFrom('“', '”', '"', "'", '‘', '’', ' said ', ' he ', 'Musk', 'Ann Lee', ', ', '. ', ': ', 'CEO ', '$5.6 million', 'according to ', 'U.S. ', 'who had written: ', '\n');

describe('extraction on arbitrary input', () => {
  it('keeps every span verbatim', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(newsy, fc.string()), { maxLength: 30 }).map((a) => a.join('')), { maxLength: 5 }), (paragraphs) => {
        expectVerbatim(paragraphs, extractArticle(paragraphs));
      }),
      { numRuns: 300 },
    );
  });

  it('gets through 100 kB of hostile text (unclosed quotes, endless names, no full stops)', () => {
    const paragraphs = [
      '“'.repeat(20000) + 'x'.repeat(30000),
      'Ann Lee said '.repeat(8000),
      'Aa '.repeat(30000),
      "'a ".repeat(30000),
      ('"x," he said. ').repeat(6000),
      'a'.repeat(100000),
    ];
    const x = extractArticle(paragraphs);
    expectVerbatim(paragraphs, x);
    expect(splitSentences('word '.repeat(20000)).length).toBe(1);
  });
});
