import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ask, tempLibrary } from '../helpers/temp-library.ts';
import { MIGRATIONS } from '../../src/store/migrations.ts';
import { Library } from '../../src/core/library.ts';
import { quotesByPerson } from '../../src/store/read-results.ts';
import { suggestPeople } from '../../src/core/find-quotes.ts';

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

function article(topic: string): string {
  return [
    `Harbor Robotics unveiled its ${topic} plans on Monday, according to a statement from the company.`,
    `"The first ${topic} result surprised us," Jane Roe, chief scientist at Harbor Robotics, said in an interview.`,
    `Analysts were less certain about the timeline and the price of the ${topic} programme.`,
    `"We will publish the second ${topic} figures next month," Roe said.`,
  ].join('\n\n');
}

describe('quotes of one person', () => {
  it('come newest article first, in text order within an article, undated articles last', async () => {
    const lib = tempLibrary({ seed: false });
    disposers.push(lib.dispose);
    const files = { 'a.txt': ['winter', '2025-01-05'], 'b.txt': ['spring', '2025-03-01'], 'c.txt': ['autumn', null] } as const;
    for (const [file, [topic]] of Object.entries(files)) writeFileSync(join(lib.dir, file), article(topic));
    const meta = Object.fromEntries(Object.entries(files).map(([file, [, date]]) => [file, { date }]));
    writeFileSync(join(lib.dir, 'ainews.meta.json'), JSON.stringify({ files: meta }));
    lib.library.ingestPaths([join(lib.dir, 'a.txt'), join(lib.dir, 'b.txt'), join(lib.dir, 'c.txt')]);

    const answer = await ask(lib.library, '/quotes Roe');
    expect(answer.results.map((r) => [r.source.file, r.text.split(' ')[0]])).toEqual([
      ['b.txt', 'The'],
      ['b.txt', 'We'],
      ['a.txt', 'The'],
      ['a.txt', 'We'],
      ['c.txt', 'The'],
      ['c.txt', 'We'],
    ]);
    expect(new Set(answer.results.map((r) => r.speaker))).toEqual(new Set(['Jane Roe']));
  });

  it('of people who share a surname come merged, newest first, up to the limit, also when the surname is misspelt', async () => {
    const lib = tempLibrary({ seed: false });
    disposers.push(lib.dispose);
    const story = (first: string, topic: string) =>
      [`Harbor Robotics and Pier Labs published ${topic} results on Monday.`,
        `"The ${topic} numbers are real," ${first} Marchetti, an engineer at Harbor Robotics, said.`].join('\n\n');
    const files = {
      'a.txt': ['Anna', 'winter', '2025-01-05'],
      'b.txt': ['Bruno', 'spring', '2025-02-01'],
      'c.txt': ['Anna', 'summer', '2025-03-01'],
      'd.txt': ['Bruno', 'autumn', '2025-04-01'],
    } as const;
    for (const [file, [first, topic]] of Object.entries(files)) writeFileSync(join(lib.dir, file), story(first, topic));
    const meta = Object.fromEntries(Object.entries(files).map(([file, [, , date]]) => [file, { date }]));
    writeFileSync(join(lib.dir, 'ainews.meta.json'), JSON.stringify({ files: meta }));
    lib.library.ingestPaths([lib.dir]);

    const people = (lib.library.db.prepare(`SELECT id FROM people WHERE name LIKE '% Marchetti' ORDER BY name`).pluck().all()) as number[];
    expect(people).toHaveLength(2);
    expect(quotesByPerson(lib.library.db, people, 3).map((q) => [q.file, q.speaker])).toEqual([
      ['d.txt', 'Bruno Marchetti'],
      ['c.txt', 'Anna Marchetti'],
      ['b.txt', 'Bruno Marchetti'],
    ]);
    for (const typed of ['Marchetti', 'Marchetty']) {
      const answer = await ask(lib.library, `/quotes ${typed}`);
      expect(answer.results.map((r) => r.source.file)).toEqual(['d.txt', 'c.txt', 'b.txt', 'a.txt']);
    }
  });

  it('are found, and offered to autocomplete, as soon as an ingest brings the person in', async () => {
    const lib = tempLibrary();
    disposers.push(lib.dispose);
    expect((await ask(lib.library, '/quotes Roe')).results).toEqual([]);
    expect(suggestPeople(lib.library, 'ro')).not.toContain('Jane Roe');
    writeFileSync(join(lib.dir, 'new.txt'), article('summer'));
    lib.library.ingestPaths([join(lib.dir, 'new.txt')]);
    expect((await ask(lib.library, '/quotes Roe')).results.map((r) => r.speaker)).toEqual(['Jane Roe', 'Jane Roe']);
    expect(suggestPeople(lib.library, 'ro')).toContain('Jane Roe');
  });

  it('keep that order in a library written before quotes carried their date', () => {
    const lib = tempLibrary({ seed: false });
    disposers.push(lib.dispose);
    lib.library.close();
    const dbPath = join(lib.dir, 'old.db');
    const old = new Database(dbPath);
    old.exec(MIGRATIONS[0]!);
    old.pragma('user_version = 1');
    old.exec(`INSERT INTO people (id, name, kind) VALUES (7, 'Jane Roe', 'person');
      INSERT INTO articles (id, file, hash, date, ingested_at) VALUES (1, 'old.txt', 'h1', '2024-06-01', 'x'), (2, 'new.txt', 'h2', '2025-02-01', 'x');
      INSERT INTO quotes (article_id, paragraph, start, end, text, excerpt, speaker, person_id) VALUES
        (1, 0, 0, 5, 'older', 'older', 'Jane Roe', 7), (2, 3, 0, 5, 'later', 'later', 'Jane Roe', 7), (2, 1, 0, 5, 'newer', 'newer', 'Jane Roe', 7);`);
    old.close();

    const library = Library.open({ dbPath });
    disposers.push(() => library.close());
    expect(quotesByPerson(library.db, [7], 10).map((q) => q.text)).toEqual(['newer', 'later', 'older']);
    expect(library.db.prepare('SELECT DISTINCT published FROM quotes ORDER BY published').pluck().all()).toEqual(['2024-06-01', '2025-02-01']);
  });
});
