import { Library } from '../core/library.ts';
import type { Config } from '../config.ts';
import { describeReport } from '../core/describe-report.ts';

const MB = 1024 * 1024;

/**
 * Opens the library at `dbPath`; a library that has never ingested anything first fills itself from
 * the articles folder, so a fresh clone answers at once.
 */
export function openLibrary(config: Config, dbPath: string, opts: { fill: boolean }): Library {
  const library = Library.open({
    dbPath,
    maxFileBytes: config.AINEWS_MAX_FILE_MB * MB,
    fetchLimits: { timeoutMs: config.AINEWS_FETCH_TIMEOUT_MS, maxBytes: config.AINEWS_FETCH_MAX_MB * MB },
  });
  if (opts.fill && library.isEmpty()) {
    const report = library.ingestPaths([config.AINEWS_ARTICLES_DIR]);
    process.stderr.write(`ainews: first use, filled ${dbPath} from ${config.AINEWS_ARTICLES_DIR}: ${describeReport(report)}\n`);
  }
  return library;
}
