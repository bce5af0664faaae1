// Issue 7, item 5: a reindex in another process shows each query here the library before it or
// after it, never a mix.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../src/core/library.ts';
import { ask, SEED_ARTICLES } from '../helpers/temp-library.ts';

const ROUNDS = 30;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ainews-reindex-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a reindex in another process while this one answers', () => {
  // Each reads the index, then the rows its hits name: a commit between the two would mix states.
  const QUESTIONS = ['/who said sputnik', '/who said wake-up call', '/search export controls', '/claim chips'];

  /** What a person would see for each question: who, what and where. */
  async function answers(library: Library): Promise<string[]> {
    const seen: string[] = [];
    for (const question of QUESTIONS) {
      const answer = await ask(library, question);
      seen.push(JSON.stringify([answer.message ?? '', answer.results.map((r) => [r.speaker, r.text, r.source.file, r.source.paragraph])]));
    }
    return seen;
  }

  /**
   * The old state: the seed articles as an older extractor left them, with no speakers found and,
   * because one article was updated since, with quote ids that a reindex renumbers.
   */
  function oldState(): string {
    const folder = join(dir, 'seeds');
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder);
    for (const name of readdirSync(SEED_ARTICLES)) copyFileSync(join(SEED_ARTICLES, name), join(folder, name));
    const dbPath = join(dir, 'old.db');
    const library = Library.open({ dbPath });
    library.ingestPaths([folder]);
    const first = join(folder, '000_e65aeb47de618ace.txt');
    // Before the comment section that ends this article, which the cleaner drops.
    writeFileSync(first, readFileSync(first, 'utf8').replace('\n', '\nAnalysts said on Tuesday that the company would publish more details about its training costs next month.\n'));
    expect(library.ingestPaths([folder]).updated).toEqual(['000_e65aeb47de618ace.txt']);
    library.db.exec('UPDATE quotes SET speaker = NULL, person_id = NULL; UPDATE claims SET claimant = NULL, person_id = NULL');
    library.db.pragma('wal_checkpoint(TRUNCATE)');
    library.close();
    return dbPath;
  }

  it('shows every query the old state or the new one, never a mix', async () => {
    const template = oldState();
    const reindexer = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'reindex-process.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
    const done = createInterface({ input: reindexer.stdout! })[Symbol.asyncIterator]();
    let before: string[] = [];
    let after: string[] = [];
    const mixed: string[] = [];
    let during = 0;
    try {
      // Many rounds, each from a fresh copy of the old state, so some commit surely lands mid-query.
      for (let round = 0; round < ROUNDS; round++) {
        const dbPath = join(dir, `reindex-${round}.db`);
        copyFileSync(template, dbPath);
        const library = Library.open({ dbPath });
        try {
          before = await answers(library);
          let finished = false;
          const reindexed = done.next().then(() => (finished = true));
          reindexer.stdin!.write(`${dbPath}\n`);
          const seen: string[][] = [];
          while (!finished) {
            // Back to back, so the other process's commit lands inside a query; then a yield to hear it finish.
            for (let i = 0; i < 20; i++) seen.push(await answers(library));
            await new Promise((resolve) => setImmediate(resolve));
          }
          await reindexed;
          after = await answers(library);
          during += seen.length;
          for (const answered of seen) {
            answered.forEach((answer, i) => {
              if (answer !== before[i] && answer !== after[i]) mixed.push(`${QUESTIONS[i]}: ${answer}`);
            });
          }
        } finally {
          library.close();
        }
      }
    } finally {
      reindexer.stdin!.end();
    }
    expect(after).not.toEqual(before);
    expect(after[0]).toContain('Marc Andreessen');
    expect(before[0]).not.toContain('Marc Andreessen');
    expect(mixed).toEqual([]);
    expect(during).toBeGreaterThan(ROUNDS);
  }, 60_000);
});
