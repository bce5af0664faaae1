import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { buildCast } from '../../bench/cast.ts';
import { buildQueries } from '../../bench/queries.ts';
import { Library } from '../../src/core/library.ts';
import { answerText } from '../../src/core/run-command.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ainews-bench-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const batch of readdirSync(dir).filter((d) => !d.startsWith('.')).sort()) {
    for (const name of readdirSync(join(dir, batch)).sort()) files.set(name, readFileSync(join(dir, batch, name), 'utf8'));
  }
  return files;
}

describe('bench corpus generator', () => {
  it('writes the same bytes for the same seed and different ones for another seed', () => {
    const a = filesOf(generateCorpus({ dir: tempDir(), articles: 30, seed: 7 }).dir);
    const b = filesOf(generateCorpus({ dir: tempDir(), articles: 30, seed: 7 }).dir);
    const c = filesOf(generateCorpus({ dir: tempDir(), articles: 30, seed: 8 }).dir);
    expect(a.size).toBe(30);
    expect([...a.entries()]).toEqual([...b.entries()]);
    expect([...a.values()].join('')).not.toEqual([...c.values()].join(''));
    expect([...a.keys()].some((n) => n.endsWith('.txt'))).toBe(true);
  });

  it('writes articles of 300 to 1,200 words with a headline, byline and boilerplate to clean', () => {
    const files = filesOf(generateCorpus({ dir: tempDir(), articles: 60, seed: 3 }).dir);
    const txt = [...files.entries()].filter(([name]) => name.endsWith('.txt')).map(([, text]) => text);
    for (const text of txt) {
      const lines = text.split('\n');
      expect(lines[1]).toMatch(/^By \p{Lu}\p{L}+ \p{Lu}\p{L}+$/u);
      const words = lines.slice(3).join(' ').split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1400);
    }
    expect(txt.some((t) => /^(Advertisement|Subscribe to our newsletter|Share this article)$/m.test(t))).toBe(true);
  });

  it('ingests every file, drops the boilerplate, and finds quotes with their speakers', async () => {
    const corpus = generateCorpus({ dir: tempDir(), articles: 40, seed: 11 });
    const library = Library.open({ dbPath: join(tempDir(), 'bench.db') });
    try {
      const report = library.ingestPaths(corpus.batches);
      expect(report.failed).toEqual([]);
      expect(report.added).toHaveLength(40);
      const count = (sql: string) => (library.db.prepare(sql).get() as { n: number }).n;
      expect(count(`SELECT count(*) AS n FROM paragraphs WHERE text IN ('Advertisement', 'Share this article')`)).toBe(0);
      expect(count('SELECT count(*) AS n FROM quotes WHERE speaker IS NOT NULL')).toBeGreaterThan(100);
      expect(count('SELECT count(*) AS n FROM claims')).toBeGreaterThan(40);

      // A speaker named in full in the corpus is found again by /quotes under that name.
      const speaker = (library.db.prepare(`SELECT speaker FROM quotes WHERE speaker LIKE '% %' LIMIT 1`).get() as { speaker: string }).speaker;
      const ctx = { library, user: { id: 'test', platform: 'cli' as const, isAdmin: false } };
      const quotes = await answerText(`/quotes ${speaker}`, ctx);
      expect(quotes.kind === 'answer' && quotes.answer.results.every((r) => r.speaker === speaker)).toBe(true);
      expect(quotes.kind === 'answer' && quotes.answer.results.length).toBeGreaterThan(0);
    } finally {
      library.close();
    }
  });

  it('builds the same query set for the same seed, with every command represented', () => {
    const cast = buildCast(5);
    const a = buildQueries(cast, 5, 50);
    expect(buildQueries(buildCast(5), 5, 50)).toEqual(a);
    expect(new Set(a.map((q) => q.command))).toEqual(new Set(['who-said', 'claim', 'quotes', 'search']));
    expect(a.some((q) => /^\/who said \p{L}$/u.test(q.line))).toBe(true);
  });
});
