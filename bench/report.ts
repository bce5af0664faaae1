// The bench's shareable outputs: results.json (merged by corpus size), a markdown table and an SVG chart.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Latency } from './stats.ts';
import type { BenchCommand } from './queries.ts';
import type { PeerMeasure } from './measure-peers.ts';

export interface PeerResult extends PeerMeasure {
  /** Our /search end to end ÷ the peer. */
  ratio_p50: number | null;
  /** Our passages index plus fetching the top 10 (what the peer does) ÷ the peer. */
  ratio_engine_p50: number | null;
}

type Latencies = Latency & { queries: number; answered: number };

/** One corpus size; a part of the run that failed leaves its fields out and says why in `errors`. */
export interface SizeResult {
  articles: number;
  errors: string[];
  corpus_mb: number;
  ingest_articles_per_s?: number;
  db_mb?: number;
  index_build_ms?: number;
  index_mb?: number;
  start_to_first_answer_ms?: number;
  start_to_first_answer_runs_ms?: number[];
  open_first_answer_ms?: number;
  first_query_ms?: Record<BenchCommand, number>;
  rss_mb?: number;
  rss_ingest_mb?: number;
  rss_serve_mb?: number;
  commands?: Record<BenchCommand, Latencies>;
  search_engine?: Latency;
  peers?: { fts5: PeerResult | { error: string }; flexsearch: PeerResult | { error: string } };
  [more: string]: unknown;
}

export interface BenchResults {
  command: string;
  machine: string;
  sizes: SizeResult[];
}

/** Adds this run's sizes to those already saved (a size measured again replaces the old numbers). */
export function mergeResults(file: string, run: BenchResults): BenchResults {
  const saved: BenchResults | null = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BenchResults) : null;
  const sizes = new Map((saved?.sizes ?? []).map((s) => [s.articles, s]));
  for (const size of run.sizes) sizes.set(size.articles, size);
  return { ...run, sizes: [...sizes.values()].sort((a, b) => a.articles - b.articles) };
}

export function writeResults(dir: string, results: BenchResults): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'table.md'), markdownTable(results));
  writeFileSync(join(dir, 'chart.svg'), chartSvg(results));
}

/** A number for the table; a part of the run that failed shows as a dash. */
const fmt = (n: number | null | undefined, digits = 1) =>
  n === null || n === undefined ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const pair = (l: Partial<Latency> | { error: string } | undefined) =>
  l && 'p50_ms' in l ? `${fmt(l.p50_ms, 2)} / ${fmt(l.p99_ms, 2)}` : '—';
const peerOf = (s: SizeResult, name: 'fts5' | 'flexsearch'): PeerResult | undefined => {
  const p = s.peers?.[name];
  return p && 'p50_ms' in p ? p : undefined;
};

export function markdownTable(results: BenchResults): string {
  const rows = results.sizes.map((s) =>
    [
      s.articles.toLocaleString('en-US'),
      fmt(s.ingest_articles_per_s, 0),
      fmt(s.db_mb),
      fmt(s.index_build_ms === undefined ? undefined : s.index_build_ms / 1000, 1),
      fmt(s.index_mb),
      fmt(s.start_to_first_answer_ms, 0),
      fmt(s.open_first_answer_ms, 0),
      pair(s.commands?.['who-said']),
      pair(s.commands?.claim),
      pair(s.commands?.quotes),
      pair(s.commands?.search),
      pair(s.search_engine),
      pair(peerOf(s, 'fts5')),
      pair(peerOf(s, 'flexsearch')),
      `${fmt(peerOf(s, 'fts5')?.ratio_engine_p50, 3)} / ${fmt(peerOf(s, 'flexsearch')?.ratio_engine_p50, 3)}`,
      fmt(s.rss_mb, 0),
    ].join(' | '),
  );
  const errors = results.sizes.flatMap((s) => s.errors.map((e) => `- ${s.articles.toLocaleString('en-US')} articles: ${e}`));
  const commands = [...new Set(results.sizes.map((s) => (typeof s.command === 'string' ? s.command : results.command)))];
  return [
    `Measured with ${commands.map((c) => `\`${c}\``).join(' and ')} on ${results.machine}. Latencies are p50 / p99 in ms over the query set, in-process, end to end (parse, search, rank, build the Answer).`,
    '',
    '| articles | ingest (articles/s) | DB (MB) | index build (s) | index (MB) | start → first answer, CLI (ms) | open + first answer, in-process (ms) | /who said | /claim | /quotes | /search | passages index + top 10 | FTS5 (bm25) + top 10 | FlexSearch + top 10 | ours ÷ FTS5, ÷ FlexSearch (p50, same work) | peak RSS (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r} |`),
    '',
    ...(errors.length > 0 ? ['Parts of the run that failed:', ...errors, ''] : []),
  ].join('\n');
}

interface Series {
  label: string;
  color: string;
  dash?: string;
  points: [number, number][];
}

