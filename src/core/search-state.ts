import type { Db } from '../store/database.ts';
import { bumpGeneration, readGeneration } from '../store/database.ts';
import {
  INDEX_KINDS,
  TermIndex,
  indexFromMiniSearchJson,
  indexFromParts,
  newIndex,
  type IndexKind,
  type IndexStats,
  type IndexedDoc,
} from '../search/search-index.ts';
import type { DocsByKind, IdsByKind } from '../store/article-writer.ts';

/**
 * The row named after a kind says how many part rows (`quotes#0`, `quotes#1`, …) hold its index,
 * and what an ingest needs to append a part without reading any of them.
 */
interface StoredHeader {
  format: 'parts-1';
  parts: number;
  stats?: IndexStats;
}

// Appending a part per ingest keeps writes small; past this many, the next write of a loaded index
// stores it whole again, so a restart never reads a long tail of small parts.
const MAX_PARTS = 32;

/**
 * The in-memory search indexes and the database generation they reflect. Another process (an admin's
 * `ainews ingest`) bumps the generation; the next query here sees the change and reloads, so every
 * query answers from one committed state.
 */
export class SearchState {
  private loaded = new Map<IndexKind, TermIndex>();
  private generation = -1;

  constructor(private readonly db: Db) {}

  /** The index of one kind, loaded on first use so a restart answers its first question without loading the others. */
  index(kind: IndexKind): TermIndex {
    this.checkGeneration();
    let index = this.loaded.get(kind);
    if (!index) {
      index = this.load(kind);
      this.loaded.set(kind, index);
    }
    return index;
  }

  /**
   * Starts the index changes of one write: documents are indexed as they are added, so an ingest
   * indexes each article while the next ones are extracted, and commit() stores the changes. Call
   * inside the write transaction.
   */
  change(): IndexChange {
    this.checkGeneration();
    return new IndexChange(this);
  }

  /**
   * The index a write adds to: the loaded one, or for an index nobody has loaded, one that only
   * collects the new documents, to be stored as one more part without reading the stored ones.
   * An old single-JSON index, or parts stored without their stats, are loaded once instead.
   */
  target(kind: IndexKind): { index: TermIndex; appending: boolean } {
    const loaded = this.loaded.get(kind);
    if (loaded) return { index: loaded, appending: false };
    const header = this.header(kind);
    if (header === null || (header.parts > 0 && !header.stats)) return { index: this.index(kind), appending: false };
    return { index: newIndex(header.stats), appending: true };
  }

  /** Stores what a write changed in one kind's index, and (once per write) tells other processes. */
  storeChange(kind: IndexKind, index: TermIndex, appending: boolean): void {
    const header = this.header(kind);
    if (!appending) return this.store(kind, index, header);
    if (!header || !index.hasChanges()) return;
    this.writePart(kind, header.parts, index.deltaPart());
    this.writeHeader(kind, header.parts + 1, index.stats());
  }

  changed(): void {
    this.generation = bumpGeneration(this.db);
  }

  /**
   * Replaces every index with fresh ones built from the given documents (an iterator over rows is
   * enough, so a large library need not hold every text at once). Call inside the write transaction.
   */
  replace(docs: Record<IndexKind, Iterable<IndexedDoc>>): void {
    for (const kind of INDEX_KINDS) {
      const fresh = newIndex();
      fresh.addAll(docs[kind]);
      this.loaded.set(kind, fresh);
      this.storeWhole(kind, fresh);
    }
    this.generation = bumpGeneration(this.db);
  }

  /** After a failed transaction the in-memory indexes may hold changes the database rolled back. */
  forget(): void {
    this.loaded.clear();
    this.generation = -1;
  }

  sizeInBytes(): number {
    const row = this.db.prepare('SELECT coalesce(sum(length(json)), 0) AS bytes FROM search_index').get() as { bytes: number };
    return row.bytes;
  }

  private checkGeneration(): void {
    const generation = readGeneration(this.db);
    if (generation !== this.generation) {
      this.loaded.clear();
      this.generation = generation;
    }
  }

  private load(kind: IndexKind): TermIndex {
    const row = this.db.prepare('SELECT json FROM search_index WHERE kind = ?').get(kind) as { json: string } | undefined;
    if (!row) return newIndex();
    const header = JSON.parse(row.json) as Partial<StoredHeader>;
    if (header.format !== 'parts-1') return indexFromMiniSearchJson(row.json);
    return indexFromParts(Array.from({ length: header.parts ?? 0 }, (_, i) => this.part(kind, i)));
  }

