import type { Statement } from 'better-sqlite3';
import type { Db } from './database.ts';

// Preparing a statement costs more than running a small one, and ingest runs the same few
// statements for every article, paragraph and quote; each connection keeps the ones it has made.
const statements = new WeakMap<Db, Map<string, Statement>>();

/** `db.prepare(sql)`, made once per connection. */
export function prepared(db: Db, sql: string): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare(sql)));
  return statement;
}