const COLORS = { whoSaid: '#1f77b4', claim: '#2ca02c', quotes: '#9467bd', search: '#d62728', fts5: '#ff7f0e', flex: '#8c564b', cli: '#111111' };

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One log-log panel: x is corpus size, y is milliseconds. */
function panel(x0: number, title: string, series: Series[], sizes: number[]): string {
  const w = 380;
  const h = 260;
  const top = 50;
  // Room for the widest tick label ("1,000,000 ms").
  const left = x0 + 80;
  const values = series.flatMap((s) => s.points.map(([, v]) => Math.max(v, 0.01)));
  const yTicks = values.length > 0 ? logTicks(Math.min(...values), Math.max(...values)) : [1, 10];
  const [yMin, yMax] = [Math.log10(yTicks[0]!), Math.log10(yTicks.at(-1)!)];
  const xTicks = sizes.length > 1 ? sizes : [sizes[0]! / 10, sizes[0]!, sizes[0]! * 10];
  const [xMin, xMax] = [Math.log10(Math.min(...xTicks)), Math.log10(Math.max(...xTicks))];
  const px = (n: number) => left + ((Math.log10(n) - xMin) / (xMax - xMin || 1)) * w;
  const py = (v: number) => top + h - ((Math.log10(Math.max(v, 0.01)) - yMin) / (yMax - yMin || 1)) * h;
  const parts: string[] = [`<text x="${left + w / 2}" y="${top - 22}" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`];
  parts.push(`<rect x="${left}" y="${top}" width="${w}" height="${h}" fill="none" stroke="#999"/>`);
  for (const t of yTicks) {
    parts.push(`<line x1="${left}" x2="${left + w}" y1="${py(t)}" y2="${py(t)}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${left - 6}" y="${py(t) + 4}" text-anchor="end" font-size="11">${t >= 1 ? t.toLocaleString('en-US') : t} ms</text>`);
  }
  for (const n of sizes) {
    parts.push(`<line x1="${px(n)}" x2="${px(n)}" y1="${top}" y2="${top + h}" stroke="#e5e5e5"/>`);
    parts.push(`<text x="${px(n)}" y="${top + h + 16}" text-anchor="middle" font-size="11">${n.toLocaleString('en-US')}</text>`);
  }
  parts.push(`<text x="${left + w / 2}" y="${top + h + 34}" text-anchor="middle" font-size="12">articles in the library</text>`);
  for (const s of series) {
    const pts = s.points.map(([n, v]) => `${px(n).toFixed(1)},${py(v).toFixed(1)}`);
    parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    for (const p of pts) {
      const [cx, cy] = p.split(',');
      parts.push(`<circle cx="${cx}" cy="${cy}" r="3" fill="${s.color}"/>`);
    }
  }
  series.forEach((s, i) => {
    const y = top + h + 56 + Math.floor(i / 2) * 18;
    const x = left + (i % 2) * 210;
    parts.push(`<line x1="${x}" x2="${x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    parts.push(`<text x="${x + 28}" y="${y}" font-size="11">${escapeXml(s.label)}</text>`);
  });
  return parts.join('\n');
}

export function chartSvg(results: BenchResults): string {
  const sizes = results.sizes.map((s) => s.articles);
  const points = (f: (s: SizeResult) => number | undefined): [number, number][] =>
    results.sizes.flatMap((s): [number, number][] => {
      const value = f(s);
      return value === undefined ? [] : [[s.articles, value]];
    });
  const latency: Series[] = [
    { label: 'ainews /who said', color: COLORS.whoSaid, points: points((s) => s.commands?.['who-said'].p99_ms) },
    { label: 'ainews /claim', color: COLORS.claim, points: points((s) => s.commands?.claim.p99_ms) },
    { label: 'ainews /quotes', color: COLORS.quotes, points: points((s) => s.commands?.quotes.p99_ms) },
    { label: 'ainews /search', color: COLORS.search, points: points((s) => s.commands?.search.p99_ms) },
    { label: 'ainews passages index + top 10', color: COLORS.search, dash: '2 3', points: points((s) => s.search_engine?.p99_ms) },
    { label: 'SQLite FTS5 (same passages)', color: COLORS.fts5, dash: '6 4', points: points((s) => peerOf(s, 'fts5')?.p99_ms) },
    { label: 'FlexSearch (same passages)', color: COLORS.flex, dash: '6 4', points: points((s) => peerOf(s, 'flexsearch')?.p99_ms) },
  ];
  const start: Series[] = [
    { label: 'ainews CLI (new process)', color: COLORS.cli, points: points((s) => s.start_to_first_answer_ms) },
    { label: 'ainews in-process open', color: COLORS.whoSaid, points: points((s) => s.open_first_answer_ms) },
    { label: 'SQLite FTS5 open', color: COLORS.fts5, dash: '6 4', points: points((s) => peerOf(s, 'fts5')?.start_to_first_answer_ms) },
    { label: 'FlexSearch build (in memory)', color: COLORS.flex, dash: '6 4', points: points((s) => peerOf(s, 'flexsearch')?.start_to_first_answer_ms) },
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="440" viewBox="0 0 1000 440" font-family="sans-serif">
<rect width="1000" height="440" fill="white"/>
${panel(0, 'Query latency p99 (log scale)', latency, sizes)}
${panel(500, 'Start to first answer (log scale)', start, sizes)}
</svg>
`;
}
