// What ingest makes of one input file before it is stored.

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  /** ISO YYYY-MM-DD. */
  date: string | null;
  url: string | null;
  author: string | null;
}

export interface ParsedArticle {
  /** File name as ingested; a .json/.jsonl record gets "name.jsonl#3" (1-based record number). */
  file: string;
  meta: ArticleMeta;
  /** Cleaned paragraphs: boilerplate removed, NFC, no bidi or zero-width controls, whitespace collapsed. */
  paragraphs: string[];
}

/** A file that could not be ingested, with a reason a person understands. */
export interface ParseFailure {
  file: string;
  reason: string;
}

export type ParseOutcome = { articles: ParsedArticle[]; failures: ParseFailure[] };
