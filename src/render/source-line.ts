import type { Source } from '../core/answer.ts';

/** "Newsweek · “Title” · 2025-01-27": what every platform shows under a quote. */
export function sourceLine(source: Source): string {
  const parts = [source.outlet, source.title && `“${source.title}”`, source.date].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(' · ') : source.file;
}
