// An Answer is plain data: every platform renders it, none of them computes it.

export type FigureKind = 'money' | 'count' | 'percent' | 'duration';

export interface Figure {
  /** Verbatim from the article, e.g. "under $6 million". */
  text: string;
  /** Normalised value: 5600000 for "$5.6 million", 2000 for "2,000 H800 chips", 60 for "two months" in days. */
  value: number;
  /** "USD", "EUR", "chips", "%", "days", ... */
  unit: string;
  kind: FigureKind;
  /** "under $6 million" is an upper bound, "around 50,000" approximate. */
  bound: 'exact' | 'approx' | 'upper' | 'lower';
}

export interface Source {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  /** ISO YYYY-MM-DD, or null when the article does not say. */
  date: string | null;
  url: string | null;
  /** 1-based paragraph of the cleaned article; null for whole-article results. */
  paragraph: number | null;
}

export type ResultKind = 'quote' | 'claim' | 'passage' | 'article';

export interface Result {
  kind: ResultKind;
  /** Verbatim span of the cleaned article. */
  text: string;
  /** Verbatim surrounding context. */
  excerpt: string;
  /** Canonical full name of who said or claims it; null when the text names nobody. */
  speaker: string | null;
  source: Source;
  figures?: Figure[];
}

export interface Comparison {
  unit: string;
  kind: FigureKind;
  min: number;
  max: number;
  values: { value: number; file: string; text: string }[];
  agree: boolean;
  /** One line a person reads: "Sources differ: $5.57 million to $6 million (4 sources)". */
  summary: string;
}

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  failed: IngestFailure[];
}

export interface Answer {
  /** claim | who-said | quotes | search | sources | help | reindex | ingest | stats */
  command: string;
  query: string;
  /** A short heading for renderers, e.g. `Who said "sputnik"`. */
  title: string;
  results: Result[];
  /** What a person is told besides the results, e.g. why nothing matched. */
  message?: string;
  comparison?: Comparison;
  report?: IngestReport;
  /** Label → value lines for /stats and /help. */
  facts?: { label: string; value: string }[];
}
