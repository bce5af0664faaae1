import { readGeneration, type Db } from '../store/database.ts';
import type { Candidate } from '../store/read-results.ts';
import { foldForMatch } from '../search/terms.ts';

/** A candidate as ranking reads it: its row, and its text folded for the word-for-word test. */
export type Ranked<R extends Candidate> = R & { folded: string };

/** A candidate as kept: ranked, and whatever else its command works out once per row. */
export function ranked<R extends Candidate>(row: R): Ranked<R> {
  return { ...row, folded: foldForMatch(row.text) };
}

// Enough for the windows that common words are answered from (the newest few thousand documents of
// each kind, see SEARCH_WINDOW) several times over; about 10 MB of quotes or claims.
const CAPACITY = 20_000;

/**
 * The rows ranking reads for search hits, kept between answers. Searches read the newest documents
 * first, so most answers rank rows an earlier one already read; reading and folding a hundred rows
 * was most of an answer's time. Any write that changes the library bumps its generation,
 * which empties the cache (a new row may reuse a deleted one's id).
 */
export class CandidateCache<R extends Candidate, K extends Ranked<R> = Ranked<R>> {
  private readonly libraries = new WeakMap<Db, { generation: number; rows: Map<number, K> }>();

  constructor(
    private readonly read: (db: Db, ids: number[]) => Map<number, R>,
    /** What is kept of a row read, worked out once; `ranked` or more. */
    private readonly keep: (row: R) => K = ranked as (row: R) => K,
    private readonly capacity = CAPACITY,
  ) {}

  /** The candidates with these ids (those that exist), read from the database only when not kept. */
  get(db: Db, ids: number[]): Map<number, K> {
    const generation = readGeneration(db);
    let kept = this.libraries.get(db);
    if (kept?.generation !== generation) this.libraries.set(db, (kept = { generation, rows: new Map() }));
    const { rows } = kept;
    const found = new Map<number, K>();
    const missing: number[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (row) found.set(id, row);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    for (const [id, row] of this.read(db, missing)) {
      const entry = this.keep(row);
      found.set(id, entry);
      rows.set(id, entry);
    }
    // The oldest kept rows go first: a Map iterates in insertion order.
    for (const id of rows.keys()) {
      if (rows.size <= this.capacity) break;
      rows.delete(id);
    }
    return found;
  }
}
