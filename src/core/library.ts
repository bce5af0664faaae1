import { createHash } from 'node:crypto';
import { openDatabase, type Db } from '../store/database.ts';
import { findArticle, insertArticle, insertExtraction, removeArticle, type DocsByKind, type IdsByKind } from '../store/article-writer.ts';
import { mergeSurnames } from '../store/people.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { readArticles, parseArticleFile } from '../ingest/parse-article-file.ts';
import type { ArticleMeta, ParseOutcome, ParsedArticle } from '../ingest/types.ts';
import type { IngestReport } from './answer.ts';
import { SearchState } from './search-state.ts';
import { DEFAULT_FETCH_LIMITS, type FetchLimits } from './fetch-article.ts';

export interface LibraryOptions {
  /** SQLite file; ':memory:' for a throwaway library. */
  dbPath: string;
  /** Largest article file ingest reads; bigger ones are refused before reading. */
  maxFileBytes?: number;
  /** Deadline and size cap for /ingest <url>. */
  fetchLimits?: FetchLimits;
  /** How long a write waits for another process's lock before answering "try again"; 5 s by default. */
  busyTimeoutMs?: number;
}

/**
 * The one core every platform talks to: articles in, answers' raw material out.
 * Writes happen in one IMMEDIATE transaction each, so a reader (this process or another) sees the
 * library before or after an ingest, never half of one.
 */
export class Library {
  readonly db: Db;
  readonly search: SearchState;
  readonly fetchLimits: FetchLimits;
  private readonly maxFileBytes: number | undefined;

  private constructor(options: LibraryOptions) {
    this.db = openDatabase(options.dbPath, { busyTimeoutMs: options.busyTimeoutMs });
    this.search = new SearchState(this.db);
    this.maxFileBytes = options.maxFileBytes;
    this.fetchLimits = options.fetchLimits ?? DEFAULT_FETCH_LIMITS;
  }

  static open(options: LibraryOptions): Library {
    return new Library(options);
  }

  close(): void {
    this.db.close();
  }

  /**
   * Runs reads in one snapshot of the database. An answer reads the index and then the rows its hits
   * name; a commit by another process between the two would pair the old index with new rows.
   */
  snapshot<T>(read: () => T): T {
    return this.db.transaction(read).deferred();
  }

  /** True until something has been ingested, so a first start can fill itself from the bundled articles. */
  isEmpty(): boolean {
    const row = this.db.prepare('SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM ingest_log) AS n').get() as { n: number };
    return row.n === 0;
  }

  ingestPaths(paths: string[]): IngestReport {
    return this.ingest(readArticles(paths, { maxBytes: this.maxFileBytes }));
  }

  /** Files received over chat or fetched from a URL; `meta` holds what is known besides the text (its URL). */
  ingestFiles(files: { name: string; bytes: Uint8Array; meta?: Partial<ArticleMeta> }[]): IngestReport {
    const outcome: ParseOutcome = { articles: [], failures: [] };
    for (const file of files) {
      const parsed = parseArticleFile(file.name, file.bytes, file.meta);
      outcome.articles.push(...parsed.articles);
      outcome.failures.push(...parsed.failures);
    }
    return this.ingest(outcome);
  }

  ingest(outcome: ParseOutcome): IngestReport {
    const report: IngestReport = { added: [], updated: [], unchanged: [], failed: [...outcome.failures] };
    const removed: IdsByKind = { quotes: [], claims: [], passages: [] };
    const added: DocsByKind = { quotes: [], claims: [], passages: [] };
    const write = this.db.transaction(() => {
      for (const article of outcome.articles) {
        const hash = articleHash(article);
        const existing = findArticle(this.db, article.file);
        if (existing?.hash === hash) {
          report.unchanged.push(article.file);
          continue;
        }
        if (existing) mergeInto(removed, removeArticle(this.db, existing.id));
        mergeInto(added, insertArticle(this.db, article, hash, extractArticle(article.paragraphs)));
        (existing ? report.updated : report.added).push(article.file);
      }
      if (report.added.length + report.updated.length > 0) {
        mergeSurnames(this.db);
        this.search.update(removed, added);
      }
      this.logIngest(report);
    });
    this.runWrite(() => write.immediate());
    return report;
  }

  /** Re-extracts every stored article and rebuilds the indexes, swapped in by one commit. */
  reindex(): { articles: number; quotes: number; claims: number } {
    const rebuild = this.db.transaction(() => {
      this.db.exec('DELETE FROM quotes; DELETE FROM claims; DELETE FROM mentions; DELETE FROM aliases; DELETE FROM people;');
      const docs: DocsByKind = { quotes: [], claims: [], passages: [] };
      const articles = this.db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[];
      const paragraphsOf = this.db.prepare('SELECT id, text FROM paragraphs WHERE article_id = ? ORDER BY idx');
      for (const { id } of articles) {
        const paragraphs = paragraphsOf.all(id) as { id: number; text: string }[];
        docs.passages.push(...paragraphs);
        const extracted = insertExtraction(this.db, id, extractArticle(paragraphs.map((p) => p.text)));
        docs.quotes.push(...extracted.quotes);
        docs.claims.push(...extracted.claims);
      }
      mergeSurnames(this.db);
      this.search.replace(docs);
      return { articles: articles.length, quotes: docs.quotes.length, claims: docs.claims.length };
    });
    return this.runWrite(() => rebuild.immediate());
  }

  private runWrite<T>(write: () => T): T {
    try {
      return write();
    } catch (error) {
      this.search.forget();
      throw error;
    }
  }

  private logIngest(report: IngestReport): void {
    this.db
      .prepare('INSERT INTO ingest_log (at, added, updated, unchanged, failed, report) VALUES (?, ?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), report.added.length, report.updated.length, report.unchanged.length, report.failed.length, JSON.stringify(report));
  }
}

function articleHash(article: ParsedArticle): string {
  return createHash('sha256').update(JSON.stringify([article.meta, article.paragraphs])).digest('hex');
}

function mergeInto<T>(target: Record<string, T[]>, more: Record<string, T[]>): void {
  for (const [kind, items] of Object.entries(more)) target[kind]!.push(...items);
}
