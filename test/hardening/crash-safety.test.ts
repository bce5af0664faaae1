// Issue 7, item 5: an ingest killed part-way loses nothing and breaks nothing.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/core/library.ts';
import { ask, SEED_ARTICLES } from '../helpers/temp-library.ts';
import { runCli } from '../helpers/run-cli.ts';
import { largeFolder, sleep, startCli, whileRunning, writeLockHeld } from './cli-child.ts';

const ARTICLES = 300;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ainews-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function integrity(dbPath: string): { check: string; articles: number } {
  const db = new Database(dbPath);
  try {
    const check = db.pragma('integrity_check', { simple: true }) as string;
    const { n } = db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    return { check, articles: n };
  } finally {
    db.close();
  }
}

async function whoSaidSputnik(dbPath: string): Promise<string | null> {
  const library = Library.open({ dbPath });
  try {
    return (await ask(library, '/who said sputnik')).results[0]?.speaker ?? null;
  } finally {
    library.close();
  }
}

describe('an ingest killed with SIGKILL part-way', () => {
  it('leaves the database intact, still answering, and a second run adds every file', async () => {
    const folder = largeFolder(join(dir, 'corpus'), ARTICLES);
    const dbPath = join(dir, 'killed.db');
    expect(runCli(['ingest', '--db', dbPath, SEED_ARTICLES]).status).toBe(0);

    const ingest = startCli(['ingest', '--json', '--db', dbPath, folder]);
    // Killed inside its write transaction: once it holds the write lock, give it time to write pages.
    const writing = await whileRunning(ingest, () => writeLockHeld(dbPath));
    expect(writing, 'the ingest finished before it could be killed; make the folder larger').toBe(true);
    await sleep(300);
    expect(ingest.process.exitCode).toBeNull();
    ingest.process.kill('SIGKILL');
    expect((await ingest.exited).signal).toBe('SIGKILL');

    expect(integrity(dbPath)).toEqual({ check: 'ok', articles: 5 });
    expect(await whoSaidSputnik(dbPath)).toBe('Marc Andreessen');

    const again = runCli(['ingest', '--json', '--db', dbPath, folder]);
    expect(again.status).toBe(0);
    const report = JSON.parse(again.stdout) as { added: string[]; failed: unknown[] };
    expect(report.failed).toEqual([]);
    expect(report.added.sort()).toEqual(readdirSync(folder).sort());
    expect(integrity(dbPath)).toEqual({ check: 'ok', articles: 5 + ARTICLES });
    expect(await whoSaidSputnik(dbPath)).toBe('Marc Andreessen');
  }, 60_000);
});
