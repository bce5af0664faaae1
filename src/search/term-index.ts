// A compact inverted index that answers MiniSearch's queries with MiniSearch's scores (BM25+, prefix
// and fuzzy weights, AND/OR combination), for a single text field. Postings live in typed arrays
// (5 bytes each instead of a Map entry of ~50), persist as binary parts that load without parsing,
// and an ingest appends a part holding only the new documents instead of rewriting the index.

import SearchableMap from 'minisearch/SearchableMap';
import type { Query, SearchOptions, SearchResult } from 'minisearch';

export interface IndexedDoc {
  id: number;
  text: string;
}

export interface TermIndexOptions {
  tokenize: (text: string) => string[];
  processTerm: (term: string) => string | null;
}

/** What a new part must know about the index it continues, read from the stored parts' last header. */
export interface IndexStats {
  nextShort: number;
  documentCount: number;
  avgFieldLength: number;
}

// MiniSearch's defaults, so scores and order match an index MiniSearch would have built.
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
const PART_FORMAT = 1;
/**
 * Documents in the first window of a search with a limit. A query with a limit reads its postings
 * newest documents first, a window at a time, each window twice the one before, and stops after the
 * window that brings enough hits: a word found in a million documents costs the postings of the
 * newest few thousand, and a rare one about twenty windows, not a window per 4,096 documents.
 * Scores stay global (the whole index's document frequencies), so hits from different windows compare.
 */
export const SEARCH_WINDOW = 4096;

interface Postings {
  docs: Uint32Array;
  tfs: Uint8Array;
  length: number;
  /** How many of them were already written to a stored part. */
  persisted: number;
}

/**
 * The hits of a (sub)query in the order MiniSearch's result map would hold them, as parallel arrays.
 * The query terms a hit matched are a bit set over the query's distinct terms in two 31-bit words,
 * because MiniSearch multiplies a score by how many distinct query terms the document matched.
 */
interface Hits {
  docs: number[];
  scores: number[];
  lo: number[];
  hi: number[];
}

/**
 * Options MiniSearch takes, plus how many of the best results the caller will look at. With a
 * limit, only the newest windows that hold at least that many hits are ranked (see SEARCH_WINDOW);
 * `window` is the size of the first one.
 */
export type TermSearchOptions = SearchOptions & { limit?: number; window?: number };

/** Numbers the distinct terms of one query for the bit sets; past 62 terms the last bit is shared. */
class QueryTerms {
  readonly list: string[] = [];
  private readonly bits = new Map<string, number>();

  bit(term: string): number {
    let bit = this.bits.get(term);
    if (bit === undefined) {
      bit = Math.min(this.list.length, 61);
      this.bits.set(term, bit);
      this.list.push(term);
    }
    return bit;
  }

  /** The terms whose bits are set, in the order the query first named them. */
  named(lo: number, hi: number): string[] {
    return this.list.filter((term) => {
      const bit = this.bits.get(term)!;
      return bit < 31 ? (lo >>> bit) & 1 : (hi >>> (bit - 31)) & 1;
    });
  }
}

function bitCount(word: number): number {
  let n = word >>> 0;
  let count = 0;
  while (n) {
    n &= n - 1;
    count++;
  }
  return count;
}

const emptyHits = (): Hits => ({ docs: [], scores: [], lo: [], hi: [] });

interface QuerySpec {
  term: string;
  prefix: boolean;
  fuzzy: boolean | number;
  termBoost: number;
}

interface Expansion {
  postings: Postings;
  /** The weighted score of posting i, fixed for the query. */
  score: (i: number) => number;
  /** The postings of the window being searched: [from, to). */
  from: number;
  to: number;
}

/** A query compiled once (terms expanded, bits numbered) and then run window by window. */
type Plan =
  | { expansions: Expansion[][]; bits: number[]; combineWith: string }
  | { children: Plan[]; combineWith: string | undefined };

interface PartHeader {
  v: number;
  firstDoc: number;
  newDocs: number;
  documentCount: number;
  avgFieldLength: number;
  removed: number[];
  terms: string[];
  postings: number;
}

function grow<T extends Uint32Array | Uint8Array | Uint16Array | Float64Array>(array: T, needed: number): T {
  if (needed <= array.length) return array;
  const next = new (array.constructor as new (n: number) => T)(Math.max(needed, array.length * 2, 8));
  next.set(array);
  return next;
}

/** A raw token's term id (-1 when processing drops it) and the last document it was counted in. */
interface RawToken {
  term: number;
  lastDoc: number;
}

