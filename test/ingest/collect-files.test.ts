import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/ingest/collect-files.ts';
import { METADATA_FILE } from '../../src/ingest/metadata-file.ts';
import { readArticles } from '../../src/ingest/parse-article-file.ts';
import { useTempDir } from './temp-dir.ts';

const tempDir = useTempDir();

function tree(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('collectFiles', () => {
  it('walks folders recursively in sorted order, skipping dotfiles, dot-folders and the metadata file', () => {
    const dir = tree({
      'b.txt': 'b',
      'a.md': 'a',
      'z/c.html': 'c',
      'm/d.json': '{}',
      '.git/e.txt': 'e',
      '.f.txt': 'f',
      [METADATA_FILE]: '{"files":{}}',
    });
    const { files, failures } = collectFiles([dir]);
    expect(failures).toEqual([]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['a.md', 'b.txt', 'm/d.json', 'z/c.html']);
    expect(collectFiles([join(dir, METADATA_FILE)])).toEqual({ files: [], failures: [] });
  });

  it('reports a missing path and an unsupported type by name with the reason', () => {
    const dir = tree({ 'paper.pdf': '%PDF', 'README': 'x', 'ok.txt': 'ok' });
    const { files, failures } = collectFiles([join(dir, 'missing.txt'), dir]);
    expect(files).toEqual([join(dir, 'ok.txt')]);
    expect(failures).toEqual([
      { file: join(dir, 'missing.txt'), reason: 'no such file or folder' },
      { file: join(dir, 'README'), reason: 'unsupported file type (no extension); use .txt, .md, .html, .htm, .json or .jsonl' },
      { file: join(dir, 'paper.pdf'), reason: 'unsupported file type .pdf; use .txt, .md, .html, .htm, .json or .jsonl' },
    ]);
  });

  it('refuses files above maxBytes by their size alone', () => {
    const dir = tree({ 'small.txt': 'tiny', 'big.txt': 'x'.repeat(2000) });
    const { files, failures } = collectFiles([dir], { maxBytes: 1024 });
    expect(files).toEqual([join(dir, 'small.txt')]);
    expect(failures).toEqual([{ file: join(dir, 'big.txt'), reason: 'file too large (2 kB; the limit is 1 kB)' }]);
  });

  it('follows links to folders and files once, and reports links that loop through each other', () => {
    const dir = tree({ 'real/a.txt': 'a' });
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    symlinkSync(join(dir, 'real', 'a.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'p.txt'), join(dir, 'q.txt'));
    symlinkSync(join(dir, 'q.txt'), join(dir, 'p.txt'));
    const { files, failures } = collectFiles([dir]);
    expect(files).toEqual([join(dir, 'alias', 'a.txt')]);
    expect(failures).toEqual([
      { file: join(dir, 'p.txt'), reason: 'symbolic link loop' },
      { file: join(dir, 'q.txt'), reason: 'symbolic link loop' },
    ]);
  });
});

describe('readArticles', () => {
  it('applies each folder’s metadata file to its own files only', () => {
    const dir = tree({
      'one/a.txt': 'Text of article a.',
      [`one/${METADATA_FILE}`]: JSON.stringify({ files: { 'a.txt': { outlet: 'Outlet One', date: '2025-01-27' } } }),
      'two/b.txt': 'Text of article b.',
    });
    const { articles, failures } = readArticles([dir]);
    expect(failures).toEqual([]);
    expect(articles.map((a) => [a.file, a.meta.outlet, a.meta.date])).toEqual([
      ['a.txt', 'Outlet One', '2025-01-27'],
      ['b.txt', null, null],
    ]);
  });

  it('reports a malformed metadata file by name and still reads the articles beside it', () => {
    const dir = tree({ 'a.txt': 'Text of article a.', [METADATA_FILE]: JSON.stringify({ files: { 'a.txt': { tilte: 'typo' } } }) });
    const { articles, failures } = readArticles([dir]);
    expect(articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(failures).toEqual([{ file: join(dir, METADATA_FILE), reason: expect.stringMatching(/^invalid metadata file: files\.a\.txt: .*tilte/) }]);
  });

  it('reports a second file with the same name instead of letting one replace the other', () => {
    const dir = tree({ 'x/same.txt': 'First one.', 'y/same.txt': 'Second one.' });
    const { articles, failures } = readArticles([dir]);
    expect(articles.map((a) => a.paragraphs)).toEqual([['First one.']]);
    expect(failures).toEqual([
      { file: join(dir, 'y/same.txt'), reason: `another file named same.txt was already read (${join(dir, 'x/same.txt')}); file names must be unique` },
    ]);
  });
});