  /** The stored header, or null when the kind is stored in the old single-JSON form (or not at all). */
  private header(kind: IndexKind): StoredHeader | null {
    // An old index is one large JSON text, not worth parsing to learn that it is not a header.
    const row = this.db
      .prepare('SELECT CASE WHEN length(json) < 4096 THEN json END AS json FROM search_index WHERE kind = ?')
      .get(kind) as { json: string | null } | undefined;
    if (!row) return { format: 'parts-1', parts: 0 };
    if (row.json === null) return null;
    const header = JSON.parse(row.json) as Partial<StoredHeader>;
    return header.format === 'parts-1' ? (header as StoredHeader) : null;
  }

  private store(kind: IndexKind, index: TermIndex, header: StoredHeader | null): void {
    if (header === null || header.parts === 0 || header.parts >= MAX_PARTS) {
      this.storeWhole(kind, index);
    } else if (index.hasChanges()) {
      this.writePart(kind, header.parts, index.deltaPart());
      this.writeHeader(kind, header.parts + 1, index.stats());
    }
  }

  private storeWhole(kind: IndexKind, index: TermIndex): void {
    this.db.prepare('DELETE FROM search_index WHERE kind LIKE ?').run(`${kind}#%`);
    this.writePart(kind, 0, index.fullPart());
    this.writeHeader(kind, 1, index.stats());
  }

  private part(kind: IndexKind, i: number): Uint8Array {
    const row = this.db.prepare('SELECT json FROM search_index WHERE kind = ?').get(`${kind}#${i}`) as { json: Uint8Array } | undefined;
    if (!row) throw new Error(`search index part ${kind}#${i} is missing; run ainews reindex`);
    return row.json;
  }

  private writePart(kind: IndexKind, i: number, bytes: Uint8Array): void {
    this.save(`${kind}#${i}`, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  private writeHeader(kind: IndexKind, parts: number, stats: IndexStats): void {
    const header: StoredHeader = { format: 'parts-1', parts, stats };
    this.save(kind, JSON.stringify(header));
  }

  private save(key: string, value: string | Buffer): void {
    this.db.prepare('INSERT INTO search_index (kind, json) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET json = excluded.json').run(key, value);
  }
}

/** The index changes of one write transaction (see SearchState.change). */
export class IndexChange {
  private readonly targets = new Map<IndexKind, { index: TermIndex; appending: boolean; added: IndexedDoc[] }>();

  constructor(private readonly state: SearchState) {}

  add(docs: DocsByKind): void {
    for (const kind of INDEX_KINDS) {
      if (docs[kind].length === 0) continue;
      const target = this.target(kind);
      target.index.addAll(docs[kind]);
      if (target.appending) target.added.push(...docs[kind]);
    }
  }

  /** Documents of stored articles that leave the index. Finding them needs the whole index, so it is loaded. */
  remove(ids: IdsByKind): void {
    for (const kind of INDEX_KINDS) {
      if (ids[kind].length === 0) continue;
      let target = this.target(kind);
      if (target.appending) {
        // Rare (an article changed within a large ingest): what was collected moves to the loaded index.
        target = { index: this.state.index(kind), appending: false, added: [] };
        target.index.addAll(this.targets.get(kind)!.added);
        this.targets.set(kind, target);
      }
      for (const id of ids[kind]) target.index.discard(id);
    }
  }

  /** Documents added earlier in this write that leave again (a second upload of the same name). */
  withdraw(ids: IdsByKind): void {
    for (const kind of INDEX_KINDS) {
      if (ids[kind].length === 0) continue;
      const target = this.target(kind);
      for (const id of ids[kind]) target.index.discard(id);
      const gone = new Set(ids[kind]);
      target.added = target.added.filter((doc) => !gone.has(doc.id));
    }
  }

  commit(): void {
    for (const [kind, { index, appending }] of this.targets) this.state.storeChange(kind, index, appending);
    this.state.changed();
  }

  private target(kind: IndexKind): { index: TermIndex; appending: boolean; added: IndexedDoc[] } {
    let target = this.targets.get(kind);
    if (!target) this.targets.set(kind, (target = { ...this.state.target(kind), added: [] }));
    return target;
  }
}
