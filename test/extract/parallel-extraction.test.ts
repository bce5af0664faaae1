// The worker thread extracts exactly what the main thread would, hands results over in any order
// asked, and passes an extraction's failure on to the caller.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readArticles } from '../../src/ingest/parse-article-file.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { ExtractionWorker } from '../../src/extract/parallel-extraction.ts';

const root = join(import.meta.dirname, '../..');
const articles = readArticles([join(root, 'data/articles'), join(root, 'test/eval/articles')]).articles;
const worker = new ExtractionWorker();
afterAll(() => worker.close());

describe('extraction on a worker thread', () => {
  it('gives every article the extraction the main thread gives it', () => {
    expect(articles.length).toBeGreaterThan(40);
    worker.begin();
    articles.forEach((a, i) => worker.submit(i, a.paragraphs));
    for (const [i, article] of articles.entries()) expect(worker.take(i)).toEqual(extractArticle(article.paragraphs));
  });

  it('hands extractions over in whatever order they are asked for, even when some are never asked for', () => {
    worker.begin();
    for (const index of [5, 9, 2, 30, 17]) worker.submit(index, articles[index]!.paragraphs);
    for (const index of [30, 2, 17, 5]) expect(worker.take(index)).toEqual(extractArticle(articles[index]!.paragraphs));
    expect(() => worker.take(4)).toThrow('article 4 was never submitted');
  });

  it('throws what the extraction threw, and the next batch still works', () => {
    const broken = [42 as unknown as string];
    expect(() => extractArticle(broken)).toThrow(TypeError);
    worker.begin();
    worker.submit(0, broken);
    worker.submit(1, articles[1]!.paragraphs);
    expect(() => worker.take(0)).toThrow(TypeError);

    // The next batch numbers its articles afresh; a late reply to the first batch's article 1 is not taken for this one.
    worker.begin();
    worker.submit(1, articles[3]!.paragraphs);
    expect(worker.take(1)).toEqual(extractArticle(articles[3]!.paragraphs));
  });
});
