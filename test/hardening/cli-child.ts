// The real `ainews` CLI as a second process on the same database: an admin's ingest or reindex
// running while this process answers, or being killed part-way.

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateCorpus } from '../../bench/generate-corpus.ts';

const BIN = fileURLToPath(new URL('../../bin/ainews.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliChild {
  process: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and everything printed. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts `ainews ARGS...` with the chat platforms unconfigured, as an admin would in a terminal. */
export function startCli(args: string[]): CliChild {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(DISCORD|SLACK)_|^AINEWS_/.test(key)) env[key] = value;
  }
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { process: child, exited };
}

/** A folder of `articles` generated news articles (the bench's generator), ready for `ainews ingest`. */
export function largeFolder(dir: string, articles: number): string {
  return generateCorpus({ dir, articles }).batches[0]!;
}

/**
 * True while another connection holds the database's write lock, i.e. is inside a write
 * transaction. Probes with BEGIN IMMEDIATE and no busy wait, and lets go at once.
 */
export function writeLockHeld(dbPath: string): boolean {
  const probe = new Database(dbPath, { timeout: 0 });
  try {
    probe.exec('BEGIN IMMEDIATE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls until `condition` holds or the child has exited; true when the condition held first. */
export async function whileRunning(child: CliChild, condition: () => boolean, timeoutMs = 30_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (child.process.exitCode === null && child.process.signalCode === null && Date.now() < deadline) {
    if (condition()) return true;
    await sleep(10);
  }
  return false;
}
