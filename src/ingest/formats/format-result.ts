import type { ArticleMeta } from '../types.ts';

/** What a format parser finds: raw paragraphs in order, and the metadata its markup states. */
export interface FormatResult {
  paragraphs: string[];
  meta: Partial<ArticleMeta>;
}
