// npm run bench [-- --articles N] [--json] [--save] [--reuse] [--queries N] [--seed S]
// For each corpus size, in one run: generate the corpus, ingest it, rebuild the indexes, time a new
// process's first answer, time every command over the query set, and time SQLite FTS5 and FlexSearch
// over the same passages and query texts. Each part runs in its own process so each peak RSS is its own.
// FlexSearch, whose index exists only in memory and takes longest to build, runs on the second core
// beside ours once the ingest is timed; everything else runs one at a time.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, generateCorpus } from './generate-corpus.ts';
import { FIRST_QUESTION } from './queries.ts';
import { mergeResults, writeResults, markdownTable, type BenchResults, type PeerResult, type SizeResult } from './report.ts';
import { log, round } from './stats.ts';
import type { BuildMeasure, IngestMeasure, ServeMeasure, StoreMeasure } from './measure-ours.ts';
import type { PeerMeasure } from './measure-peers.ts';

process.env['AINEWS_BENCH_STARTED'] ??= String(Date.now());
const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'bench', 'out');
const RESULTS = join(ROOT, 'bench', 'results');
const DEFAULT_SIZES = [1000, 10_000, 100_000];
const CLI_RUNS = 3;

/** A failed part of a run is reported, not fatal: the other measurements of the size still count. */
type Failed = { error: string };

/** Runs a bench script in its own process; resolves to the JSON object it prints last. */
function child<T>(script: string, args: string[], nodeOptions: string[] = []): Promise<T | Failed> {
  const run = spawn(process.execPath, [...nodeOptions, join(ROOT, 'bin', 'run-ts.js'), join(ROOT, 'bench', script), ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  run.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  return new Promise((done) => {
    run.on('close', (status, signal) => {
      if (status === 0) return done(JSON.parse(stdout.trim().split('\n').at(-1)!) as T);
      const error = `${script} ${args[0]} failed (exit status ${status}${signal ? `, signal ${signal}` : ''})`;
      log(error);
      done({ error });
    });
  });
}

function failed<T>(result: T | Failed): result is Failed {
  return typeof result === 'object' && result !== null && 'error' in result;
}

/** Wall time of `ainews ask` in a new process against the existing database: what a restart costs. */
function cliFirstAnswer(db: string): number[] {
  const times: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'ainews.js'), 'ask', '--json', '--db', db, FIRST_QUESTION], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    times.push(performance.now() - started);
    if (run.status !== 0) throw new Error(`ainews ask failed: ${run.stderr}`);
  }
  return times;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function peer(measure: PeerMeasure | Failed, ours: ServeMeasure | Failed): PeerResult | Failed {
  if (failed(measure)) return measure;
  if (failed(ours)) return { ...measure, ratio_p50: null, ratio_engine_p50: null };
  return {
    ...measure,
    ratio_p50: round(ours.commands.search.p50_ms / measure.p50_ms, 4),
    ratio_engine_p50: round(ours.search_engine.p50_ms / measure.p50_ms, 4),
  };
}

/**
 * Ingests the corpus into a fresh library and rebuilds its indexes, or with `reuse` keeps the library
 * and the numbers an earlier run of the same corpus left (saved next to the database), to re-time only
 * the queries. `ingested` is called once the stored passages are final, before the index build.
 */
async function ingestOnce(corpus: string, db: string, reuse: boolean, ingested: () => void): Promise<IngestMeasure | Failed> {
  const saved = `${db}.ingest.json`;
  if (reuse && existsSync(db) && existsSync(saved)) {
    log(`reusing ${db} and its ingest numbers`);
    ingested();
    return JSON.parse(readFileSync(saved, 'utf8')) as IngestMeasure;
  }
  for (const suffix of ['', '-wal', '-shm', '.ingest.json']) rmSync(db + suffix, { force: true });
  const ingest = await child<StoreMeasure>('measure-ours.ts', ['ingest', '--corpus', corpus, '--db', db]);
  if (failed(ingest)) return ingest;
  ingested();
  const build = await child<BuildMeasure>('measure-ours.ts', ['build', '--db', db]);
  if (failed(build)) return build;
  const measure: IngestMeasure = { ...ingest, ...build, rss_mb: Math.max(ingest.rss_mb, build.rss_mb) };
  writeFileSync(saved, JSON.stringify(measure));
  return measure;
}