export class TermIndex {
  private readonly dict = new SearchableMap<number>();
  /** Built up by add(); an index loaded from parts and only searched never holds one. */
  private readonly rawTokens = new Map<string, RawToken>();
  private readonly termIds = new Map<string, number>();
  private readonly termList: string[] = [];
  private readonly postings: Postings[] = [];
  /** Per document short id (minus docOffset): the caller's id, the field length, removed or not. */
  private externalIds = new Float64Array(0);
  private lengths = new Uint16Array(0);
  private removedFlags = new Uint8Array(0);
  private removedCount = 0;
  private removedSincePersist: number[] = [];
  private idsAscending = true;
  /** Short ids below this belong to stored parts this index continues without holding them. */
  private readonly docOffset: number;
  private nextShort: number;
  private persistedDocs: number;
  private documentCountValue: number;
  private avgFieldLength: number;
  // Scratch space for AND queries, reused between queries and told apart by generation stamps.
  /** Per document, BM25's length norm for the current average length. */
  private normArray = new Float64Array(0);
  private normsFor = Number.NaN;
  private normsCount = -1;
  private stamps = new Uint32Array(0);
  private marks = new Uint32Array(0);
  private specScores = new Float64Array(0);
  private totals = new Float64Array(0);
  private positions = new Int32Array(0);
  private stamp = 0;

  /**
   * A fresh index, or (with `continuing`) one that only collects documents to append as a new part
   * to a stored index it does not load; such an index cannot be searched.
   */
  constructor(
    private readonly options: TermIndexOptions,
    continuing?: IndexStats,
  ) {
    this.docOffset = continuing?.nextShort ?? 0;
    this.nextShort = this.docOffset;
    this.persistedDocs = this.docOffset;
    this.documentCountValue = continuing?.documentCount ?? 0;
    this.avgFieldLength = continuing?.avgFieldLength ?? 0;
  }

  get documentCount(): number {
    return this.documentCountValue;
  }

  stats(): IndexStats {
    return { nextShort: this.nextShort, documentCount: this.documentCountValue, avgFieldLength: this.avgFieldLength };
  }

  addAll(docs: Iterable<IndexedDoc>): void {
    for (const doc of docs) this.add(doc);
  }

  add(doc: IndexedDoc): void {
    const short = this.nextShort++;
    const slot = short - this.docOffset;
    this.reserveDocs(slot + 1);
    if (slot > 0 && doc.id <= this.externalIds[slot - 1]!) this.idsAscending = false;
    this.externalIds[slot] = doc.id;
    // As MiniSearch: the field length counts distinct raw tokens, and the average is kept incrementally.
    let length = 0;
    for (const token of this.options.tokenize(doc.text)) {
      const raw = this.rawToken(token);
      if (raw.lastDoc !== short) {
        raw.lastDoc = short;
        length++;
      }
      if (raw.term >= 0) this.addPosting(raw.term, short);
    }
    this.lengths[slot] = Math.min(length, 0xffff);
    const count = this.documentCountValue;
    this.avgFieldLength = (this.avgFieldLength * count + length) / (count + 1);
    this.documentCountValue = count + 1;
  }

  /**
   * What a raw token stands for, worked out once: one map lookup per token then replaces counting
   * it in a set, processing it and looking its term up, which was most of the cost of indexing.
   */
  private rawToken(token: string): RawToken {
    let raw = this.rawTokens.get(token);
    if (raw === undefined) {
      const term = this.options.processTerm(token);
      raw = { term: term ? (this.termIds.get(term) ?? this.newTerm(term)) : -1, lastDoc: -1 };
      this.rawTokens.set(token, raw);
    }
    return raw;
  }

  private reserveDocs(slots: number): void {
    if (slots <= this.externalIds.length) return;
    this.externalIds = grow(this.externalIds, slots);
    this.lengths = grow(this.lengths, slots);
    this.removedFlags = grow(this.removedFlags, slots);
  }

  private addPosting(id: number, short: number): void {
    const p = this.postings[id]!;
    if (p.length > 0 && p.docs[p.length - 1] === short) {
      if (p.tfs[p.length - 1]! < 255) p.tfs[p.length - 1] = p.tfs[p.length - 1]! + 1;
      return;
    }
    appendPosting(p, short, 1);
  }

  private newTerm(term: string): number {
    const id = this.termList.length;
    this.termIds.set(term, id);
    this.dict.set(term, id);
    this.termList.push(term);
    this.postings.push({ docs: new Uint32Array(4), tfs: new Uint8Array(4), length: 0, persisted: 0 });
    return id;
  }

  /** Removes a document from results at once; its postings go at the next full write. */
  discard(id: number): void {
    const slot = this.slotOf(id);
    if (slot === -1) throw new Error(`cannot discard document ${id}: it is not in the index`);
    this.removedFlags[slot] = 1;
    this.removedCount++;
    this.removedSincePersist.push(slot + this.docOffset);
    const count = this.documentCountValue;
    this.avgFieldLength = count === 1 ? 0 : (this.avgFieldLength * count - this.lengths[slot]!) / (count - 1);
    this.documentCountValue = count - 1;
  }

