// Latency summaries and the small helpers every bench process shares.

import { statSync } from 'node:fs';

export interface Latency {
  p50_ms: number;
  p99_ms: number;
  max_ms: number;
}

/** Nearest-rank percentiles over the samples, rounded to microseconds. */
export function summarize(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50_ms: round(at(0.5)), p99_ms: round(at(0.99)), max_ms: round(sorted.at(-1) ?? 0) };
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function megabytes(bytes: number): number {
  return round(bytes / 1024 / 1024, 1);
}

/** Peak resident set size of this process so far (maxRSS is in kilobytes). */
export function peakRssMb(): number {
  return megabytes(process.resourceUsage().maxRSS * 1024);
}

/** Size of an SQLite database with its WAL and shared-memory files. */
export function databaseBytes(file: string): number {
  let total = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      total += statSync(file + suffix).size;
    } catch {
      // That file does not exist (no WAL yet).
    }
  }
  return total;
}

/** When the whole bench run started (run.ts sets it for its children), so every line says how far in it is. */
const STARTED = Number(process.env['AINEWS_BENCH_STARTED'] ?? Date.now());

export function log(message: string): void {
  process.stderr.write(`[bench +${((Date.now() - STARTED) / 1000).toFixed(1)}s] ${message}\n`);
}
