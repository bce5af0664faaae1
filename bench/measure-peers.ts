// One bench child process per peer, over the same passages (the library's paragraphs) and the same
// /search query texts as ainews:
//   fts5       --db FILE   SQLite FTS5 with bm25 through better-sqlite3, persisted in its own file
//   flexsearch --db FILE   FlexSearch 0.8 Index (forward tokenizer, ainews's stop words), in memory: it has no file of its own here
// Every query fetches the top 10 passages' text, as ainews does. Prints one JSON object on stdout.

import Database from 'better-sqlite3';
import { Charset, Encoder, Index } from 'flexsearch';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { STOP_WORDS, queryTerms } from '../src/search/terms.ts';
import { termOptions } from '../src/search/search-index.ts';
import { buildCast } from './cast.ts';
import { buildQueries } from './queries.ts';
import { databaseBytes, log, megabytes, peakRssMb, round, summarize, type Latency } from './stats.ts';

export interface PeerMeasure extends Latency {
  build_ms: number;
  index_mb: number | null;
  /** In-process: open (FTS5) or read the passages and build (FlexSearch), plus the first query. */
  start_to_first_answer_ms: number;
  answered: number;
  queries: number;
  rss_mb: number;
}

const LIMIT = 10;

interface Peer {
  search(text: string): number;
}

function readPassages(dbPath: string): { id: number; text: string }[] {
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT id, text FROM paragraphs ORDER BY id').all() as { id: number; text: string }[];
  db.close();
  return rows;
}

/** The same terms ainews searches for, each a prefix from three letters, all required (FTS5 has no fuzzy match). */
function ftsQuery(text: string): string | null {
  const terms = queryTerms(text);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replace(/"/g, '""')}"${termOptions(t).prefix ? '*' : ''}`).join(' ');
}

function fts5(dbPath: string): { build_ms: number; index_mb: number; open: () => Peer } {
  const file = `${dbPath}.fts5.db`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const started = performance.now();
  const passages = readPassages(dbPath);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE VIRTUAL TABLE passages USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')`);
  const insert = db.prepare('INSERT INTO passages (rowid, text) VALUES (?, ?)');
  db.transaction(() => {
    for (const p of passages) insert.run(p.id, p.text);
  })();
  db.exec(`INSERT INTO passages (passages) VALUES ('optimize')`);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const buildMs = performance.now() - started;
  db.close();
  return {
    build_ms: buildMs,
    index_mb: megabytes(databaseBytes(file)),
    open: () => {
      const reader = new Database(file, { readonly: true });
      const select = reader.prepare(`SELECT rowid AS id, text FROM passages WHERE passages MATCH ? ORDER BY bm25(passages) LIMIT ${LIMIT}`);
      const search = (text: string) => {
        const match = ftsQuery(text);
        return match === null ? 0 : select.all(match).length;
      };
      return { search };
    },
  };
}

function flexsearch(dbPath: string): { build_ms: number; index_mb: null; open: () => Peer } {
  const started = performance.now();
  // Without ainews's stop words FlexSearch indexed, and made queries require, words ours ignores.
  const encoder = new Encoder({ ...Charset.LatinBalance, filter: new Set(STOP_WORDS) });
  const index = new Index({ tokenize: 'forward', encoder });
  for (const p of readPassages(dbPath)) index.add(p.id, p.text);
  const buildMs = performance.now() - started;
  return {
    build_ms: buildMs,
    index_mb: null,
    open: () => {
      const db = new Database(dbPath, { readonly: true });
      const search = (text: string) => {
        const ids = index.search(text, { limit: LIMIT }) as number[];
        if (ids.length === 0) return 0;
        return db.prepare(`SELECT id, text FROM paragraphs WHERE id IN (${ids.map(() => '?').join(',')})`).all(...ids).length;
      };
      return { search };
    },
  };
}

function measure(kind: string, dbPath: string, seed: number, perCommand: number): PeerMeasure {
  const made = kind === 'fts5' ? fts5(dbPath) : flexsearch(dbPath);
  log(`${kind}: built in ${round(made.build_ms / 1000, 1)} s`);
  const texts = buildQueries(buildCast(seed), seed, perCommand)
    .filter((q) => q.command === 'search')
    .map((q) => q.text);
  const started = performance.now();
  const peer = made.open();
  peer.search(texts[0]!);
  // FlexSearch keeps its index only in memory, so a fresh process must build it before its first answer.
  const startMs = performance.now() - started + (kind === 'flexsearch' ? made.build_ms : 0);
  const samples: number[] = [];
  let answered = 0;
  for (const text of texts) {
    const t0 = performance.now();
    const found = peer.search(text);
    samples.push(performance.now() - t0);
    if (found > 0) answered++;
  }
  const latency = summarize(samples);
  log(`${kind}: p50 ${latency.p50_ms} ms, p99 ${latency.p99_ms} ms, ${answered}/${texts.length} answered`);
  return {
    ...latency,
    build_ms: round(made.build_ms, 0),
    index_mb: made.index_mb,
    start_to_first_answer_ms: round(startMs, 1),
    answered,
    queries: texts.length,
    rss_mb: peakRssMb(),
  };
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { db: { type: 'string' }, seed: { type: 'string', default: '42' }, queries: { type: 'string', default: '1000' } },
});
const kind = positionals[0];
if ((kind === 'fts5' || kind === 'flexsearch') && values.db) {
  process.stdout.write(`${JSON.stringify(measure(kind, values.db, Number(values.seed), Number(values.queries)))}\n`);
} else {
  process.stderr.write('usage: measure-peers.ts fts5|flexsearch --db FILE [--seed S] [--queries N]\n');
  process.exitCode = 2;
}