  private slotOf(id: number): number {
    const used = this.nextShort - this.docOffset;
    if (this.idsAscending) {
      let lo = 0;
      let hi = used - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const at = this.externalIds[mid]!;
        if (at === id) return this.removedFlags[mid] ? -1 : mid;
        if (at < id) lo = mid + 1;
        else hi = mid - 1;
      }
      return -1;
    }
    for (let slot = 0; slot < used; slot++) if (this.externalIds[slot] === id && !this.removedFlags[slot]) return slot;
    return -1;
  }

  /**
   * MiniSearch's `search` for the query forms ainews uses: a string, or `{ queries, combineWith, … }`.
   * With `limit`, only that many of the best results are returned (in the same order).
   */
  search(query: Query, options: TermSearchOptions = {}): SearchResult[] {
    if (this.docOffset !== 0) throw new Error('an index that only appends a part cannot be searched');
    const terms = new QueryTerms();
    const plan = this.plan(query, options, terms);
    const hits = options.limit === undefined ? this.run(plan, 0, this.nextShort) : this.windowed(plan, options.limit, options.window ?? SEARCH_WINDOW);
    // As MiniSearch: a document matching more of the query's distinct terms scores proportionally higher.
    const finals = new Float64Array(hits.docs.length);
    for (let i = 0; i < finals.length; i++) finals[i] = hits.scores[i]! * (bitCount(hits.lo[i]!) + bitCount(hits.hi[i]!) || 1);
    const chosen = bestFirst(finals, options.limit);
    return chosen.map((i) => {
      // `terms` lists the query terms matched (MiniSearch lists the document's variants; no caller reads them).
      const matched = terms.named(hits.lo[i]!, hits.hi[i]!);
      return { id: this.externalIds[hits.docs[i]!]!, score: finals[i]!, terms: matched, queryTerms: matched, match: {} };
    });
  }

  /**
   * The hits of the newest windows that hold at least `limit` of them. Each part of an OR reads its
   * own windows, so a rare part (the words typed) is not cut short by a common one (the words of
   * its topic) filling the newest window; a document beyond a part's windows lacks that part's score.
   */
  private windowed(plan: Plan, limit: number, first: number): Hits {
    if ('children' in plan && (plan.combineWith ?? 'OR').toUpperCase() === 'OR') {
      return this.combine(plan.children.map((child) => this.windowed(child, limit, first)), 'OR');
    }
    const windows: Hits[] = [];
    let found = 0;
    for (let hi = this.nextShort, size = first; hi > 0 && found < limit; size *= 2) {
      const lo = Math.max(0, hi - size);
      const hits = this.run(plan, lo, hi);
      windows.push(hits);
      found += hits.docs.length;
      hi = lo;
    }
    if (windows.length === 1) return windows[0]!;
    const hits = emptyHits();
    for (const key of ['docs', 'scores', 'lo', 'hi'] as const) hits[key] = hits[key].concat(...windows.map((w) => w[key]));
    return hits;
  }

  private plan(query: Query, options: SearchOptions, terms: QueryTerms): Plan {
    if (typeof query === 'symbol') throw new Error('wildcard queries are not supported');
    if (typeof query !== 'string') {
      const merged: SearchOptions = { ...options, ...query };
      return { children: query.queries.map((sub) => this.plan(sub, merged, terms)), combineWith: merged.combineWith };
    }
    const words: string[] = [];
    for (const token of this.options.tokenize(query)) {
      const term = this.options.processTerm(token);
      if (term) words.push(term);
    }
    const specs = words.map((term, i): QuerySpec => ({
      term,
      prefix: typeof options.prefix === 'function' ? options.prefix(term, i, words) : options.prefix === true,
      fuzzy: typeof options.fuzzy === 'function' ? options.fuzzy(term, i, words) : (options.fuzzy ?? false),
      termBoost: typeof options.boostTerm === 'function' ? options.boostTerm(term, i, words) : 1,
    }));
    const maxFuzzy = options.maxFuzzy ?? MAX_FUZZY;
    return {
      expansions: specs.map((spec) => this.expand(spec, maxFuzzy)),
      bits: specs.map((spec) => terms.bit(spec.term)),
      combineWith: (options.combineWith ?? 'OR').toUpperCase(),
    };
  }

  /** The hits of a plan among the documents with short ids in [lo, hi). */
  private run(plan: Plan, lo: number, hi: number): Hits {
    if ('children' in plan) return this.combine(plan.children.map((child) => this.run(child, lo, hi)), plan.combineWith);
    const { expansions, bits, combineWith } = plan;
    for (const list of expansions) {
      for (const e of list) {
        e.from = gallop(e.postings.docs, lo, 0, e.postings.length);
        e.to = gallop(e.postings.docs, hi, e.from, e.postings.length);
      }
    }
    if (expansions.length > 1 && combineWith === 'AND') return this.intersect(expansions, bits);
    if (expansions.length > 1 && combineWith === 'OR') return this.union(expansions, bits);
    return this.combine(
      expansions.map((list, i) => this.specHits(list, bits[i]!)),
      combineWith,
    );
  }

  /** The index terms a query term stands for, in MiniSearch's order and with its weights. */
  private expand(spec: QuerySpec, maxFuzzy: number): Expansion[] {
    const list: Expansion[] = [];
    const exact = this.termIds.get(spec.term);
    const expansion = (id: number, weight: number): Expansion => {
      const postings = this.postings[id]!;
      return { postings, score: this.scorer(postings, weight * spec.termBoost), from: 0, to: 0 };
    };
    if (exact !== undefined) list.push(expansion(exact, 1));
    let fuzzyMatches: Map<string, [number, number]> | undefined;
    if (spec.fuzzy) {
      const fuzzy = spec.fuzzy === true ? 0.2 : spec.fuzzy;
      const maxDistance = fuzzy < 1 ? Math.min(maxFuzzy, Math.round(spec.term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = this.dict.fuzzyGet(spec.term, maxDistance);
    }
    if (spec.prefix) {
      for (const [term, id] of this.dict.atPrefix(spec.term)) {
        const distance = term.length - spec.term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(term);
        list.push(expansion(id, (WEIGHTS.prefix * term.length) / (term.length + 0.3 * distance)));
      }
    }
    if (fuzzyMatches) {
      for (const [term, [id, distance]] of fuzzyMatches) {
        if (!distance) continue;
        list.push(expansion(id, (WEIGHTS.fuzzy * term.length) / (term.length + distance)));
      }
    }
    return list;
  }

  /** Documents a posting list counts for BM25: all of them, less those discarded. */
  private matching(p: Postings): number {
    if (this.removedCount === 0) return p.length;
    let n = 0;
    for (let i = 0; i < p.length; i++) if (!this.removedFlags[p.docs[i]!]) n++;
    return n;
  }

  /**
   * MiniSearch's BM25+ score of posting i of one index term, times the term's weight. The inverse
   * document frequency is the same for every posting and the length norm the same for every query,
   * so both are computed once (the same expressions, so the same bits).
   */
  private scorer(p: Postings, weight: number): (i: number) => number {
    const matching = this.matching(p);
    const total = this.documentCountValue;
    const idf = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
    const norms = this.norms();
    return (i) => {
      const tf = p.tfs[i]!;
      return weight * (idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norms[p.docs[i]!]!)));
    };
  }

  private norms(): Float64Array {
    if (this.normsFor !== this.avgFieldLength || this.normsCount !== this.nextShort) {
      if (this.normArray.length < this.nextShort) this.normArray = new Float64Array(this.externalIds.length);
      for (let slot = 0; slot < this.nextShort; slot++) {
        this.normArray[slot] = BM25.k * (1 - BM25.b + (BM25.b * this.lengths[slot]!) / this.avgFieldLength);
      }
      this.normsFor = this.avgFieldLength;
      this.normsCount = this.nextShort;
    }
    return this.normArray;
  }

  /** Scratch arrays as large as the index, reused by every query; stamps tell one use from the next. */
  private scratch(): { stamps: Uint32Array; marks: Uint32Array; sums: Float64Array; totals: Float64Array; positions: Int32Array } {
    if (this.stamps.length < this.nextShort) {
      const size = Math.max(this.nextShort, this.stamps.length * 2);
      this.stamps = new Uint32Array(size);
      this.marks = new Uint32Array(size);
      this.specScores = new Float64Array(size);
      this.totals = new Float64Array(size);
      this.positions = new Int32Array(size);
      this.stamp = 0;
    }
    if (this.stamp > 0xfff00000) {
      this.stamps.fill(0);
      this.marks.fill(0);
      this.stamp = 0;
    }
    return { stamps: this.stamps, marks: this.marks, sums: this.specScores, totals: this.totals, positions: this.positions };
  }

  /**
   * Sums one query term's weighted scores over its expansions (the term, its prefixes and near
   * spellings) into the scratch `sums`, and returns the documents in the order first reached.
   */
  private sumTerm(expansions: Expansion[]): number[] {
    const { stamps, sums } = this.scratch();
    const seen = ++this.stamp;
    const docs: number[] = [];
    for (const { postings: p, score, from, to } of expansions) {
      for (let i = from; i < to; i++) {
        const doc = p.docs[i]!;
        if (this.removedCount && this.removedFlags[doc]) continue;
        const value = score(i);
        if (stamps[doc] === seen) {
          sums[doc] = sums[doc]! + value;
        } else {
          stamps[doc] = seen;
          sums[doc] = value;
          docs.push(doc);
        }
      }
    }
    return docs;
  }

  /** One query term's hits: each document in the order first reached, its weighted scores summed. */
  private specHits(expansions: Expansion[], bit: number): Hits {
    const { sums } = this.scratch();
    const docs = this.sumTerm(expansions);
    const [lo, hi] = bit < 31 ? [1 << bit, 0] : [0, 1 << (bit - 31)];
    return { docs, scores: docs.map((d) => sums[d]!), lo: docs.map(() => lo), hi: docs.map(() => hi) };
  }

  /**
   * OR of several terms in one pass over their postings, where combining each term's hits in turn
   * would revisit the growing union once per term: each term's sums are completed (stamps), then
   * added to the union (marks), which keeps MiniSearch's order and its sums to the last bit.
   */
  private union(expansions: Expansion[][], bits: number[]): Hits {
    const { marks, sums, totals, positions } = this.scratch();
    const member = ++this.stamp;
    const docs: number[] = [];
    const lo: number[] = [];
    const hi: number[] = [];
    expansions.forEach((list, k) => {
      const touched = this.sumTerm(list);
      const bit = bits[k]!;
      const [bitLo, bitHi] = bit < 31 ? [1 << bit, 0] : [0, 1 << (bit - 31)];
      for (const doc of touched) {
        if (marks[doc] === member) {
          const i = positions[doc]!;
          totals[doc] = totals[doc]! + sums[doc]!;
          lo[i] = lo[i]! | bitLo;
          hi[i] = hi[i]! | bitHi;
        } else {
          marks[doc] = member;
          positions[doc] = docs.length;
          docs.push(doc);
          totals[doc] = sums[doc]!;
          lo.push(bitLo);
          hi.push(bitHi);
        }
      }
    });
    return { docs, scores: docs.map((d) => totals[d]!), lo, hi };
  }

  /**
   * AND of several terms without the hits of each term: first the documents of the rarest term,
   * kept while each other term (rarest first) holds them, then only those scored, term by term in
   * query order so the sums equal MiniSearch's to the last bit. Each step looks the candidates up in
   * the postings (see locate), so a rare word beside a common one costs the rare word's postings.
   */
  private intersect(expansions: Expansion[][], bits: number[]): Hits {
    if (expansions.some((list) => list.length === 0)) return emptyHits();
    const volume = (list: Expansion[]) => list.reduce((n, e) => n + e.to - e.from, 0);
    const order = expansions.map((_, i) => i).sort((a, b) => volume(expansions[a]!) - volume(expansions[b]!));
    let candidates = this.termDocs(expansions[order[0]!]!);
    for (const k of order.slice(1)) {
      candidates = candidates.subarray(0, this.keepHeld(candidates, expansions[k]!));
      if (candidates.length === 0) return emptyHits();
    }
    const found = new Int32Array(candidates.length);
    const totals = new Float64Array(candidates.length);
    const sums = new Float64Array(candidates.length);
    expansions.forEach((list, k) => {
      sums.fill(0);
      for (const e of list) {
        this.locate(e, candidates, found);
        for (let j = 0; j < candidates.length; j++) if (found[j]! >= 0) sums[j] = sums[j]! + e.score(found[j]!);
      }
      for (let j = 0; j < candidates.length; j++) totals[j] = k === 0 ? sums[j]! : totals[j]! + sums[j]!;
    });
    // Hits in the order MiniSearch's AND yields them: that of the last term's hits, expansion by expansion.
    const listed = new Uint8Array(candidates.length);
    const docs: number[] = [];
    const scores: number[] = [];
    for (const e of expansions[expansions.length - 1]!) {
      this.locate(e, candidates, found);
      for (let j = 0; j < candidates.length; j++) {
        if (found[j]! < 0 || listed[j]) continue;
        listed[j] = 1;
        docs.push(candidates[j]!);
        scores.push(totals[j]!);
      }
    }
    let lo = 0;
    let hi = 0;
    for (const bit of bits) {
      if (bit < 31) lo |= 1 << bit;
      else hi |= 1 << (bit - 31);
    }
    return { docs, scores, lo: docs.map(() => lo), hi: docs.map(() => hi) };
  }

  /** The documents one query term's expansions hold in the window, ascending, each once, less those discarded. */
  private termDocs(expansions: Expansion[]): Uint32Array {
    // Each expansion's postings ascend already, so they are merged rather than sorted.
    let docs: Uint32Array = new Uint32Array(0);
    for (const { postings, from, to } of expansions) docs = mergeAscending(docs, postings.docs.subarray(from, to));
    return this.removedCount === 0 ? docs : docs.filter((doc) => !this.removedFlags[doc]);
  }

  /**
   * Moves the candidates some expansion holds to the front, in order, and returns how many there are.
   * A term with one expansion (most) is merged in a single pass, in place: going through locate's
   * positions instead made AND queries about 40% slower.
   */
  private keepHeld(candidates: Uint32Array, list: Expansion[]): number {
    const n = candidates.length;
    if (list.length === 1) {
      const { postings, from, to } = list[0]!;
      const docs = postings.docs;
      let at = from;
      let kept = 0;
      for (let j = 0; j < n; j++) {
        const doc = candidates[j]!;
        at = gallop(docs, doc, at, to);
        if (at < to && docs[at] === doc) candidates[kept++] = doc;
      }
      return kept;
    }
    const found = new Int32Array(n);
    const held = new Uint8Array(n);
    for (const e of list) {
      this.locate(e, candidates, found);
      for (let j = 0; j < n; j++) if (found[j]! >= 0) held[j] = 1;
    }
    let kept = 0;
    for (let j = 0; j < n; j++) if (held[j]) candidates[kept++] = candidates[j]!;
    return kept;
  }

  /** For each of the ascending documents, the index of its posting in the expansion's window, or -1. */
  private locate(e: Expansion, docs: Uint32Array, found: Int32Array): void {
    const postings = e.postings.docs;
    let at = e.from;
    for (let j = 0; j < docs.length; j++) {
      at = gallop(postings, docs[j]!, at, e.to);
      found[j] = at < e.to && postings[at] === docs[j] ? at : -1;
    }
  }

  /** MiniSearch's combinators over hits, in its result order. */
  private combine(list: Hits[], combineWith = 'OR'): Hits {
    if (list.length === 0) return emptyHits();
    const op = combineWith.toUpperCase();
    if (op !== 'AND' && op !== 'OR' && op !== 'AND_NOT') throw new Error(`invalid combination operator: ${combineWith}`);
    return list.reduce((a, b) => {
      const { stamps, positions } = this.scratch();
      const inA = ++this.stamp;
      a.docs.forEach((doc, i) => {
        stamps[doc] = inA;
        positions[doc] = i;
      });
      if (op === 'AND_NOT') {
        const inB = ++this.stamp;
        for (const doc of b.docs) stamps[doc] = inB;
        const keep = a.docs.map((doc) => stamps[doc] !== inB);
        const pick = <T>(values: T[]) => values.filter((_, i) => keep[i]);
        return { docs: pick(a.docs), scores: pick(a.scores), lo: pick(a.lo), hi: pick(a.hi) };
      }
      if (op === 'AND') {
        const out = emptyHits();
        b.docs.forEach((doc, j) => {
          if (stamps[doc] !== inA) return;
          const i = positions[doc]!;
          out.docs.push(doc);
          out.scores.push(a.scores[i]! + b.scores[j]!);
          out.lo.push(a.lo[i]! | b.lo[j]!);
          out.hi.push(a.hi[i]! | b.hi[j]!);
        });
        return out;
      }
      b.docs.forEach((doc, j) => {
        if (stamps[doc] === inA) {
          const i = positions[doc]!;
          a.scores[i] = a.scores[i]! + b.scores[j]!;
          a.lo[i] = a.lo[i]! | b.lo[j]!;
          a.hi[i] = a.hi[i]! | b.hi[j]!;
        } else {
          a.docs.push(doc);
          a.scores.push(b.scores[j]!);
          a.lo.push(b.lo[j]!);
          a.hi.push(b.hi[j]!);
        }
      });
      return a;
    });
  }

  /** True when documents were added or removed since the last stored part. */
  hasChanges(): boolean {
    return this.nextShort > this.persistedDocs || this.removedSincePersist.length > 0;
  }

  /** The documents added and removed since the last stored part, as a part to append. */
  deltaPart(): Uint8Array {
    const part = this.encode(false);
    this.markPersisted();
    return part;
  }

  /** The whole index as one part, leaving out discarded documents' postings. */
  fullPart(): Uint8Array {
    if (this.docOffset !== 0) throw new Error('an index that only appends a part cannot be written whole');
    const part = this.encode(true);
    this.markPersisted();
    return part;
  }

  private markPersisted(): void {
    for (const p of this.postings) p.persisted = p.length;
    this.persistedDocs = this.nextShort;
    this.removedSincePersist = [];
  }

  private encode(full: boolean): Uint8Array {
    const firstDoc = full ? 0 : this.persistedDocs;
    const newDocs = this.nextShort - firstDoc;
    const terms: string[] = [];
    const counts: number[] = [];
    const sources: { p: Postings; from: number }[] = [];
    let total = 0;
    for (let id = 0; id < this.postings.length; id++) {
      const p = this.postings[id]!;
      const from = full ? 0 : p.persisted;
      let n = 0;
      for (let i = from; i < p.length; i++) if (!(full && this.removedFlags[p.docs[i]! - this.docOffset])) n++;
      if (n === 0) continue;
      terms.push(this.termList[id]!);
      counts.push(n);
      sources.push({ p, from });
      total += n;
    }
    const removed = full ? this.allRemoved() : this.removedSincePersist;
    const header: PartHeader = {
      v: PART_FORMAT,
      firstDoc,
      newDocs,
      documentCount: this.documentCountValue,
      avgFieldLength: this.avgFieldLength,
      removed,
      terms,
      postings: total,
    };
    const headerBytes = new TextEncoder().encode(JSON.stringify(header));
    const headerEnd = align(4 + headerBytes.length, 8);
    const idsAt = headerEnd;
    const countsAt = idsAt + newDocs * 8;
    const docsAt = countsAt + counts.length * 4;
    const lengthsAt = docsAt + total * 4;
    const tfsAt = lengthsAt + newDocs * 2;
    const buffer = new ArrayBuffer(tfsAt + total);
    const bytes = new Uint8Array(buffer);
    new DataView(buffer).setUint32(0, headerBytes.length, true);
    bytes.set(headerBytes, 4);
    const from = firstDoc - this.docOffset;
    new Float64Array(buffer, idsAt, newDocs).set(this.externalIds.subarray(from, from + newDocs));
    new Uint32Array(buffer, countsAt, counts.length).set(counts);
    new Uint16Array(buffer, lengthsAt, newDocs).set(this.lengths.subarray(from, from + newDocs));
    const docs = new Uint32Array(buffer, docsAt, total);
    const tfs = new Uint8Array(buffer, tfsAt, total);
    let at = 0;
    for (const { p, from: start } of sources) {
      for (let i = start; i < p.length; i++) {
        if (full && this.removedFlags[p.docs[i]! - this.docOffset]) continue;
        docs[at] = p.docs[i]!;
        tfs[at] = p.tfs[i]!;
        at++;
      }
    }
    return bytes;
  }

  private allRemoved(): number[] {
    const removed: number[] = [];
    for (let slot = 0; slot < this.nextShort; slot++) if (this.removedFlags[slot]) removed.push(slot);
    return removed;
  }

  /** Rebuilds an index from its stored parts, oldest first. */
  static fromParts(options: TermIndexOptions, parts: Uint8Array[]): TermIndex {
    const index = new TermIndex(options);
    for (const part of parts) index.applyPart(part);
    index.markPersisted();
    return index;
  }

  /** An index saved by MiniSearch's JSON serialisation (libraries written before this format). */
  static fromMiniSearchJson(options: TermIndexOptions, json: string): TermIndex {
    const plain = JSON.parse(json) as {
      documentCount: number;
      documentIds: Record<string, number>;
      fieldLength: Record<string, number[]>;
      averageFieldLength: number[];
      index: [string, Record<string, Record<string, number>>][];
    };
    const index = new TermIndex(options);
    const slots = new Map<string, number>();
    for (const [short, id] of Object.entries(plain.documentIds)) {
      const slot = index.nextShort++;
      index.reserveDocs(slot + 1);
      if (slot > 0 && id <= index.externalIds[slot - 1]!) index.idsAscending = false;
      index.externalIds[slot] = id;
      index.lengths[slot] = Math.min(plain.fieldLength[short]?.[0] ?? 0, 0xffff);
      slots.set(short, slot);
    }
    for (const [term, fields] of plain.index) {
      for (const [short, tf] of Object.entries(fields['0'] ?? {})) {
        const slot = slots.get(short);
        if (slot === undefined) continue;
        const p = index.postings[index.termIds.get(term) ?? index.newTerm(term)]!;
        appendPosting(p, slot, Math.min(tf, 255));
      }
    }
    index.documentCountValue = plain.documentCount;
    index.avgFieldLength = plain.averageFieldLength[0] ?? 0;
    index.markPersisted();
    return index;
  }

  private applyPart(stored: Uint8Array): void {
    // Typed-array views need aligned offsets, which a buffer from SQLite does not promise.
    const part = stored.byteOffset % 8 === 0 ? stored : Uint8Array.from(stored);
    const { header, headerEnd } = readHeader(part);
    if (header.v !== PART_FORMAT) throw new Error(`search index part has format ${header.v}; run ainews reindex`);
    const buffer = part.buffer;
    const idsAt = part.byteOffset + headerEnd;
    const countsAt = idsAt + header.newDocs * 8;
    const docsAt = countsAt + header.terms.length * 4;
    const lengthsAt = docsAt + header.postings * 4;
    const tfsAt = lengthsAt + header.newDocs * 2;
    const end = header.firstDoc + header.newDocs;
    this.reserveDocs(end);
    this.externalIds.set(new Float64Array(buffer, idsAt, header.newDocs), header.firstDoc);
    this.lengths.set(new Uint16Array(buffer, lengthsAt, header.newDocs), header.firstDoc);
    for (let slot = header.firstDoc; slot < end; slot++) {
      if (slot > 0 && this.externalIds[slot]! <= this.externalIds[slot - 1]!) this.idsAscending = false;
    }
    this.nextShort = Math.max(this.nextShort, end);
    const counts = new Uint32Array(buffer, countsAt, header.terms.length);
    const docs = new Uint32Array(buffer, docsAt, header.postings);
    const tfs = new Uint8Array(buffer, tfsAt, header.postings);
    let at = 0;
    header.terms.forEach((term, t) => {
      const n = counts[t]!;
      let id = this.termIds.get(term);
      if (id === undefined) id = this.newTerm(term);
      const p = this.postings[id]!;
      if (p.length + n > p.docs.length) {
        p.docs = grow(p.docs, p.length + n);
        p.tfs = grow(p.tfs, p.length + n);
      }
      p.docs.set(docs.subarray(at, at + n), p.length);
      p.tfs.set(tfs.subarray(at, at + n), p.length);
      p.length += n;
      at += n;
    });
    for (const slot of header.removed) {
      if (!this.removedFlags[slot]) this.removedCount++;
      this.removedFlags[slot] = 1;
    }
    this.documentCountValue = header.documentCount;
    this.avgFieldLength = header.avgFieldLength;
  }
}

