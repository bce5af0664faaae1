// Shared by the extraction tests: run the extractor on paragraphs and find a quotation by phrase.

import { extractArticle } from '../../src/extract/extract-article.ts';
import type { ExtractedQuote, Extraction } from '../../src/extract/types.ts';

export function quoteWith(extraction: Extraction, phrase: string): ExtractedQuote {
  const found = extraction.quotes.find((q) => q.text.includes(phrase));
  if (!found) throw new Error(`no quotation holds ${JSON.stringify(phrase)}; got ${JSON.stringify(extraction.quotes.map((q) => q.text))}`);
  return found;
}

/** The speaker's name of the quotation holding `phrase` in an article made of `paragraphs`. */
export function speakerOf(paragraphs: string[], phrase: string): string | null {
  return quoteWith(extractArticle(paragraphs), phrase).speaker?.name ?? null;
}
