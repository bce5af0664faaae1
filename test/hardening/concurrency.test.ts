// Issue 7, item 6: the bot (a Library in this process) and an admin's `ainews ingest` (another
// process) share one database. Reads never wait; a write waits for the other's lock; a write that
// still cannot get it answers "try again" instead of crashing.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/core/library.ts';
import { ask, SEED_ARTICLES } from '../helpers/temp-library.ts';
import { largeFolder, startCli, whileRunning, writeLockHeld } from './cli-child.ts';

const ARTICLES = 300;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ainews-concurrency-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function seededLibrary(name: string, busyTimeoutMs?: number): { library: Library; dbPath: string } {
  const dbPath = join(dir, name);
  const library = Library.open({ dbPath, busyTimeoutMs });
  library.ingestPaths([SEED_ARTICLES]);
  return { library, dbPath };
}

function articleFile(name: string): string {
  const file = join(dir, name);
  writeFileSync(file, 'Lock contention explained\n\n“Waiting a moment beats failing,” said Jane Doe, an engineer at Example Labs.\n');
  return file;
}

describe('the bot and an admin’s ingest in another process', () => {
  it('both work: the bot answers during the ingest, and its own write waits for the lock instead of failing', async () => {
    const folder = largeFolder(join(dir, 'corpus'), ARTICLES);
    // Long enough for the other process's whole ingest, however busy the machine: the point is that it waits.
    const { library, dbPath } = seededLibrary('shared.db', 60_000);
    try {
      const ingest = startCli(['ingest', '--json', '--db', dbPath, folder]);
      expect(await whileRunning(ingest, () => writeLockHeld(dbPath))).toBe(true);

      // Reads go on while the other process holds the write lock.
      const answered = await ask(library, '/who said sputnik');
      expect(answered.results[0]?.speaker).toBe('Marc Andreessen');
      expect(writeLockHeld(dbPath)).toBe(true);

      const own = await ask(library, `/ingest ${articleFile('fresh.txt')}`);
      expect(own.report).toMatchObject({ added: ['fresh.txt'], failed: [] });

      const other = await ingest.exited;
      expect(other.code).toBe(0);
      expect((JSON.parse(other.stdout) as { added: string[] }).added).toHaveLength(ARTICLES);
      expect((await ask(library, '/sources')).results).toHaveLength(5 + ARTICLES + 1);
      expect((await ask(library, '/who said waiting a moment')).results[0]?.speaker).toBe('Jane Doe');
      expect((await ask(library, '/who said sputnik')).results[0]?.speaker).toBe('Marc Andreessen');
    } finally {
      library.close();
    }
  }, 60_000);
});

describe('a write that cannot get the lock within the busy timeout', () => {
  it('answers “try again”, changes nothing, and succeeds once the lock is free', async () => {
    const { library, dbPath } = seededLibrary('held.db', 200);
    const holder = new Database(dbPath);
    try {
      holder.exec('BEGIN IMMEDIATE');
      const file = articleFile('later.txt');

      const busy = await ask(library, `/ingest ${file}`);
      expect(busy.message).toMatch(/busy.*try again/i);
      expect(busy.results).toEqual([]);
      expect((await ask(library, '/who said sputnik')).results[0]?.speaker).toBe('Marc Andreessen');
      expect((await ask(library, '/sources')).results).toHaveLength(5);

      holder.exec('ROLLBACK');
      expect((await ask(library, `/ingest ${file}`)).report).toMatchObject({ added: ['later.txt'] });
      expect((await ask(library, '/who said waiting a moment')).results[0]?.speaker).toBe('Jane Doe');
    } finally {
      if (holder.inTransaction) holder.exec('ROLLBACK');
      holder.close();
      library.close();
    }
  });
});