function appendPosting(p: Postings, doc: number, tf: number): void {
  if (p.length === p.docs.length) {
    p.docs = grow(p.docs, p.length + 1);
    p.tfs = grow(p.tfs, p.length + 1);
  }
  p.docs[p.length] = doc;
  p.tfs[p.length] = tf;
  p.length++;
}

/** The union of two ascending runs of documents, ascending, each document once. */
function mergeAscending(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length === 0) return b.slice();
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x <= y) i++;
    if (y <= x) j++;
    out[n++] = x <= y ? x : y;
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/**
 * The first index in [from, to) whose document is not below `doc`, else `to`, found by galloping:
 * steps of 1, 2, 4, … from `from`, then a binary search of the last step. Looking up ascending
 * documents one after another from where the last was found costs O(n log(m / n)) over m postings,
 * as cheap as a merge when both are long and as a binary search when n is small.
 */
function gallop(docs: Uint32Array, doc: number, from: number, to: number): number {
  if (from >= to || docs[from]! >= doc) return from;
  let below = from;
  let step = 1;
  while (below + step < to && docs[below + step]! < doc) {
    below += step;
    step *= 2;
  }
  let lo = below + 1;
  let hi = Math.min(below + step, to);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}

function readHeader(part: Uint8Array): { header: PartHeader; headerEnd: number } {
  const length = new DataView(part.buffer, part.byteOffset, part.byteLength).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(part.subarray(4, 4 + length))) as PartHeader;
  return { header, headerEnd: align(4 + length, 8) };
}

