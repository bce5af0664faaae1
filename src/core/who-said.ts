import type { Library } from './library.ts';
import type { Result } from './answer.ts';
import { queryTerms } from '../search/terms.ts';
import { searchAll } from '../search/search-index.ts';
import { quoteCandidates, quoteResult, quotesByIds, type QuoteCandidate } from '../store/read-results.ts';
import { CANDIDATES, rankHits } from './rank.ts';
import { CandidateCache } from './candidate-cache.ts';

const candidateRows = new CandidateCache(quoteCandidates);

/** Quotes containing every word of the phrase (typos and prefixes forgiven), the verbatim match first. */
export function whoSaid(library: Library, phrase: string, limit: number): Result[] {
  const hits = searchAll(library.search.index('quotes'), queryTerms(phrase), 'AND', CANDIDATES);
  const candidates = candidateRows.get(library.db, hits.map((h) => h.id as number));
  // A named speaker is the point of the question, so it breaks near-ties in its favour.
  const ranked = rankHits(hits, candidates, phrase, { bonus: (r) => (r.named ? 1.2 : 1) });
  const shown = innermostFirst(ranked).slice(0, limit);
  const rows = quotesByIds(library.db, shown.map((r) => r.id));
  return shown.map((r) => quoteResult(rows.get(r.id)!));
}

/**
 * Words one speaker repeats from another are stored twice: inside the outer quotation and as the
 * inner one. Whatever matches the inner one matches the outer too, and the inner one says who
 * really said it, so it goes first.
 */
function innermostFirst(rows: QuoteCandidate[]): QuoteCandidate[] {
  const out = [...rows];
  for (let i = 0; i < out.length; i++) {
    const outer = out[i]!;
    const j = out.findIndex((r, k) => k > i && r.article_id === outer.article_id && r.paragraph === outer.paragraph && r.text.length < outer.text.length && outer.text.includes(r.text));
    if (j > i) out.splice(i, 0, ...out.splice(j, 1));
  }
  return out;
}
