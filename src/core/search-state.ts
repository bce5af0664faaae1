import type { Db } from '../store/database.ts';
import { bumpGeneration, readGeneration } from '../store/database.ts';
import { INDEX_KINDS, emptyIndexes, loadIndex, type IndexKind, type Indexes } from '../search/search-index.ts';
import type { DocsByKind, IdsByKind } from '../store/article-writer.ts';
import type MiniSearch from 'minisearch';
import type { IndexedDoc } from '../search/search-index.ts';

/**
 * The in-memory search indexes and the database generation they reflect. Another process (an admin's
 * `ainews ingest`) bumps the generation; the next query here sees the change and reloads, so every
 * query answers from one committed state.
 */
export class SearchState {
  private loaded = new Map<IndexKind, MiniSearch<IndexedDoc>>();
  private generation = -1;

  constructor(private readonly db: Db) {}

  /** The index of one kind, loaded on first use so a restart answers its first question without loading the others. */
  index(kind: IndexKind): MiniSearch<IndexedDoc> {
    const generation = readGeneration(this.db);
    if (generation !== this.generation) {
      this.loaded.clear();
      this.generation = generation;
    }
    let index = this.loaded.get(kind);
    if (!index) {
      const row = this.db.prepare('SELECT json FROM search_index WHERE kind = ?').get(kind) as { json: string } | undefined;
      index = row ? loadIndex(row.json) : emptyIndexes()[kind];
      this.loaded.set(kind, index);
    }
    return index;
  }

  /** Applies removals and additions to every index and persists them. Call inside the write transaction. */
  update(removed: IdsByKind, added: DocsByKind): void {
    for (const kind of INDEX_KINDS) {
      const index = this.index(kind);
      for (const id of removed[kind]) index.discard(id);
      index.addAll(added[kind]);
    }
    this.persist();
  }

  /** Replaces every index with fresh ones built from the given documents. Call inside the write transaction. */
  replace(docs: DocsByKind): void {
    const fresh: Indexes = emptyIndexes();
    for (const kind of INDEX_KINDS) {
      fresh[kind].addAll(docs[kind]);
      this.loaded.set(kind, fresh[kind]);
    }
    this.persist();
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

  private persist(): void {
    const save = this.db.prepare('INSERT INTO search_index (kind, json) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET json = excluded.json');
    for (const kind of INDEX_KINDS) save.run(kind, JSON.stringify(this.index(kind)));
    this.generation = bumpGeneration(this.db);
  }
}
