import { createHash } from 'node:crypto';
import { openDatabase, type Db } from '../store/database.ts';
import { findArticle, insertArticle, insertExtraction, removeArticle, type DocsByKind } from '../store/article-writer.ts';
import { mergeSurnames } from '../store/people.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { ExtractionWorker } from '../extract/parallel-extraction.ts';
import type { Extraction } from '../extract/types.ts';
import { articleFiles, parseArticleFile } from '../ingest/parse-article-file.ts';
import type { ArticleMeta, ParseFailure, ParseOutcome, ParsedArticle } from '../ingest/types.ts';
import type { IngestReport } from './answer.ts';
import { SearchState, type IndexChange } from './search-state.ts';
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
  /**
   * An ingest of at least this many files (or parsed articles) extracts the new and changed ones on
   * a second thread while this one reads and writes; 100 by default. Below it, starting the thread
   * costs more than it saves. The stored rows and the report are the same either way.
   */
  parallelExtractionFrom?: number;
}

const PARALLEL_EXTRACTION_FROM = 100;
// Articles read ahead of the one being written: enough to keep the worker busy, few enough that a
// huge ingest does not queue every article's text for the worker at once.
const READ_AHEAD = 32;

interface ReadArticle {
  article: ParsedArticle;
  hash: string;
  extraction(): Extraction;
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
  private readonly parallelExtractionFrom: number;
  /** Started by the first ingest large enough to use it, kept for the next ones. */
  private extractionWorker: ExtractionWorker | undefined;

  private constructor(options: LibraryOptions) {
    this.db = openDatabase(options.dbPath, { busyTimeoutMs: options.busyTimeoutMs });
    this.search = new SearchState(this.db);
    this.maxFileBytes = options.maxFileBytes;
    this.fetchLimits = options.fetchLimits ?? DEFAULT_FETCH_LIMITS;
    this.parallelExtractionFrom = options.parallelExtractionFrom ?? PARALLEL_EXTRACTION_FROM;
  }

  static open(options: LibraryOptions): Library {
    return new Library(options);
  }

  close(): void {
    this.extractionWorker?.close();
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
    const { count, parts } = articleFiles(paths, { maxBytes: this.maxFileBytes });
    return this.ingestParts(parts, count);
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
    return this.ingestParts([outcome], outcome.articles.length);
  }

  /** Ingests parsed articles as `parts` yields them; `expected` (files or articles) only decides whether to extract in parallel. */
  private ingestParts(parts: Iterable<ParseOutcome>, expected: number): IngestReport {
    const report: IngestReport = { added: [], updated: [], unchanged: [], failed: [] };
    const write = this.db.transaction(() => {
      const worker = expected >= this.parallelExtractionFrom ? (this.extractionWorker ??= new ExtractionWorker()) : null;
      const written = new Set<string>();
      let index: IndexChange | undefined;
      for (const { article, hash, extraction } of this.readAhead(parts, report.failed, worker)) {
        const existing = findArticle(this.db, article.file);
        if (existing?.hash === hash) {
          report.unchanged.push(article.file);
          continue;
        }
        index ??= this.search.change();
        if (existing) {
          const gone = removeArticle(this.db, existing.id);
          // Two uploads of one name in one ingest: the first one's documents were added in this write.
          if (written.has(article.file)) index.withdraw(gone);
          else index.remove(gone);
        }
        written.add(article.file);
        index.add(insertArticle(this.db, article, hash, extraction()));
        (existing ? report.updated : report.added).push(article.file);
      }
      if (index) {
        mergeSurnames(this.db);
        index.commit();
      }
      this.logIngest(report);
    });
    this.runWrite(() => write.immediate());
    return report;
  }

  /**
   * The articles of `parts` in order, with their hashes and extractions. With a worker, articles are
   * read READ_AHEAD ahead of the one handed out, and those not stored already are sent to the
   * worker as they are read, so it extracts them while this thread writes the ones before; one the
   * worker has not started when it is needed is extracted here (see ExtractionWorker.take).
   * Whether an article is new is decided again when it is written: one that turns out unchanged
   * after all (a second file of the same name) leaves its extraction unused, one not sent is
   * extracted here.
   */
  private *readAhead(parts: Iterable<ParseOutcome>, failed: ParseFailure[], worker: ExtractionWorker | null): Generator<ReadArticle> {
    const queue: ReadArticle[] = [];
    worker?.begin();
    try {
      let index = 0;
      for (const part of parts) {
        failed.push(...part.failures);
        for (const article of part.articles) {
          const hash = articleHash(article);
          const i = index++;
          const ahead = worker !== null && findArticle(this.db, article.file)?.hash !== hash;
          if (ahead) worker.submit(i, article.paragraphs);
          queue.push({ article, hash, extraction: () => (ahead ? worker.take(i) : extractArticle(article.paragraphs)) });
          if (queue.length > (worker ? READ_AHEAD : 0)) yield queue.shift()!;
        }
      }
      yield* queue.splice(0);
    } finally {
      worker?.stop();
    }
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

