// An ingest big enough to extract on the worker thread stores and reports exactly what an ingest
// extracting on the main thread does: the same rows in the same order, the same answers.
import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../src/core/library.ts';
import type { IngestReport } from '../../src/core/answer.ts';
import { ask } from '../helpers/temp-library.ts';

const root = join(import.meta.dirname, '../..');
const dirs: string[] = [];
const libraries: Library[] = [];
afterEach(() => {
  libraries.splice(0).forEach((library) => library.close());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ainews-parallel-'));
  dirs.push(dir);
  return dir;
}

/** Seed and eval articles copied into one folder, so a test may edit them. */
function articleFolder(): string {
  const folder = tempDir();
  for (const source of ['data/articles', 'test/eval/articles']) cpSync(join(root, source), folder, { recursive: true });
  return folder;
}

/** The article with one more paragraph after its first lines (its end may be boilerplate that cleaning cuts). */
function withParagraph(text: string, paragraph: string): string {
  const lines = text.split('\n');
  lines.splice(4, 0, '', paragraph, '');
  return lines.join('\n');
}

function open(parallelExtractionFrom: number): Library {
  const library = Library.open({ dbPath: join(tempDir(), 'test.db'), parallelExtractionFrom });
  libraries.push(library);
  return library;
}

const TABLES = {
  articles: 'SELECT id, file, hash, title, outlet, date, url, author FROM articles ORDER BY id',
  paragraphs: 'SELECT * FROM paragraphs ORDER BY id',
  quotes: 'SELECT * FROM quotes ORDER BY id',
  claims: 'SELECT * FROM claims ORDER BY id',
  people: 'SELECT * FROM people ORDER BY id',
  aliases: 'SELECT * FROM aliases ORDER BY person_id, alias',
  mentions: 'SELECT * FROM mentions ORDER BY article_id, person_id',
};

function stored(library: Library): Record<string, unknown[]> {
  return Object.fromEntries(Object.entries(TABLES).map(([table, sql]) => [table, library.db.prepare(sql).all()]));
}

/** Runs the same ingests on a library that extracts on the worker and one that never does. */
function both(ingests: (library: Library) => IngestReport[]): { parallel: Library; serial: Library; reports: IngestReport[] } {
  const parallel = open(1);
  const serial = open(Number.POSITIVE_INFINITY);
  const reports = ingests(parallel);
  expect(reports).toEqual(ingests(serial));
  expect(stored(parallel)).toEqual(stored(serial));
  return { parallel, serial, reports };
}

describe('ingest extracting on a worker thread', () => {
  it('adds, updates and leaves unchanged exactly as extracting in this thread does', async () => {
    const folder = articleFolder();
    const edited = readdirSync(folder).sort()[3]!;
    const original = readFileSync(join(folder, edited), 'utf8');
    const { parallel, serial, reports } = both((library) => {
      writeFileSync(join(folder, edited), original);
      const first = library.ingestPaths([folder]);
      writeFileSync(join(folder, edited), withParagraph(original, '"We are not done yet," Jane Roe, the company\'s chief executive, said on Friday.'));
      return [first, library.ingestPaths([folder])];
    });
    expect(reports[0]!.added.length).toBeGreaterThan(40);
    expect(reports[1]!.updated).toEqual([edited]);
    expect(reports[1]!.unchanged.length).toBe(reports[0]!.added.length - 1);
    for (const query of ['/who said wake-up call', '/quotes Roe', '/claim GPUs']) {
      expect(await ask(parallel, query)).toEqual(await ask(serial, query));
    }
  });

  it('lets the later of two uploads of one name replace the earlier, in the search index too', async () => {
    const original = readFileSync(join(root, 'data/articles', readdirSync(join(root, 'data/articles')).sort()[0]!), 'utf8');
    const changed = Buffer.from(withParagraph(original, '"It changes the whole article," Jane Roe said.'));
    const { parallel, reports } = both((library) => [
      library.ingestFiles([
        { name: 'upload.txt', bytes: Buffer.from(original) },
        { name: 'upload.txt', bytes: changed },
      ]),
    ]);
    expect(reports[0]).toEqual({ added: ['upload.txt'], updated: ['upload.txt'], unchanged: [], failed: [] });
    const alone = open(Number.POSITIVE_INFINITY);
    alone.ingestFiles([{ name: 'upload.txt', bytes: changed }]);
    for (const query of ['/who said changes the whole article', '/search DeepSeek', '/claim GPUs']) {
      const shown = async (library: Library) => (await ask(library, query)).results.map((r) => [r.text, r.speaker]);
      expect(await shown(parallel)).toEqual(await shown(alone));
    }
    expect(await ask(parallel, '/who said changes the whole article')).toMatchObject({ results: [{ speaker: 'Jane Roe' }] });
  });

  it('reports a second file of the same name in one ingest the same way', () => {
    const text = readFileSync(join(root, 'data/articles', readdirSync(join(root, 'data/articles')).sort()[0]!));
    const { reports } = both((library) => [
      library.ingestFiles([
        { name: 'upload.txt', bytes: text },
        { name: 'upload.txt', bytes: text },
        { name: 'other.txt', bytes: Buffer.from(withParagraph(text.toString('utf8'), '"It changes the article," Jane Roe said.')) },
      ]),
    ]);
    expect(reports[0]).toMatchObject({ added: ['upload.txt', 'other.txt'], unchanged: ['upload.txt'], updated: [] });
  });
});
