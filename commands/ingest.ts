import { z } from 'zod';
import { defineCommand } from './command.ts';
import { fetchArticle } from '../src/core/fetch-article.ts';
import { describeReport } from '../src/core/describe-report.ts';
import type { IngestReport } from '../src/core/answer.ts';

export const ingestCommand = defineCommand({
  name: 'ingest',
  words: ['ingest'],
  description: 'Add or update articles from a URL or an attached file (.txt .md .html .json .jsonl)',
  option: { name: 'source', description: 'An article URL (or, in the terminal, a file or folder path)', required: false },
  schema: z.object({ source: z.string().trim().optional() }),
  admin: true,
  acceptsFiles: true,
  examples: ['/ingest https://example.com/news/deepseek.html'],
  run: async ({ source }, { library, user, files }) => {
    let report: IngestReport;
    if (files && files.length > 0) {
      report = library.ingestFiles(files);
    } else if (source && /^https?:\/\//i.test(source)) {
      const fetched = await fetchArticle(source, library.fetchLimits);
      report = 'failure' in fetched ? emptyReport(fetched.failure) : library.ingestFiles([fetched]);
    } else if (source && user.platform === 'cli') {
      report = library.ingestPaths([source]);
    } else {
      // A chat user must never make the bot read files on the server it runs on.
      return {
        command: 'ingest',
        query: source ?? '',
        title: 'Nothing ingested',
        results: [],
        message: 'Give an article URL (http or https) or attach an article file.',
      };
    }
    return { command: 'ingest', query: source ?? '', title: 'Ingest report', results: [], report, message: describeReport(report) };
  },
});

function emptyReport(failure: { file: string; reason: string }): IngestReport {
  return { added: [], updated: [], unchanged: [], failed: [failure] };
}
