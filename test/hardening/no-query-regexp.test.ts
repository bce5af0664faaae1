// Issue 7, item 3: nothing a user types is ever compiled into a regular expression. A query compiled
// into a RegExp is a ReDoS (`(a+)+$`) or a crash (`[`) waiting to happen, so every place the code
// builds a RegExp from a string (new RegExp, or String#match/matchAll/search given a non-literal)
// must be listed here with the reason its pattern is not user input.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['src', 'commands', 'bin'];

const ALLOWED: { file: string; line: string; reason: string }[] = [
  { file: 'src/extract/figures.ts', line: 'const NUMBER_RE = new RegExp(NUMBER_SOURCE', reason: 'a constant number pattern built at load time' },
  { file: 'src/extract/figures.ts', line: 'const NUMBER_AT = new RegExp(NUMBER_SOURCE', reason: 'the same constant, sticky' },
  { file: 'src/extract/figures.ts', line: 'const BOUND_BEFORE = new RegExp(', reason: 'constant bound words built at load time' },
  {
    file: 'src/ingest/formats/markdown.ts',
    line: 'new RegExp(`</${open[1]}',
    reason: 'the closing tag of a raw HTML block; open[1] is one of script|style|template|noscript|iframe, matched by RAW_OPEN',
  },
  { file: 'src/ingest/formats/markdown.ts', line: '[new RegExp(`!\\\\[${BRACKETED}', reason: 'constant image pattern built at load time' },
  { file: 'src/ingest/formats/markdown.ts', line: '[new RegExp(`\\\\[(${BRACKETED})', reason: 'constant link pattern built at load time' },
  { file: 'src/ingest/dates.ts', line: 'new RegExp(`\\\\b${MONTH_PATTERN} (', reason: 'constant month-name date pattern' },
  { file: 'src/ingest/dates.ts', line: 'new RegExp(`\\\\b(\\\\d{1,2})(?:st|nd|rd|th)? ${MONTH_PATTERN}', reason: 'constant day-month date pattern' },
  { file: 'src/ingest/clean.ts', line: 'const MD_IMAGE = new RegExp(', reason: 'constant image pattern built at load time' },
  { file: 'src/ingest/clean.ts', line: 'const MD_LINK = new RegExp(', reason: 'constant link pattern built at load time' },
  { file: 'src/ingest/clean.ts', line: 'const WIRE_CAPTION = new RegExp(', reason: 'constant wire-caption pattern built at load time' },
  { file: 'src/ingest/decode.ts', line: 'text.match(CONTROL)', reason: 'CONTROL is a constant RegExp literal' },
  { file: 'src/extract/sentences.ts', line: 'const CLOSING_RUN = new RegExp(', reason: 'constant closing-run pattern built at load time from constant classes' },
  { file: 'src/render/discord-text.ts', line: 'text.matchAll(pattern)', reason: 'pattern is one of the renderer’s constant RegExp literals' },
  { file: 'src/search/search-index.ts', line: 'index.search(terms.join', reason: 'MiniSearch#search, which looks terms up in a radix tree, not String#search' },
  { file: 'src/core/find-claims.ts', line: "index('claims').search({", reason: 'MiniSearch#search with a query object, not String#search' },
];

/** `new RegExp(`, `RegExp(`, and String methods that compile a non-literal argument into a RegExp. */
const COMPILES = /\bRegExp\s*\(|\.(?:match|matchAll|search)\(\s*(?!\/)/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(entry.name) ? [path] : [];
  });
}

function regexpConstructions(root: string, folders: string[]): { file: string; line: string }[] {
  const found: { file: string; line: string }[] = [];
  for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    for (const line of lines) {
      if (/^\s*(\/\/|\*)/.test(line)) continue;
      const count = line.match(COMPILES)?.length ?? 0;
      for (let i = 0; i < count; i++) found.push({ file: relative(root, file), line: line.trim() });
    }
  }
  return found;
}

describe('regular expressions built at run time', () => {
  const found = regexpConstructions(ROOT, SCANNED);

  it('are each on the allow-list with a reason, so none can take a query as its pattern', () => {
    const unlisted = found.filter((f) => !ALLOWED.some((a) => a.file === f.file && f.line.includes(a.line)));
    expect(unlisted).toEqual([]);
  });

  it('has no stale allow-list entries', () => {
    const stale = ALLOWED.filter((a) => !found.some((f) => a.file === f.file && f.line.includes(a.line)));
    expect(stale).toEqual([]);
  });
});
