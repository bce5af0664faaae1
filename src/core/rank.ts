import type { SearchResult } from 'minisearch';
import { foldForMatch } from '../search/terms.ts';

/**
 * Orders search hits for display: a hit that contains the typed phrase word for word comes before any
 * hit that only shares its words, then the search score decides. `bonus` lets a caller favour hits
 * with something extra (a named speaker, a figure) without outranking a better text match.
 */
export function rankHits<T>(
  hits: SearchResult[],
  rows: Map<number, T>,
  phrase: string,
  textOf: (row: T) => string,
  bonus: (row: T) => number = () => 1,
): T[] {
  const wanted = foldForMatch(phrase);
  const scored: { row: T; exact: boolean; score: number }[] = [];
  for (const hit of hits) {
    const row = rows.get(hit.id as number);
    if (!row) continue;
    scored.push({ row, exact: wanted.length > 0 && foldForMatch(textOf(row)).includes(wanted), score: hit.score * bonus(row) });
  }
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || b.score - a.score);
  return scored.map((s) => s.row);
}
