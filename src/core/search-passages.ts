import type { Library } from './library.ts';
import type { Result } from './answer.ts';
import { foldForMatch, queryTerms } from '../search/terms.ts';
import { searchAll } from '../search/search-index.ts';
import { paragraphCandidates, paragraphsByIds, passageResult } from '../store/read-results.ts';
import { splitSentences } from '../extract/sentences.ts';
import { CANDIDATES, rankHits } from './rank.ts';
import { CandidateCache } from './candidate-cache.ts';

const candidateRows = new CandidateCache(paragraphCandidates);

/** Paragraphs holding every word of the query; each result quotes the sentence that matches best. */
export function searchPassages(library: Library, text: string, limit: number): Result[] {
  const terms = queryTerms(text);
  const hits = searchAll(library.search.index('passages'), terms, 'AND', CANDIDATES);
  const candidates = candidateRows.get(library.db, hits.map((h) => h.id as number));
  const shown = rankHits(hits, candidates, text).slice(0, limit);
  const rows = paragraphsByIds(library.db, shown.map((r) => r.id));
  return shown.map(({ id }) => {
    const row = rows.get(id)!;
    return passageResult(row, bestSentence(row.text, text, terms));
  });
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
