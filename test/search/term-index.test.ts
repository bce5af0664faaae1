import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { normalizeTerm, tokenize } from '../../src/search/terms.ts';
import { TermIndex, type IndexedDoc } from '../../src/search/term-index.ts';
import { termOptions } from '../../src/search/search-index.ts';

// The index must answer exactly as MiniSearch built with the same term processing would.
const OPTIONS = { tokenize, processTerm: normalizeTerm };
const miniSearch = () => new MiniSearch<IndexedDoc>({ fields: ['text'], storeFields: [], tokenize, processTerm: (t) => normalizeTerm(t) });

const WORDS = [
  'chips', 'chip', 'chipset', 'export', 'exports', 'exported', 'controls', 'control', 'training', 'trained', 'trainer',
  'cost', 'costs', 'sputnik', 'moment', 'moments', 'nvidia', 'deepseek', 'deepseeks', 'model', 'models', 'modal',
  'the', 'and', 'a', 'of', 'Altman', 'altmann', 'million', 'billion', '2,000', '40%', 'GPUs', 'café', 'cafe',
];

const text = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => w.join(' '));
const docsArb = fc.array(text, { minLength: 1, maxLength: 40 }).map((texts) => texts.map((t, i) => ({ id: 10 + i * 3, text: t })));
const queryArb = fc.array(fc.constantFrom(...WORDS, 'chp', 'exprt', 'trainin', 'sputnk', 'x', 'mo'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));

const andOptions = (combineWith: 'AND' | 'OR'): SearchOptions => ({
  combineWith,
  prefix: (t) => termOptions(t).prefix,
  fuzzy: (t) => termOptions(t).fuzzy,
  maxFuzzy: 2,
});

