// Issue 7, item 4: extraction on random and adversarial articles of up to 100 kB never throws, keeps
// every span verbatim at its offsets, and finishes each article in bounded time. The bound is a
// safety net against catastrophic backtracking and quadratic scans, not a speed test: articles this
// size take well under a second of CPU time.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { adversarialArticle, MAX_ARTICLE_CHARS } from './adversarial-text.ts';

const BOUND_MS = 2_000;

/** Spans that are not the verbatim text at their offsets; collected, so 30,000 quotes cost one assertion. */
function notVerbatim(paragraphs: string[], extraction: Extraction): unknown[] {
  return [...extraction.quotes, ...extraction.claims].filter((span) => {
    const paragraph = paragraphs[span.paragraph];
    return (
      paragraph === undefined ||
      span.text === '' ||
      paragraph.slice(span.start, span.end) !== span.text ||
      !paragraph.includes(span.excerpt) ||
      !span.excerpt.includes(span.text)
    );
  });
}

/** CPU time rather than wall time, so a machine busy with other work does not trip the bound. */
function cpuMs<T>(work: () => T): { value: T; ms: number } {
  const before = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(before);
  return { value, ms: (used.user + used.system) / 1000 };
}

function timedExtract(paragraphs: string[]): { extraction: Extraction; ms: number } {
  const { value, ms } = cpuMs(() => extractArticle(paragraphs));
  return { extraction: value, ms };
}

describe('extractArticle on adversarial articles up to 100 kB', () => {
  it('never throws, keeps every quote, claim and excerpt verbatim, and finishes each article in bounded time', () => {
    fc.assert(
      fc.property(adversarialArticle, (paragraphs) => {
        const { extraction, ms } = timedExtract(paragraphs);
        expect(notVerbatim(paragraphs, extraction)).toEqual([]);
        expect(ms).toBeLessThan(BOUND_MS);
      }),
      { numRuns: 25 },
    );
  });

  // Shapes the random runs may not reach at full size: one paragraph of 100 kB each.
  const unit = (text: string) => text.repeat(Math.floor(MAX_ARTICLE_CHARS / text.length));
  it.each([
    ['thousands of short quoted sentences', unit('“Ann Lee said a” he said. ')],
    ['thousands of plain sentences', unit('Ann Lee said it. He said so. ')],
    ['thousands of capitalised words', unit('Avery Brook Castle Dunmore ')],
    ['unbalanced opening quotes', unit('“Ann Lee said a ')],
    ['unbalanced straight quotes', unit('"x ')],
    ['nested quotes', `${'“a ‘b “c '.repeat(3_000)}${'” ’ ”'.repeat(3_000)}`],
    ['a run of punctuation', unit('.!?…;:—')],
    ['abbreviations without end', unit('U.S. Dr. No. e.g. ')],
    ['figures back to back', unit('$5.6 million 2,000 H800 chips 90% ')],
  ])('%s in one paragraph', (_name, paragraph) => {
    const { extraction, ms } = timedExtract([paragraph]);
    expect(notVerbatim([paragraph], extraction)).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe('splitSentences on one long paragraph', () => {
  it('takes time in proportion to its length, not its square', () => {
    // V8's Intl.Segmenter alone takes seconds on this; splitting it in windows keeps it linear.
    const paragraph = 'Ann Lee said it. He said so. '.repeat(8_000);
    const { value: sentences, ms } = cpuMs(() => splitSentences(paragraph));
    expect(ms).toBeLessThan(BOUND_MS);
    expect(sentences).toHaveLength(16_000);
    expect(sentences.filter((s) => paragraph.slice(s.start, s.end) !== s.text)).toEqual([]);
  });
});