/**
 * Indexes of `scores` best first, ties in their original order (as a stable sort leaves them);
 * with a limit, only that many, picked with a small heap instead of sorting every hit.
 */
function bestFirst(scores: Float64Array, limit?: number): number[] {
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  const n = scores.length;
  if (limit === undefined || limit >= n) return Array.from({ length: n }, (_, i) => i).sort((a, b) => (better(a, b) ? -1 : 1));
  if (limit <= 0) return [];
  // A min-heap (worst kept hit on top) of the best `limit` seen so far.
  const heap: number[] = [];
  const down = (at: number) => {
    for (;;) {
      const l = at * 2 + 1;
      const r = l + 1;
      let worst = at;
      if (l < heap.length && better(heap[worst]!, heap[l]!)) worst = l;
      if (r < heap.length && better(heap[worst]!, heap[r]!)) worst = r;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  for (let i = 0; i < limit; i++) {
    heap.push(i);
    for (let at = heap.length - 1; at > 0; ) {
      const parent = (at - 1) >> 1;
      if (!better(heap[parent]!, heap[at]!)) break;
      [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
      at = parent;
    }
  }
  // A later hit displaces the worst kept one only by scoring strictly higher: on a tie the earlier stays.
  let floor = scores[heap[0]!]!;
  for (let i = limit; i < n; i++) {
    if (scores[i]! > floor) {
      heap[0] = i;
      down(0);
      floor = scores[heap[0]!]!;
    }
  }
  return heap.sort((a, b) => (better(a, b) ? -1 : 1));
}
