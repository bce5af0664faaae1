import type { SearchResult } from 'minisearch';
import { normalizeTerm, tokenize } from './terms.ts';
import { TermIndex, type IndexStats, type IndexedDoc, type TermIndexOptions } from './term-index.ts';

export type { IndexedDoc, IndexStats };
export { TermIndex };

/** Quotes answer /who said, claims answer /claim, passages (paragraphs) answer /search. */
export const INDEX_KINDS = ['quotes', 'claims', 'passages'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

// Stored parts must be read with exactly the term processing they were built with, so it lives in one place.
const OPTIONS: TermIndexOptions = { tokenize, processTerm: normalizeTerm };

export type Indexes = Record<IndexKind, TermIndex>;

/** An empty index, or (given the stored index's stats) one that collects documents to append as a new part. */
export function newIndex(continuing?: IndexStats): TermIndex {
  return new TermIndex(OPTIONS, continuing);
}

export function emptyIndexes(): Indexes {
  return { quotes: newIndex(), claims: newIndex(), passages: newIndex() };
}

export function indexFromParts(parts: Uint8Array[]): TermIndex {
  return TermIndex.fromParts(OPTIONS, parts);
}

/** An index stored by earlier versions as MiniSearch JSON. */
export function indexFromMiniSearchJson(json: string): TermIndex {
  return TermIndex.fromMiniSearchJson(OPTIONS, json);
}

/** Prefix only from three letters and fuzzy only from five, so one-letter queries stay cheap and typos still land. */
export function termOptions(term: string): { prefix: boolean; fuzzy: number | false } {
  return { prefix: term.length >= 3, fuzzy: term.length >= 5 ? 0.2 : false };
}

/** Documents holding the terms (prefixes and typos forgiven), best first; with `limit`, only that many. */
export function searchAll(index: TermIndex, terms: string[], combineWith: 'AND' | 'OR', limit?: number): SearchResult[] {
  if (terms.length === 0) return [];
  return index.search(terms.join(' '), {
    combineWith,
    limit,
    prefix: (term) => termOptions(term).prefix,
    fuzzy: (term) => termOptions(term).fuzzy,
    maxFuzzy: 2,
  });
}
