import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, tempLibrary } from '../helpers/temp-library.ts';
import { CandidateCache, ranked } from '../../src/core/candidate-cache.ts';
import { quoteCandidates } from '../../src/store/read-results.ts';

const disposers: (() => void)[] = [];
afterEach(() => disposers.splice(0).forEach((dispose) => dispose()));

const story = (quote: string, speaker: string) =>
  `Harbor Robotics shipped its first arm on Monday.\n\n"${quote}," ${speaker}, chief executive of Harbor Robotics, said.`;

describe('CandidateCache', () => {
  it('gives the rows as stored now after an ingest, even when a new row takes a deleted row’s id', async () => {
    const lib = tempLibrary({ seed: false });
    disposers.push(lib.dispose);
    const file = join(lib.dir, 'arm.txt');
    writeFileSync(file, story('The arm is ready for factories', 'Jane Roe'));
    lib.library.ingestPaths([file]);
    const cache = new CandidateCache(quoteCandidates);
    const [id] = lib.library.db.prepare('SELECT id FROM quotes').pluck().all() as number[];
    expect(cache.get(lib.library.db, [id!]).get(id!)).toMatchObject({ text: 'The arm is ready for factories', folded: 'the arm is ready for factories', named: 1 });

    writeFileSync(file, story('The arm is not ready yet', 'Someone at the company'));
    lib.library.ingestPaths([file]);
    expect(lib.library.db.prepare('SELECT id FROM quotes').pluck().all()).toEqual([id]);
    expect(cache.get(lib.library.db, [id!]).get(id!)).toMatchObject({ text: 'The arm is not ready yet' });
    expect((await ask(lib.library, '/who said arm ready')).results.map((r) => r.text)).toEqual(['The arm is not ready yet']);
  });

  it('returns every row asked for, also more than it keeps, and reads again what it let go', () => {
    const lib = tempLibrary();
    disposers.push(lib.dispose);
    const ids = lib.library.db.prepare('SELECT id FROM quotes ORDER BY id LIMIT 5').pluck().all() as number[];
    let reads = 0;
    const cache = new CandidateCache((db, wanted) => {
      reads += wanted.length;
      return quoteCandidates(db, wanted);
    }, ranked, 2);
    expect([...cache.get(lib.library.db, ids).keys()].sort((a, b) => a - b)).toEqual(ids);
    expect(reads).toBe(5);
    cache.get(lib.library.db, ids.slice(3));
    expect(reads).toBe(5);
    cache.get(lib.library.db, ids.slice(0, 1));
    expect(reads).toBe(6);
    expect(cache.get(lib.library.db, [-1]).size).toBe(0);
  });
});
