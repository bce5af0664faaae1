// Writes a deterministic synthetic news corpus that `ainews ingest` reads:
//   node bin/run-ts.js bench/generate-corpus.ts --articles 1000 [--seed 42] [--out bench/out/corpus-1000]
// Files go into folders of 1,000 (0000/, 0001/, …), the batches the bench ingests one call at a time.

import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildCast } from './cast.ts';
import { generateArticle } from './article-text.ts';

export const DEFAULT_SEED = 42;
export const BATCH_SIZE = 1000;
// Bumped whenever the generator's output changes, so a cached corpus from an older version is rewritten.
const GENERATOR_VERSION = 1;

export interface Corpus {
  dir: string;
  /** One folder per batch of BATCH_SIZE articles, in order. */
  batches: string[];
  articles: number;
  bytes: number;
}

/** Writes `articles` articles under `dir` (reusing an identical corpus already there). */
export function generateCorpus(options: { dir: string; articles: number; seed?: number }): Corpus {
  const seed = options.seed ?? DEFAULT_SEED;
  const { dir, articles } = options;
  const batches = Array.from({ length: Math.ceil(articles / BATCH_SIZE) }, (_, i) => join(dir, String(i).padStart(4, '0')));
  const marker = join(dir, '.corpus.json');
  const stamp = JSON.stringify({ version: GENERATOR_VERSION, seed, articles });
  if (existsSync(marker)) {
    const previous = JSON.parse(readFileSync(marker, 'utf8')) as { stamp: string; bytes: number };
    if (previous.stamp === stamp) return { dir, batches, articles, bytes: previous.bytes };
  }
  rmSync(dir, { recursive: true, force: true });
  const cast = buildCast(seed);
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const folder = batches[Math.floor(i / BATCH_SIZE)]!;
    if (i % BATCH_SIZE === 0) mkdirSync(folder, { recursive: true });
    const file = generateArticle(cast, seed, i);
    writeFileSync(join(folder, file.name), file.content);
    bytes += Buffer.byteLength(file.content);
  }
  writeFileSync(marker, JSON.stringify({ stamp, bytes }));
  return { dir, batches, articles, bytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({
    options: { articles: { type: 'string', default: '1000' }, seed: { type: 'string' }, out: { type: 'string' } },
  });
  const articles = Number(values.articles);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const dir = values.out ?? join('bench', 'out', `corpus-${articles}-${seed}`);
  const started = performance.now();
  const corpus = generateCorpus({ dir, articles, seed });
  process.stderr.write(
    `wrote ${corpus.articles} articles (${(corpus.bytes / 1e6).toFixed(1)} MB) to ${dir} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
