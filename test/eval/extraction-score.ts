// Scores extraction alone against the labelled cases: for each who_said case, the quotation
// whose text holds the phrase, and its speaker. `npm run eval` scores the whole CLI instead.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../src/ingest/parse-article-file.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import type { ExtractedQuote } from '../../src/extract/types.ts';
import { normalise, speakerVerdict, type WhoCase } from './cases.ts';

export interface ExtractionScore {
  right: number;
  total: number;
  failures: string[];
}

export function quotesByFile(dir: string): Map<string, ExtractedQuote[]> {
  const out = new Map<string, ExtractedQuote[]>();
  for (const name of readdirSync(dir).sort()) {
    const parsed = parseArticleFile(name, readFileSync(join(dir, name)));
    out.set(name, parsed.articles.flatMap((a) => extractArticle(a.paragraphs).quotes));
  }
  return out;
}

export function scoreExtraction(dir: string, cases: WhoCase[]): ExtractionScore {
  const quotes = quotesByFile(dir);
  const failures: string[] = [];
  let right = 0;
  for (const c of cases) {
    // The tightest quotation holding the phrase answers, as /who said does: words repeated inside another's quote are their own.
    const holding = c.file.flatMap((f) => quotes.get(f) ?? []).filter((q) => normalise(q.text).includes(normalise(c.q)));
    const found = holding.sort((a, b) => a.text.length - b.text.length)[0];
    const verdict = found ? speakerVerdict(c, found.speaker?.name ?? null) : 'no quotation holds the phrase';
    if (verdict === null) right++;
    else failures.push(`${c.q}: ${verdict}`);
  }
  return { right, total: cases.length, failures };
}
