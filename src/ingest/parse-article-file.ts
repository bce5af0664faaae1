// One file's bytes → cleaned articles with metadata; and the whole read of the paths given to ingest.

import { basename, dirname } from 'node:path';
import type { ArticleMeta, ParsedArticle, ParseFailure, ParseOutcome } from './types.ts';
import { cleanTidied, tidyParagraph } from './clean.ts';
import { collectFiles, type CollectOptions } from './collect-files.ts';
import { decodeText } from './decode.ts';
import { DEFAULT_MAX_BYTES, extensionOf, unsupportedTypeReason } from './file-types.ts';
import type { FormatResult } from './formats/format-result.ts';
import { parseHtml } from './formats/html.ts';
import { jsonLinesRecords, jsonRecords, type RecordEntry } from './formats/json-records.ts';
import { parseMarkdown } from './formats/markdown.ts';
import { plainTextParagraphs } from './formats/plain-text.ts';
import { metaFromText, resolveMeta } from './metadata.ts';
import { readFolderMetadata, type FolderMetadata } from './metadata-file.ts';
import { readFileBounded } from './read-file-bounded.ts';

function toArticle(
  file: string,
  found: FormatResult,
  known: Partial<ArticleMeta> | undefined,
): ParsedArticle | ParseFailure {
  // Metadata is read before cleaning: bylines and "Copyright © Outlet" lines are boilerplate.
  const raw = found.paragraphs.map(tidyParagraph).filter((p) => p !== '');
  const paragraphs = cleanTidied(raw);
  if (paragraphs.length === 0) {
    return { file, reason: raw.length === 0 ? 'no text found' : 'no article text left after removing boilerplate' };
  }
  return { file, meta: resolveMeta(known, found.meta, metaFromText(raw)), paragraphs };
}

function recordsToOutcome(
  name: string,
  entries: RecordEntry[],
  known: Partial<ArticleMeta> | undefined,
  unit: 'line' | 'record',
): ParseOutcome {
  const outcome: ParseOutcome = { articles: [], failures: [] };
  for (const entry of entries) {
    if ('error' in entry) {
      outcome.failures.push({ file: name, reason: `${unit} ${entry.number}: ${entry.error}` });
      continue;
    }
    const { text, html, ...fields } = entry.record;
    const body = html && html.trim() !== '' ? parseHtml(html) : { paragraphs: plainTextParagraphs(text ?? ''), meta: {} };
    const stated = Object.fromEntries(Object.entries(fields).filter(([, v]) => typeof v === 'string'));
    const result = toArticle(`${name}#${entry.number}`, body, undefined);
    if ('reason' in result) {
      outcome.failures.push({ file: name, reason: `${unit} ${entry.number}: ${result.reason}` });
      continue;
    }
    // The record's own fields outrank what its markup or text suggests; the metadata file outranks both.
    result.meta = resolveMeta(known, stated, result.meta);
    outcome.articles.push(result);
  }
  return outcome;
}

/**
 * Parses one file by its extension (.txt, .md, .html/.htm, .json, .jsonl). `name` is the file
 * name as ingested; records of .json/.jsonl files become `name#N`. `known` comes from the
 * metadata file (or the caller) and outranks what the text says.
 */
export function parseArticleFile(name: string, bytes: Uint8Array, known?: Partial<ArticleMeta>): ParseOutcome {
  const ext = extensionOf(name);
  if (ext === null) return { articles: [], failures: [{ file: name, reason: unsupportedTypeReason(name) }] };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { articles: [], failures: [{ file: name, reason: decoded.reason }] };
  const text = decoded.text;
  if (ext === '.json') {
    const entries = jsonRecords(text);
    if ('error' in entries) return { articles: [], failures: [{ file: name, reason: entries.error }] };
    return recordsToOutcome(name, entries, known, 'record');
  }
  if (ext === '.jsonl') return recordsToOutcome(name, jsonLinesRecords(text), known, 'line');
  const found: FormatResult =
    ext === '.md' ? parseMarkdown(text) : ext === '.txt' ? { paragraphs: plainTextParagraphs(text), meta: {} } : parseHtml(text);
  const result = toArticle(name, found, known);
  return 'reason' in result ? { articles: [], failures: [result] } : { articles: [result], failures: [] };
}

/**
 * The article files under `paths`, found at once (`count` of them), and their parsed contents,
 * read one file per step of `parts` so a caller can work on one file's articles before reading the
 * next. Each folder's metadata file supplies what it knows about its files; a file that cannot be
 * read or parsed is reported by path with the reason and the rest go on. The first part holds only
 * what finding the files failed on.
 */
export function articleFiles(paths: string[], opts: CollectOptions = {}): { count: number; parts: Iterable<ParseOutcome> } {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { files, failures } = collectFiles(paths, { maxBytes });
  return { count: files.length, parts: readFiles(files, failures, maxBytes) };
}

function* readFiles(files: string[], failures: ParseFailure[], maxBytes: number): Generator<ParseOutcome> {
  yield { articles: [], failures };
  const folders = new Map<string, FolderMetadata>();
  const namesSeen = new Map<string, string>();
  for (const path of files) {
    const outcome: ParseOutcome = { articles: [], failures: [] };
    const folder = dirname(path);
    let metadata = folders.get(folder);
    if (metadata === undefined) {
      const read = readFolderMetadata(path);
      if (read.failure) outcome.failures.push(read.failure);
      metadata = read.entries;
      folders.set(folder, metadata);
    }
    yield readFile(path, metadata, namesSeen, maxBytes, outcome);
  }
}

function readFile(path: string, metadata: FolderMetadata, namesSeen: Map<string, string>, maxBytes: number, outcome: ParseOutcome): ParseOutcome {
  const name = basename(path);
  const earlier = namesSeen.get(name);
  if (earlier !== undefined) {
    outcome.failures.push({ file: path, reason: `another file named ${name} was already read (${earlier}); file names must be unique` });
    return outcome;
  }
  namesSeen.set(name, path);
  const read = readFileBounded(path, maxBytes);
  if (!read.ok) {
    outcome.failures.push({ file: path, reason: read.reason });
    return outcome;
  }
  const parsed = parseArticleFile(name, read.bytes, metadata.get(name));
  outcome.articles.push(...parsed.articles);
  outcome.failures.push(...parsed.failures.map((f) => (f.file === name ? { ...f, file: path } : f)));
  return outcome;
}

/** Every article under `paths`, read and parsed (see articleFiles). */
export function readArticles(paths: string[], opts: CollectOptions = {}): ParseOutcome {
  const outcome: ParseOutcome = { articles: [], failures: [] };
  for (const part of articleFiles(paths, opts).parts) {
    outcome.articles.push(...part.articles);
    outcome.failures.push(...part.failures);
  }
  return outcome;
}
