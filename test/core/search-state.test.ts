import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import { Library } from '../../src/core/library.ts';
import { whoSaid } from '../../src/core/who-said.ts';
import { findClaims } from '../../src/core/find-claims.ts';
import { searchPassages } from '../../src/core/search-passages.ts';
import { normalizeTerm, tokenize } from '../../src/search/terms.ts';
import { buildCast } from '../../bench/cast.ts';
import { generateArticle } from '../../bench/article-text.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folderOf(articles: number[], seed = 9): string {
  const dir = mkdtempSync(join(tmpdir(), 'ainews-state-'));
  dirs.push(dir);
  const cast = buildCast(seed);
  for (const i of articles) {
    const file = generateArticle(cast, seed, i);
    writeFileSync(join(dir, file.name), file.content);
  }
  return dir;
}

const QUESTIONS = ['sputnik moment', 'arms race', 'nobody expected', 'gold rush', 'wake-up call', 'numbrs'];

/** What a user would see from every index: speakers and texts of quotes, claims and passages. */
function answers(library: Library): unknown[] {
  return QUESTIONS.flatMap((q) => [
    whoSaid(library, q, 10).map((r) => [r.speaker, r.text]),
    findClaims(library, q, 10).results.map((r) => r.text),
    searchPassages(library, q, 10).map((r) => r.text),
  ]);
}

describe('SearchState', () => {
  it('answers after ingests appended as parts exactly as after a rebuild of every index', () => {
    const dbPath = join(folderOf([]), 'lib.db');
    const library = Library.open({ dbPath });
    try {
      // Three ingests, none of which loads an index: each appends a part.
      for (const batch of [[0, 1, 2, 3], [4, 5, 6], [7, 8, 9, 10, 11]]) library.ingestPaths([folderOf(batch)]);
      const parts = library.db.prepare(`SELECT count(*) AS n FROM search_index WHERE kind LIKE 'quotes#%'`).get() as { n: number };
      expect(parts.n).toBe(3);
      const appended = answers(library);
      expect(appended.flat().length).toBeGreaterThan(20);
      library.reindex();
      expect(answers(library)).toEqual(appended);
    } finally {
      library.close();
    }
  });

  it('shows another process’s ingest and an updated article’s new text, never the old one', () => {
    const folder = folderOf([0, 1, 2]);
    const dbPath = join(folder, 'lib.db');
    const writer = Library.open({ dbPath });
    const reader = Library.open({ dbPath });
    try {
      writer.ingestPaths([folder]);
      const before = whoSaid(reader, 'arms race', 50).length;
      writer.ingestPaths([folderOf([3, 4, 5, 6, 7, 8])]);
      expect(whoSaid(reader, 'arms race', 50).length).toBeGreaterThan(before);

      // The reader has its index loaded; its own ingest of a changed file removes the old quotes.
      const changed = join(folder, 'changed');
      mkdirSync(changed);
      writeFileSync(join(changed, 'a000000.txt'), 'Zebra Headline Here\nBy Maria Hartwell\n“The zanzibar moment has come,” said Maria Hartwell, chief executive at Nimbus AI.\n');
      reader.ingestPaths([changed]);
      expect(whoSaid(reader, 'zanzibar', 5).map((r) => r.speaker)).toEqual(['Maria Hartwell']);
      expect(whoSaid(writer, 'zanzibar', 5).map((r) => r.speaker)).toEqual(['Maria Hartwell']);
      const again = Library.open({ dbPath });
      try {
        expect(answers(again)).toEqual(answers(writer));
      } finally {
        again.close();
      }
    } finally {
      writer.close();
      reader.close();
    }
  });

  it('reads an index stored by earlier versions as MiniSearch JSON and stores it as parts at the next ingest', () => {
    const dbPath = join(folderOf([]), 'lib.db');
    const library = Library.open({ dbPath });
    try {
      library.ingestPaths([folderOf([0, 1, 2, 3])]);
      const expected = answers(library);
      // Rewrite the stored indexes in the old form: one MiniSearch JSON text per kind.
      const docs = {
        quotes: library.db.prepare('SELECT id, text FROM quotes').all(),
        claims: library.db.prepare(`SELECT id, CASE WHEN claimant IS NULL THEN text ELSE text || ' ' || claimant END AS text FROM claims`).all(),
        passages: library.db.prepare('SELECT id, text FROM paragraphs').all(),
      } as Record<string, { id: number; text: string }[]>;
      library.db.exec(`DELETE FROM search_index; UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'`);
      for (const [kind, list] of Object.entries(docs)) {
        const index = new MiniSearch({ fields: ['text'], storeFields: [], tokenize, processTerm: (t) => normalizeTerm(t) });
        index.addAll(list);
        library.db.prepare('INSERT INTO search_index (kind, json) VALUES (?, ?)').run(kind, JSON.stringify(index));
      }
      expect(answers(library)).toEqual(expected);
      library.ingestPaths([folderOf([4, 5])]);
      const kinds = library.db.prepare(`SELECT kind FROM search_index ORDER BY kind`).all() as { kind: string }[];
      expect(kinds.map((k) => k.kind)).toContain('quotes#0');
      expect(answers(library).flat().length).toBeGreaterThanOrEqual(expected.flat().length);
    } finally {
      library.close();
    }
  });
});
