import type { Library } from './library.ts';
import type { Result } from './answer.ts';
import { foldForMatch, queryTerms } from '../search/terms.ts';
import { searchAll } from '../search/search-index.ts';
import { paragraphsByIds, passageResult } from '../store/read-results.ts';
import { splitSentences } from '../extract/sentences.ts';
import { rankHits } from './rank.ts';

/** Hits ranked before the best `limit` are shown (the bench times the index with the same number). */
export const CANDIDATES = 200;

/** Paragraphs holding every word of the query; each result quotes the sentence that matches best. */
export function searchPassages(library: Library, text: string, limit: number): Result[] {
  const terms = queryTerms(text);
  const hits = searchAll(library.search.index('passages'), terms, 'AND', CANDIDATES);
  const rows = paragraphsByIds(library.db, hits.map((h) => h.id as number));
  return rankHits(hits, rows, text, (r) => r.text)
    .slice(0, limit)
    .map((row) => passageResult(row, bestSentence(row.text, text, terms)));
}

function bestSentence(paragraph: string, phrase: string, terms: string[]): string {
  const wanted = foldForMatch(phrase);
  let best = paragraph;
  let bestScore = -1;
  for (const sentence of splitSentences(paragraph)) {
    const folded = foldForMatch(sentence.text);
    const score = (folded.includes(wanted) ? terms.length + 1 : 0) + terms.filter((t) => folded.includes(t)).length;
    if (score > bestScore) {
      best = sentence.text;
      bestScore = score;
    }
  }
  return best;
}
