import type { Library } from './library.ts';
import type { Comparison, Figure, Result } from './answer.ts';
import { queryTerms } from '../search/terms.ts';
import { termOptions } from '../search/search-index.ts';
import { topicFamily, topicFigures, type FigureFilter } from '../search/topics.ts';
import { claimCandidates, claimResult, claimsByIds } from '../store/read-results.ts';
import { compareFigures } from '../extract/compare.ts';
import { CANDIDATES, rankHits } from './rank.ts';
import { CandidateCache, ranked } from './candidate-cache.ts';

/** A word that only keeps a topic company ("million" for cost) counts for less than one that names it. */
const RELATED_WEIGHT = 0.4;

// A claim's figures are parsed once, when its row is first read.
const candidateRows = new CandidateCache(claimCandidates, (row) => ({ ...ranked(row), parsed: JSON.parse(row.figures) as Figure[] }));

/**
 * Claims about a topic, in the words people use for it: the typed words (typos forgiven) or any
 * word of the topic's family ("chips" → GPUs, H800). For a topic argued in figures (money for
 * "cost", a count of chips for "chips"), claims carrying such a figure come first, and only those
 * figures are lined up across sources.
 */
export function findClaims(library: Library, topic: string, limit: number): { results: Result[]; comparison?: Comparison } {
  const typed = queryTerms(topic);
  if (typed.length === 0) return { results: [] };
  const family = topicFamily(topic);
  const words = [...new Set(family.words.flatMap(queryTerms))].filter((t) => !typed.includes(t));
  const related = [...new Set(family.related.flatMap(queryTerms))].filter((t) => !typed.includes(t) && !words.includes(t));
  const hits = library.search.index('claims').search({
    combineWith: 'OR',
    queries: [
      { queries: [typed.join(' ')], combineWith: 'AND', prefix: (t) => termOptions(t).prefix, fuzzy: (t) => termOptions(t).fuzzy, maxFuzzy: 2 },
      ...(words.length > 0 ? [{ queries: [words.join(' ')], combineWith: 'OR' as const }] : []),
      ...(related.length > 0 ? [{ queries: [related.join(' ')], combineWith: 'OR' as const, boostTerm: () => RELATED_WEIGHT }] : []),
    ],
  }, { limit: CANDIDATES });
  const candidates = candidateRows.get(library.db, hits.map((h) => h.id as number));
  const filters = topicFigures(topic);
  const naming = new Set([...typed, ...words]);
  const namesTopic = new Set(hits.filter((hit) => hit.queryTerms.some((t) => naming.has(t))).map((hit) => hit.id as number));
  // Each candidate's figures about the topic: ranking, tiers and the comparison all use them.
  const figuresAbout = new Map<number, Figure[]>();
  for (const row of candidates.values()) {
    figuresAbout.set(row.id, row.parsed.filter((f) => aboutTopic(f, filters, namesTopic.has(row.id))));
  }
  const ranked = rankHits(hits, candidates, topic, {
    tier: (row) => (figuresAbout.get(row.id)!.length > 0 ? 1 : 0),
    bonus: (row) => (row.parsed.length > 0 ? 1.2 : 1) * (row.named ? 1.2 : 1),
  }).slice(0, limit);
  const rows = claimsByIds(library.db, ranked.map((r) => r.id));
  const shown = ranked.map((r) => rows.get(r.id)!);
  // Only figures about the topic line up; "distillation" has none, and Stargate's $500 billion is not a stock-market figure.
  const comparison = compareFigures(shown.flatMap((row) => figuresAbout.get(row.id)!.map((figure) => ({ figure, file: row.file }))));
  const results = shown.map(claimResult);
  return comparison ? { results, comparison } : { results };
}

/** A figure of the topic's kind, in a claim that names the topic or of a kind that speaks for it alone. */
function aboutTopic(figure: Figure, filters: FigureFilter[], claimNamesTopic: boolean): boolean {
  return filters.some((f) => f.kind === figure.kind && (f.unit === undefined || f.unit === figure.unit) && (f.alone || claimNamesTopic));
}
