// A folder's ainews.meta.json names each article file's title, outlet, date, URL and author.

import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { ArticleMeta, ParseFailure } from './types.ts';
import { decodeText } from './decode.ts';
import { readFileBounded } from './read-file-bounded.ts';

export const METADATA_FILE = 'ainews.meta.json';

const MAX_METADATA_BYTES = 5 * 1024 * 1024;
const text = z.string().max(1000).nullable().optional();

// Entries are strict so a misspelt field ("tilte") is reported instead of silently ignored.
const Entry = z.strictObject({
  title: text,
  outlet: text,
  date: z.iso.date().nullable().optional(),
  url: text,
  author: text,
});
const MetadataFile = z.object({ files: z.record(z.string(), Entry) });

export type FolderMetadata = Map<string, Partial<ArticleMeta>>;

export function parseMetadataFile(source: string): { ok: true; entries: FolderMetadata } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, reason: `invalid metadata file: not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = MetadataFile.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: `invalid metadata file: ${issue.path.join('.') || '(top level)'}: ${issue.message}` };
  }
  return { ok: true, entries: new Map(Object.entries(parsed.data.files)) };
}

/** The metadata of the folder holding `file`; a broken metadata file is a failure, not a stop. */
export function readFolderMetadata(file: string): { entries: FolderMetadata; failure: ParseFailure | null } {
  const path = join(dirname(file), METADATA_FILE);
  if (!existsSync(path)) return { entries: new Map(), failure: null };
  const read = readFileBounded(path, MAX_METADATA_BYTES);
  const decoded = read.ok ? decodeText(read.bytes) : read;
  const parsed = decoded.ok ? parseMetadataFile(decoded.text) : decoded;
  if (!parsed.ok) return { entries: new Map(), failure: { file: path, reason: parsed.reason } };
  return { entries: parsed.entries, failure: null };
}
