import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MIGRATIONS } from './migrations.ts';

export type Db = Database.Database;

/** How long a writer waits for another process's lock before SQLite reports SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5000;
/**
 * SQLite's own page cache, in KiB (negative, as the pragma takes it). Answers read rows scattered
 * over a large file; pages kept in the process stay warm where the operating system's file cache,
 * on a VM that reclaims idle memory, does not. 2 MB by default.
 */
const CACHE_KIB = 65_536;

export function openDatabase(file: string, opts: { readonly?: boolean; busyTimeoutMs?: number } = {}): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { readonly: opts.readonly ?? false });
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS}`);
  db.pragma(`cache_size = -${CACHE_KIB}`);
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the last commit.
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }
  db.pragma('foreign_keys = ON');
  return db;
}

function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new Error(`database schema version ${current} is newer than this ainews knows (${MIGRATIONS.length}); upgrade ainews`);
  }
  for (let version = current; version < MIGRATIONS.length; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version]!);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}

/** Bumped by every write that changes what queries see, so other processes know to reload. */
export function readGeneration(db: Db): number {
  const row = db.prepare(`SELECT value FROM meta WHERE key = 'generation'`).get() as { value: string };
  return Number(row.value);
}

export function bumpGeneration(db: Db): number {
  db.prepare(`UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'`).run();
  return readGeneration(db);
}