function same(actual: SearchResult[], expected: SearchResult[]): void {
  expect(actual.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
  const scores = new Map(expected.map((r) => [r.id, r.score]));
  for (const r of actual) expect(r.score).toBeCloseTo(scores.get(r.id)!, 9);
  // Best first, as MiniSearch orders them.
  for (let i = 1; i < actual.length; i++) expect(actual[i - 1]!.score).toBeGreaterThanOrEqual(actual[i]!.score);
}

/** Where window k starts, counted from the newest document: each window is twice the one before. */
function windowStart(first: number, k: number): number {
  return first * (2 ** k - 1);
}

/** Which window holds a document: window 0 the newest `first` documents, window 1 the 2 × `first` before them, … */
function windowsOf(docs: IndexedDoc[], first: number): (id: number) => number {
  return (id) => {
    const age = docs.length - 1 - docs.findIndex((d) => d.id === id);
    let k = 0;
    while (windowStart(first, k + 1) <= age) k++;
    return k;
  };
}

function build(docs: IndexedDoc[]): { ours: TermIndex; theirs: MiniSearch<IndexedDoc> } {
  const ours = new TermIndex(OPTIONS);
  const theirs = miniSearch();
  ours.addAll(docs);
  theirs.addAll(docs);
  return { ours, theirs };
}

describe('TermIndex', () => {
  it('finds the same documents with the same scores as MiniSearch for AND and OR queries with prefixes and typos', () => {
    fc.assert(
      fc.property(docsArb, queryArb, fc.constantFrom('AND' as const, 'OR' as const), (docs, query, combineWith) => {
        const { ours, theirs } = build(docs);
        same(ours.search(query, andOptions(combineWith)), theirs.search(query, andOptions(combineWith)));
      }),
      { numRuns: 300 },
    );
  });

  it('returns the same best results first when asked for only a few', () => {
    fc.assert(
      fc.property(docsArb, queryArb, fc.integer({ min: 1, max: 12 }), (docs, query, limit) => {
        const { ours } = build(docs);
        const all = ours.search(query, andOptions('OR'));
        expect(ours.search(query, { ...andOptions('OR'), limit })).toEqual(all.slice(0, limit));
      }),
      { numRuns: 200 },
    );
  });

  it('with a limit, ranks the newest windows that hold that many hits, scored as over the whole index', () => {
    fc.assert(
      fc.property(
        docsArb, queryArb, fc.constantFrom('AND' as const, 'OR' as const), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }),
        (docs, query, combineWith, limit, window) => {
          const { ours, theirs } = build(docs);
          const everything = theirs.search(query, andOptions(combineWith));
          const windowOf = windowsOf(docs, window);
          let windows = 0;
          while (windowStart(window, windows) < docs.length && everything.filter((r) => windowOf(r.id as number) < windows).length < limit) windows++;
          const expected = everything.filter((r) => windowOf(r.id as number) < windows).slice(0, limit);

          const actual = ours.search(query, { ...andOptions(combineWith), limit, window });
          expect(actual.length).toBe(expected.length);
          actual.forEach((r, i) => {
            expect(r.score).toBeCloseTo(expected[i]!.score, 9);
            expect(windowOf(r.id as number)).toBeLessThan(windows);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('with a limit, reads each part of an OR in its own windows, and scores what they find as MiniSearch would', () => {
    fc.assert(
      fc.property(docsArb, queryArb, queryArb, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), (docs, typed, related, limit, window) => {
        const { ours, theirs } = build(docs);
        const parts: Query[] = [{ queries: [typed], ...andOptions('AND') }, { queries: [related], combineWith: 'OR' }];
        const windowOf = windowsOf(docs, window);
        // Each part's hits in the newest windows that hold `limit` of them, unscored by matched terms.
        const found = parts.map((part) => {
          const all = theirs.search({ combineWith: 'OR', queries: [part] });
          let windows = 0;
          while (windowStart(window, windows) < docs.length && all.filter((r) => windowOf(r.id as number) < windows).length < limit) windows++;
          return all.filter((r) => windowOf(r.id as number) < windows).map((r) => ({ id: r.id as number, raw: r.score / r.queryTerms.length, terms: r.queryTerms }));
        });
        const combined = new Map<number, { raw: number; terms: Set<string> }>();
        for (const hit of found.flat()) {
          const entry = combined.get(hit.id) ?? { raw: 0, terms: new Set<string>() };
          entry.raw += hit.raw;
          hit.terms.forEach((t) => entry.terms.add(t));
          combined.set(hit.id, entry);
        }
        const expected = [...combined.values()].map((e) => e.raw * e.terms.size).sort((a, b) => b - a).slice(0, limit);

        const actual = ours.search({ combineWith: 'OR', queries: parts }, { limit, window });
        expect(actual.length).toBe(expected.length);
        actual.forEach((r, i) => expect(r.score).toBeCloseTo(expected[i]!, 9));
      }),
      { numRuns: 300 },
    );
  });

  it('scores a query of more than 31 distinct words as MiniSearch does', () => {
    fc.assert(
      fc.property(docsArb, (docs) => {
        const { ours, theirs } = build(docs);
        const query = WORDS.join(' ') + ' extra1 extra2 extra3 extra4 extra5';
        same(ours.search(query, andOptions('OR')), theirs.search(query, andOptions('OR')));
      }),
      { numRuns: 50 },
    );
  });

  it('answers a nested query (typed words AND-ed, related words OR-ed) as MiniSearch does', () => {
    fc.assert(
      fc.property(docsArb, queryArb, queryArb, (docs, typed, related) => {
        const { ours, theirs } = build(docs);
        const query: Query = {
          combineWith: 'OR',
          queries: [{ queries: [typed], ...andOptions('AND') }, { queries: [related], combineWith: 'OR' }],
        };
        same(ours.search(query), theirs.search(query));
      }),
      { numRuns: 200 },
    );
  });

  it('stores whole, appends parts for new documents, forgets discarded ones, and loads back the same answers', () => {
    fc.assert(
      fc.property(docsArb, docsArb, queryArb, (first, more, query) => {
        const later = more.map((d, i) => ({ id: 1000 + i, text: d.text }));
        const { ours, theirs } = build(first);
        const parts = [ours.fullPart()];
        // A second process appends without loading the stored index.
        const appender = new TermIndex(OPTIONS, ours.stats());
        appender.addAll(later);
        parts.push(appender.deltaPart());
        theirs.addAll(later);
        const loaded = TermIndex.fromParts(OPTIONS, parts);
        same(loaded.search(query, andOptions('AND')), theirs.search(query, andOptions('AND')));

        loaded.discard(first[0]!.id);
        parts.push(loaded.deltaPart());
        const reloaded = TermIndex.fromParts(OPTIONS, parts);
        const whole = TermIndex.fromParts(OPTIONS, [reloaded.fullPart()]);
        for (const index of [loaded, reloaded, whole]) {
          const ids = index.search(query, andOptions('OR')).map((r) => r.id);
          expect(ids).not.toContain(first[0]!.id);
          expect(index.documentCount).toBe(first.length + later.length - 1);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('reads an index MiniSearch serialised, as libraries written before this format hold', () => {
    const docs = [
      { id: 1, text: 'DeepSeek trained its model on 2,000 Nvidia chips' },
      { id: 2, text: 'Export controls on chips tightened, the Commerce Department said' },
      { id: 5, text: 'Marc Andreessen called it AI’s Sputnik moment' },
    ];
    const theirs = miniSearch();
    theirs.addAll(docs);
    const ours = TermIndex.fromMiniSearchJson(OPTIONS, JSON.stringify(theirs));
    for (const query of ['chips', 'sputnik moment', 'exprt controls', 'deepseek']) {
      same(ours.search(query, andOptions('AND')), theirs.search(query, andOptions('AND')));
    }
  });
});
