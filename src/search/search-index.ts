import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { normalizeTerm, tokenize } from './terms.ts';

/** Quotes answer /who said, claims answer /claim, passages (paragraphs) answer /search. */
export const INDEX_KINDS = ['quotes', 'claims', 'passages'] as const;
export type IndexKind = (typeof INDEX_KINDS)[number];

export interface IndexedDoc {
  id: number;
  text: string;
}

// loadJSON must get exactly the options the index was built with, so they live in one place.
const OPTIONS: Options<IndexedDoc> = {
  fields: ['text'],
  storeFields: [],
  tokenize,
  processTerm: (term) => normalizeTerm(term),
};

export type Indexes = Record<IndexKind, MiniSearch<IndexedDoc>>;

export function emptyIndexes(): Indexes {
  return {
    quotes: new MiniSearch(OPTIONS),
    claims: new MiniSearch(OPTIONS),
    passages: new MiniSearch(OPTIONS),
  };
}

export function loadIndex(json: string): MiniSearch<IndexedDoc> {
  return MiniSearch.loadJSON(json, OPTIONS);
}

/** Prefix only from three letters and fuzzy only from five, so one-letter queries stay cheap and typos still land. */
export function termOptions(term: string): { prefix: boolean; fuzzy: number | false } {
  return { prefix: term.length >= 3, fuzzy: term.length >= 5 ? 0.2 : false };
}

export function searchAll(index: MiniSearch<IndexedDoc>, terms: string[], combineWith: 'AND' | 'OR'): SearchResult[] {
  if (terms.length === 0) return [];
  return index.search(terms.join(' '), {
    combineWith,
    prefix: (term) => termOptions(term).prefix,
    fuzzy: (term) => termOptions(term).fuzzy,
    maxFuzzy: 2,
  });
}
