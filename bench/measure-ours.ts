// One bench child process for ainews itself, so its peak RSS is its own:
//   ingest --corpus DIR --db FILE        ingest the corpus batch by batch
//   build  --db FILE                     rebuild every index from the stored documents, as reindex does
//   serve  --db FILE --seed S --queries N   open an existing library, answer the first question, then N per command
// Prints one JSON object on stdout; progress goes to stderr.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Library } from '../src/core/library.ts';
import { searchAll } from '../src/search/search-index.ts';
import { queryTerms } from '../src/search/terms.ts';
import { paragraphsByIds } from '../src/store/read-results.ts';
import { answerText } from '../src/core/run-command.ts';
import { CANDIDATES } from '../src/core/rank.ts';
import type { IndexKind, IndexedDoc } from '../src/search/search-index.ts';
import type { CommandContext } from '../commands/command.ts';
import { buildCast } from './cast.ts';
import { BENCH_COMMANDS, FIRST_QUESTION, buildQueries, type BenchCommand } from './queries.ts';
import { databaseBytes, log, megabytes, peakRssMb, round, summarize, type Latency } from './stats.ts';

/**
 * Questions per command answered before timing starts, so the timings are of a bot that has been
 * answering for a while: optimised code and the rows recent answers read kept (CandidateCache).
 */
const WARM_UP = 300;

export interface BuildMeasure {
  index_build_ms: number;
  index_mb: number;
  rss_mb: number;
}

/** What the ingest itself measures; with the index build's numbers it makes an IngestMeasure. */
export interface StoreMeasure {
  articles: number;
  failed: number;
  ingest_ms: number;
  ingest_articles_per_s: number;
  db_mb: number;
  quotes: number;
  quotes_with_speaker: number;
  claims: number;
  passages: number;
  rss_mb: number;
}

export type IngestMeasure = StoreMeasure & BuildMeasure;

export interface ServeMeasure {
  open_first_answer_ms: number;
  first_answer_results: number;
  /** The first query of each command, which loads that command's index. */
  first_query_ms: Record<BenchCommand, number>;
  commands: Record<BenchCommand, Latency & { queries: number; answered: number }>;
  /** The /search queries through the passages index alone plus fetching the top 10, as the peers are timed. */
  search_engine: Latency;
  rss_mb: number;
}

function ingest(corpus: string, dbPath: string): StoreMeasure {
  const batches = readdirSync(corpus, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(corpus, e.name))
    .sort();
  const library = Library.open({ dbPath });
  let articles = 0;
  let failed = 0;
  const started = performance.now();
  for (const [i, batch] of batches.entries()) {
    const report = library.ingestPaths([batch]);
    articles += report.added.length + report.updated.length;
    failed += report.failed.length;
    if ((i + 1) % 5 === 0 || i === batches.length - 1) {
      const s = (performance.now() - started) / 1000;
      log(`ingested ${articles} articles in ${s.toFixed(1)} s (${(articles / s).toFixed(0)}/s, rss ${peakRssMb()} MB)`);
    }
  }
  const ingestMs = performance.now() - started;
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  const dbBytes = databaseBytes(dbPath);
  const count = (sql: string) => (library.db.prepare(sql).get() as { n: number }).n;
  const measure: StoreMeasure = {
    articles,
    failed,
    ingest_ms: round(ingestMs, 0),
    ingest_articles_per_s: round(articles / (ingestMs / 1000), 1),
    db_mb: megabytes(dbBytes),
    quotes: count('SELECT count(*) AS n FROM quotes'),
    quotes_with_speaker: count('SELECT count(*) AS n FROM quotes WHERE speaker IS NOT NULL'),
    claims: count('SELECT count(*) AS n FROM claims'),
    passages: count('SELECT count(*) AS n FROM paragraphs'),
    rss_mb: peakRssMb(),
  };
  library.close();
  return measure;
}

/** Every index made afresh from the stored documents and persisted, as reindex does after extraction. */
function build(dbPath: string): BuildMeasure {
  const library = Library.open({ dbPath });
  const started = performance.now();
  const docs = storedDocs(library);
  library.db.transaction(() => library.search.replace(docs)).immediate();
  const indexBuildMs = performance.now() - started;
  library.db.pragma('wal_checkpoint(TRUNCATE)');
  const measure = { index_build_ms: round(indexBuildMs, 0), index_mb: megabytes(library.search.sizeInBytes()), rss_mb: peakRssMb() };
  library.close();
  return measure;
}

