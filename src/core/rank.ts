import type { SearchResult } from 'minisearch';
import { foldForMatch } from '../search/terms.ts';

export interface RankOptions<T> {
  /** Multiplies the search score: favours hits with something extra (a named speaker, a figure). */
  bonus?: (row: T) => number;
  /**
   * Hits in a higher tier come first whatever their score. By default the tier is "contains the typed
   * phrase word for word", which is right for phrases; topics, whose words need not appear at all,
   * choose their own tier and get the word-for-word match as a bonus instead.
   */
  tier?: (row: T, hit: SearchResult, exact: boolean) => number;
}

const EXACT_BONUS = 1.5;

/**
 * Search hits ranked for an answer, of which ten or fifteen are shown: enough for the word-for-word
 * match or the claim with a figure to rise to the top, few enough that ranking reads few rows.
 */
export const CANDIDATES = 100;

/** Orders search hits for display: by tier, then by score times bonus. Rows carry their text folded (see CandidateCache). */
export function rankHits<T extends { folded: string }>(hits: SearchResult[], rows: Map<number, T>, phrase: string, options: RankOptions<T> = {}): T[] {
  const wanted = foldForMatch(phrase);
  const { bonus = () => 1, tier } = options;
  const scored: { row: T; tier: number; score: number }[] = [];
  for (const hit of hits) {
    const row = rows.get(hit.id as number);
    if (!row) continue;
    const exact = wanted.length > 0 && row.folded.includes(wanted);
    scored.push(
      tier
        ? { row, tier: tier(row, hit, exact), score: hit.score * bonus(row) * (exact ? EXACT_BONUS : 1) }
        : { row, tier: Number(exact), score: hit.score * bonus(row) },
    );
  }
  scored.sort((a, b) => b.tier - a.tier || b.score - a.score);
  return scored.map((s) => s.row);
}
