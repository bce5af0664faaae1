import type { IngestReport } from './answer.ts';

/** One line a person reads: "2 added, 1 updated, 0 unchanged, 1 failed". */
export function describeReport(report: IngestReport): string {
  return `${report.added.length} added, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.failed.length} failed`;
}
