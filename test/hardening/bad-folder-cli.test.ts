// Issue 7, "Done when": `ainews ingest` on a folder of bad files next to the five seed articles
// names each bad file with its reason, exits 3 (some files failed), and the seeds still answer.

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';
import { SEED_ARTICLES } from '../helpers/temp-library.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ainews-bad-folder-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Each bad file with the reason the report must give for it. */
const BAD: Record<string, { bytes: Buffer | null; reason: RegExp }> = {
  'latin1.txt': { bytes: Buffer.concat([utf8('Caf'), Buffer.from([0xe9]), utf8(' prices rose.')]), reason: /not valid UTF-8 \(byte 0xe9 at offset 3\)/ },
  'image.txt': { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), reason: /binary file \(PNG image\)/ },
  'nul.md': { bytes: Buffer.concat([utf8('Some text'), Buffer.from([0]), utf8('more')]), reason: /binary file \(NUL byte/ },
  'empty.txt': { bytes: Buffer.alloc(0), reason: /empty file/ },
  'blank.txt': { bytes: utf8(' \n\t\n  '), reason: /empty file \(only whitespace\)/ },
  // Written sparse below: 50 MB on paper, refused by its size before a byte is read.
  'huge.txt': { bytes: null, reason: /file too large \(50\.0 MB; the limit is 10\.0 MB\)/ },
  'feed.jsonl': {
    bytes: utf8([JSON.stringify({ title: 'Good line', text: 'A good JSONL record about chips.' }), '{"title": broken'].join('\n')),
    reason: /line 2: invalid JSON/,
  },
  'no-text.html': { bytes: utf8('<html><head><script>alert(1)</script></head><body><img src=x></body></html>'), reason: /^no text found$/ },
  'slides.pdf': { bytes: utf8('%PDF-1.7'), reason: /unsupported file type \.pdf/ },
};

it('ainews ingest names every bad file with its reason, exits 3, and /who said sputnik still answers Marc Andreessen', () => {
  const folder = join(dir, 'articles');
  copyDir(SEED_ARTICLES, folder);
  for (const [name, { bytes }] of Object.entries(BAD)) {
    writeFileSync(join(folder, name), bytes ?? '');
    if (bytes === null) truncateSync(join(folder, name), 50 * 1024 * 1024);
  }
  const dbPath = join(dir, 'ainews.db');

  const { status, stdout } = runCli(['ingest', '--db', dbPath, folder]);
  expect(status).toBe(3);
  const failed = new Map(
    stdout
      .split('\n')
      .filter((line) => line.startsWith('  failed: '))
      .map((line) => {
        const [file, ...reason] = line.slice('  failed: '.length).split(': ');
        return [file!.slice(folder.length + 1), reason.join(': ')] as const;
      }),
  );
  for (const [name, { reason }] of Object.entries(BAD)) expect(failed.get(name), name).toMatch(reason);
  expect([...failed.keys()].sort()).toEqual(Object.keys(BAD).sort());
  expect(stdout).toMatch(/^Ingest: 6 added, 0 updated, 0 unchanged, 9 failed/);

  const ask = runCli(['ask', '--json', '--db', dbPath, '/who said sputnik', '/sources']);
  expect(ask.status).toBe(0);
  const [who, sources] = ask.stdout.trim().split('\n').map((line) => JSON.parse(line) as { results: { speaker: string | null; source: { file: string } }[] });
  expect(who!.results[0]!.speaker).toBe('Marc Andreessen');
  expect(who!.results[0]!.source.file).toBe('001_a2296ed6b475fcd6.txt');
  expect(sources!.results.map((r) => r.source.file).sort()).toEqual([...readdirSync(SEED_ARTICLES).filter((f) => f.endsWith('.txt')), 'feed.jsonl#1'].sort());
});

function copyDir(from: string, to: string): void {
  mkdirSync(to);
  for (const name of readdirSync(from)) copyFileSync(join(from, name), join(to, name));
}
