import type { Library } from './library.ts';
import type { Comparison, Result } from './answer.ts';
import { queryTerms } from '../search/terms.ts';
import { termOptions } from '../search/search-index.ts';
import { expandTopic } from '../search/topics.ts';
import { claimResult, claimsByIds } from '../store/read-results.ts';
import { compareFigures } from '../extract/compare.ts';
import { rankHits } from './rank.ts';

const CANDIDATES = 300;

/**
 * Claims about a topic, in the words people use for it: the typed words (typos forgiven) or any
 * word of the topic's family ("chips" → GPUs, H800). A claim carrying a figure or naming its
 * claimant ranks higher: that is what people argue about.
 */
export function findClaims(library: Library, topic: string, limit: number): { results: Result[]; comparison?: Comparison } {
  const typed = queryTerms(topic);
  if (typed.length === 0) return { results: [] };
  const related = [...new Set(expandTopic(topic).flatMap(queryTerms))].filter((t) => !typed.includes(t));
  const hits = library.search.index('claims').search({
    combineWith: 'OR',
    queries: [
      { queries: [typed.join(' ')], combineWith: 'AND', prefix: (t) => termOptions(t).prefix, fuzzy: (t) => termOptions(t).fuzzy, maxFuzzy: 2 },
      ...(related.length > 0 ? [{ queries: [related.join(' ')], combineWith: 'OR' as const }] : []),
    ],
  }).slice(0, CANDIDATES);
  const rows = claimsByIds(library.db, hits.map((h) => h.id as number));
  const ranked = rankHits(hits, rows, topic, (r) => r.text, (r) => (r.figures !== '[]' ? 1.5 : 1) * (r.claimant ? 1.2 : 1));
  const results = ranked.slice(0, limit).map(claimResult);
  const comparison = compareFigures(
    results.flatMap((r) => (r.figures ?? []).map((figure) => ({ figure, file: r.source.file }))),
  );
  return comparison ? { results, comparison } : { results };
}