async function measureSize(articles: number, seed: number, queries: number, reuse: boolean): Promise<SizeResult> {
  const started = performance.now();
  log(`--- ${articles.toLocaleString('en-US')} articles ---`);
  const corpus = generateCorpus({ dir: join(OUT, `corpus-${articles}-${seed}`), articles, seed });
  log(`corpus ready: ${(corpus.bytes / 1e6).toFixed(1)} MB in ${corpus.batches.length} batches`);
  const db = join(OUT, `library-${articles}-${seed}.db`);
  const result: SizeResult = { articles, corpus_mb: round(corpus.bytes / 1e6, 1), errors: [] };
  const serveArgs = ['--db', db, '--seed', String(seed), '--queries', String(queries)];
  // Peers get room to finish: their memory use is reported, not capped at Node's default heap.
  const peerHeap = ['--max-old-space-size=16384'];

  let flexsearchRun: Promise<PeerMeasure | Failed> = Promise.resolve({ error: 'flexsearch did not run: the ingest failed' });
  const ingest = await ingestOnce(corpus.dir, db, reuse, () => {
    flexsearchRun = child<PeerMeasure>('measure-peers.ts', ['flexsearch', ...serveArgs], peerHeap);
  });
  if (failed(ingest)) {
    await flexsearchRun;
    return { ...result, errors: [ingest.error] };
  }
  log(`ingest: ${ingest.ingest_articles_per_s} articles/s, ${ingest.quotes} quotes (${ingest.quotes_with_speaker} with a speaker), ${ingest.claims} claims`);
  Object.assign(result, {
    ingest_articles_per_s: ingest.ingest_articles_per_s,
    db_mb: ingest.db_mb,
    index_build_ms: ingest.index_build_ms,
    index_mb: ingest.index_mb,
    rss_mb: ingest.rss_mb,
    rss_ingest_mb: ingest.rss_mb,
    ingest_ms: ingest.ingest_ms,
    failed: ingest.failed,
    quotes: ingest.quotes,
    quotes_with_speaker: ingest.quotes_with_speaker,
    claims: ingest.claims,
    passages: ingest.passages,
  });
  try {
    const cli = cliFirstAnswer(db);
    log(`start to first answer (CLI): ${cli.map((t) => t.toFixed(0)).join(', ')} ms`);
    result.start_to_first_answer_ms = round(median(cli), 0);
    result.start_to_first_answer_runs_ms = cli.map((t) => round(t, 0));
  } catch (error) {
    result.errors.push((error as Error).message);
  }
  const serve = await child<ServeMeasure>('measure-ours.ts', ['serve', ...serveArgs]);
  if (failed(serve)) {
    result.errors.push(serve.error);
  } else {
    Object.assign(result, {
      open_first_answer_ms: serve.open_first_answer_ms,
      first_query_ms: serve.first_query_ms,
      rss_mb: Math.max(ingest.rss_mb, serve.rss_mb),
      rss_serve_mb: serve.rss_mb,
      commands: serve.commands,
      search_engine: serve.search_engine,
    });
  }
  const fts5 = peer(await child<PeerMeasure>('measure-peers.ts', ['fts5', ...serveArgs], peerHeap), serve);
  const flexsearch = peer(await flexsearchRun, serve);
  result.peers = { fts5, flexsearch };
  for (const p of [fts5, flexsearch]) if (failed(p)) result.errors.push(p.error);
  log(`size done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return result;
}

const { values } = parseArgs({
  options: {
    articles: { type: 'string' },
    json: { type: 'boolean', default: false },
    save: { type: 'boolean', default: false },
    queries: { type: 'string', default: '1000' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    reuse: { type: 'boolean', default: false },
  },
});
const sizes = values.articles ? values.articles.split(',').map(Number) : DEFAULT_SIZES;
if (sizes.some((n) => !Number.isInteger(n) || n <= 0)) {
  process.stderr.write('usage: npm run bench -- [--articles N[,N…]] [--json] [--save] [--reuse] [--queries N] [--seed S]\n');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const seed = Number(values.seed);
const queries = Number(values.queries);
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
const measured: SizeResult[] = [];
for (const n of sizes) measured.push({ ...(await measureSize(n, seed, queries, values.reuse)), command });
const run: BenchResults = {
  command,
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`,
  sizes: measured,
};
if (values.save) {
  const merged = mergeResults(join(RESULTS, 'results.json'), run);
  writeResults(RESULTS, merged);
  log(`saved ${join(RESULTS, 'results.json')}, table.md and chart.svg`);
}
process.stdout.write(values.json ? `${JSON.stringify({ sizes: run.sizes })}\n` : markdownTable(run));
