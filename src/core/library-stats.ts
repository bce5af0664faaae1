import type { Library } from './library.ts';
import { describeReport } from './describe-report.ts';
import type { IngestReport } from './answer.ts';

export function libraryStats(library: Library): { label: string; value: string }[] {
  const count = (table: string) => (library.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const last = library.db.prepare('SELECT at, report FROM ingest_log ORDER BY id DESC LIMIT 1').get() as
    | { at: string; report: string }
    | undefined;
  const votes = library.db.prepare(`SELECT vote, count(*) AS n FROM feedback GROUP BY vote`).all() as { vote: string; n: number }[];
  const vote = (v: string) => votes.find((x) => x.vote === v)?.n ?? 0;
  return [
    { label: 'Articles', value: String(count('articles')) },
    { label: 'Quotes', value: String(count('quotes')) },
    { label: 'Claims', value: String(count('claims')) },
    { label: 'People and organisations', value: String(count('people')) },
    { label: 'Index size', value: `${(library.search.sizeInBytes() / 1024).toFixed(1)} KiB` },
    { label: 'Last ingest', value: last ? `${last.at}: ${describeReport(JSON.parse(last.report) as IngestReport)}` : 'never' },
    { label: 'Feedback', value: `${vote('up')} 👍, ${vote('down')} 👎` },
  ];
}
