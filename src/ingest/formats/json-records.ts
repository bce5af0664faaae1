// .json (one record or an array of them) and .jsonl (one record per line) article records.

import { z } from 'zod';

const field = z.string().max(10_000).nullish();

export const ArticleRecord = z
  .object({
    title: field,
    outlet: field,
    url: field,
    date: field,
    author: field,
    text: z.string().nullish(),
    html: z.string().nullish(),
  })
  .refine((r) => (r.text ?? '').trim() !== '' || (r.html ?? '').trim() !== '', {
    message: 'needs a non-empty "text" or "html" field',
  });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** A record found in the file, or why the record at that position was refused. */
export type RecordEntry = { number: number; record: ArticleRecord } | { number: number; error: string };

function explain(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

function validate(number: number, value: unknown): RecordEntry {
  const parsed = ArticleRecord.safeParse(value);
  return parsed.success ? { number, record: parsed.data } : { number, error: `invalid record (${explain(parsed.error)})` };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Records of a .json file; a file that is not JSON at all is one error. */
export function jsonRecords(text: string): RecordEntry[] | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { error: `invalid JSON (${errorMessage(error)})` };
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => validate(i + 1, item));
}

/** Records of a .jsonl file, numbered by line; blank lines are skipped, broken lines reported. */
export function jsonLinesRecords(text: string): RecordEntry[] {
  const entries: RecordEntry[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      entries.push(validate(i + 1, JSON.parse(line)));
    } catch (error) {
      entries.push({ number: i + 1, error: `invalid JSON (${errorMessage(error)})` });
    }
  });
  return entries;
}