/** The documents each index holds, streamed from the store (a claim is searchable by its claimant too). */
function storedDocs(library: Library): Record<IndexKind, Iterable<IndexedDoc>> {
  const rows = (sql: string) => ({ [Symbol.iterator]: () => library.db.prepare(sql).iterate() as Iterator<IndexedDoc> });
  return {
    quotes: rows('SELECT id, text FROM quotes ORDER BY id'),
    claims: rows(`SELECT id, CASE WHEN claimant IS NULL THEN text ELSE text || ' ' || claimant END AS text FROM claims ORDER BY id`),
    passages: rows('SELECT id, text FROM paragraphs ORDER BY id'),
  };
}

async function serve(dbPath: string, seed: number, perCommand: number): Promise<ServeMeasure> {
  const started = performance.now();
  const library = Library.open({ dbPath });
  const ctx: CommandContext = { library, user: { id: 'bench', platform: 'cli', isAdmin: false } };
  const first = await answerText(FIRST_QUESTION, ctx);
  const openFirstAnswerMs = performance.now() - started;
  const firstResults = first.kind === 'answer' ? first.answer.results.length : 0;

  const cast = buildCast(seed);
  const queries = buildQueries(cast, seed, perCommand);
  // Warm-up questions from another seed, so the timed ones meet compiled code but not their own cached pages.
  const warmUp = buildQueries(cast, seed + 1, WARM_UP);
  const firstQuery = {} as Record<BenchCommand, number>;
  const commands = {} as ServeMeasure['commands'];
  for (const command of BENCH_COMMANDS) {
    const mine = queries.filter((q) => q.command === command);
    const t = performance.now();
    await answerText(mine[0]!.line, ctx);
    firstQuery[command] = round(performance.now() - t);
    for (const query of warmUp.filter((q) => q.command === command)) await answerText(query.line, ctx);
    const samples: number[] = [];
    let answered = 0;
    for (const query of mine) {
      const t0 = performance.now();
      const outcome = await answerText(query.line, ctx);
      samples.push(performance.now() - t0);
      if (outcome.kind === 'answer' && outcome.answer.results.length > 0) answered++;
    }
    commands[command] = { ...summarize(samples), queries: samples.length, answered };
    log(`${command}: p50 ${commands[command].p50_ms} ms, p99 ${commands[command].p99_ms} ms, ${answered}/${samples.length} answered`);
  }
  const engine: number[] = [];
  for (const query of queries.filter((q) => q.command === 'search')) {
    const t0 = performance.now();
    // As /search asks the index (its candidates, so the same windows), then the top 10 rows, as the peers fetch.
    const hits = searchAll(library.search.index('passages'), queryTerms(query.text), 'AND', CANDIDATES);
    paragraphsByIds(library.db, hits.slice(0, 10).map((h) => h.id as number));
    engine.push(performance.now() - t0);
  }
  const searchEngine = summarize(engine);
  log(`search engine only: p50 ${searchEngine.p50_ms} ms, p99 ${searchEngine.p99_ms} ms`);
  library.close();
  return {
    search_engine: searchEngine,
    open_first_answer_ms: round(openFirstAnswerMs, 1),
    first_answer_results: firstResults,
    first_query_ms: firstQuery,
    commands,
    rss_mb: peakRssMb(),
  };
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string' },
    db: { type: 'string' },
    seed: { type: 'string', default: '42' },
    queries: { type: 'string', default: '1000' },
  },
});
const mode = positionals[0];
if (mode === 'ingest' && values.corpus && values.db) {
  process.stdout.write(`${JSON.stringify(ingest(values.corpus, values.db))}\n`);
} else if (mode === 'build' && values.db) {
  process.stdout.write(`${JSON.stringify(build(values.db))}\n`);
} else if (mode === 'serve' && values.db) {
  process.stdout.write(`${JSON.stringify(await serve(values.db, Number(values.seed), Number(values.queries)))}\n`);
} else {
  process.stderr.write('usage: measure-ours.ts ingest --corpus DIR --db FILE | build --db FILE | serve --db FILE [--seed S] [--queries N]\n');
  process.exitCode = 2;
}
