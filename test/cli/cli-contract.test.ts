import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { runCli } from '../helpers/run-cli.ts';
import { SEED_ARTICLES } from '../helpers/temp-library.ts';

// The JSON answer exactly as ../shared/docs/cli-contract.md describes it.
const sourceSchema = z.object({
  id: z.string(),
  file: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  url: z.string().nullable(),
  paragraph: z.number().int().positive().nullable(),
});
const answerSchema = z.object({
  command: z.string(),
  query: z.string(),
  results: z.array(z.object({ text: z.string().min(1), excerpt: z.string(), speaker: z.string().nullable(), source: sourceSchema })),
  message: z.string().optional(),
});

let dir: string;
let db: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ainews-cli-'));
  db = join(dir, 'cli.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function jsonLines(stdout: string): unknown[] {
  return stdout.trim().split('\n').map((line) => JSON.parse(line));
}

describe('ainews ask', () => {
  it('fills a new database from the bundled articles and answers /who said sputnik with Marc Andreessen', () => {
    const { status, stdout } = runCli(['ask', '--json', '--db', db, '/who said sputnik']);
    expect(status).toBe(0);
    const [answer] = jsonLines(stdout).map((a) => answerSchema.parse(a));
    expect(answer!.command).toBe('who-said');
    const top = answer!.results[0]!;
    expect(top.speaker).toBe('Marc Andreessen');
    expect(top.source.file).toBe('001_a2296ed6b475fcd6.txt');
    expect(top.text).toMatch(/Sputnik moment/);
    const article = readFileSync(join(SEED_ARTICLES, top.source.file), 'utf8');
    expect(article).toContain(top.text);
    expect(article).toContain(top.excerpt);
  });

  it('prints exactly one JSON object per command, in order, and nothing else', () => {
    const { status, stdout } = runCli(['ask', '--json', '--db', db, '/sources', 'who said wake-up call', '/claim chips', '/help']);
    expect(status).toBe(0);
    const answers = jsonLines(stdout).map((a) => answerSchema.parse(a));
    expect(answers.map((a) => a.command)).toEqual(['sources', 'who-said', 'claim', 'help']);
    expect(answers[0]!.results).toHaveLength(5);
  });

  it('answers a question nothing matches with no results and a message, exit 0', () => {
    const { status, stdout } = runCli(['ask', '--json', '--db', db, '/who said banana bread']);
    expect(status).toBe(0);
    const answer = answerSchema.parse(jsonLines(stdout)[0]);
    expect(answer.results).toEqual([]);
    expect(answer.message).toMatch(/banana bread/);
  });

  it('prints what a person reads without --json: the speaker, the quote and the source', () => {
    const { status, stdout } = runCli(['ask', '--db', db, '/who said sputnik']);
    expect(status).toBe(0);
    expect(stdout).toContain('Marc Andreessen: “AI’s Sputnik moment”');
    expect(stdout).toContain('001_a2296ed6b475fcd6.txt, paragraph');
  });

  it('exits 2 with a usage line for an unknown command or a missing argument', () => {
    const unknown = runCli(['ask', '--db', db, '/weather']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown command “weather”');
    expect(unknown.stderr).toContain('/who said <phrase>');
    const missing = runCli(['ask', '--db', db, '/who said']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/who said.*quote/);
    expect(runCli(['frobnicate']).status).toBe(2);
    expect(runCli(['ask', '--db', db]).status).toBe(2);
  });
});

describe('ainews ingest', () => {
  it('reports added, unchanged, updated and failed files, exits 3 on a failure and keeps what was stored', () => {
    const folder = join(dir, 'articles');
    mkdirSync(folder);
    const own = join(dir, 'own.db');
    copyFileSync(join(SEED_ARTICLES, '001_a2296ed6b475fcd6.txt'), join(folder, 'a.txt'));
    writeFileSync(join(folder, 'broken.txt'), Buffer.from([0x66, 0x6f, 0xff, 0xfe, 0x6f, 0x0a]));
    const first = runCli(['ingest', '--json', '--db', own, folder]);
    expect(first.status).toBe(3);
    const report = JSON.parse(first.stdout) as { added: string[]; failed: { file: string; reason: string }[] };
    expect(report.added).toEqual(['a.txt']);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.file).toContain('broken.txt');
    expect(report.failed[0]!.reason).toMatch(/UTF-8/i);

    rmSync(join(folder, 'broken.txt'));
    const again = runCli(['ingest', '--json', '--db', own, folder]);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: [], updated: [], unchanged: ['a.txt'], failed: [] });

    writeFileSync(join(folder, 'a.txt'), `${readFileSync(join(folder, 'a.txt'), 'utf8')}\n\nOne more paragraph about chips and cost.\n`);
    const changed = runCli(['ingest', '--db', own, folder]);
    expect(changed.status).toBe(0);
    expect(changed.stdout).toContain('1 updated');

    const answer = answerSchema.parse(jsonLines(runCli(['ask', '--json', '--db', own, '/who said sputnik']).stdout)[0]);
    expect(answer.results[0]!.speaker).toBe('Marc Andreessen');
    const sources = answerSchema.parse(jsonLines(runCli(['ask', '--json', '--db', own, '/sources']).stdout)[0]);
    expect(sources.results.map((r) => r.source.file)).toEqual(['a.txt']);
  });

  it('exits 2 when given no path', () => {
    expect(runCli(['ingest', '--db', join(dir, 'x.db')]).status).toBe(2);
  });
});

describe('ainews reindex and the console', () => {
  it('rebuilds and still answers the same', () => {
    const { status, stdout } = runCli(['reindex', '--db', db]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Reindexed 5 articles: \d+ quotes, \d+ claims/);
    const answer = answerSchema.parse(jsonLines(runCli(['ask', '--json', '--db', db, '/who said sputnik']).stdout)[0]);
    expect(answer.results[0]!.speaker).toBe('Marc Andreessen');
  });

  it('npm start with no platform configured answers one command per line from a pipe', () => {
    const { status, stdout } = runCli(['start'], { env: { AINEWS_DB: db }, input: '/who said sputnik\n/nonsense\n' });
    expect(status).toBe(0);
    expect(stdout).toContain('Marc Andreessen');
    expect(stdout).toContain('Unknown command “nonsense”');
  });
});
