// What extraction produces from one cleaned article. Offsets are UTF-16 indexes into the
// paragraph string, so `paragraphs[p].slice(start, end) === text` always holds.

import type { Figure } from '../core/answer.ts';

export type EntityKind = 'person' | 'organisation' | 'account';

export interface Speaker {
  /** Canonical name as the article gives it in full: "Elon Musk", "Alibaba's cloud division". */
  name: string;
  kind: EntityKind;
}

export interface Span {
  /** 0-based paragraph index. */
  paragraph: number;
  start: number;
  end: number;
  /** Verbatim: paragraphs[paragraph].slice(start, end). */
  text: string;
}

export interface ExtractedQuote extends Span {
  /** Verbatim context: the sentence(s) around the quote, within the same paragraph. */
  excerpt: string;
  speaker: Speaker | null;
}

export interface ExtractedClaim extends Span {
  excerpt: string;
  claimant: Speaker | null;
  figures: Figure[];
}

export interface ExtractedEntity {
  /** Fullest form the article uses: "Elon Musk". */
  name: string;
  kind: EntityKind;
  /** Other forms the article uses for the same entity: "Musk", "Tesla CEO Elon Musk". */
  aliases: string[];
  /** Role words the article attaches: "Tesla CEO", "the co-founder and CEO of Anthropic". */
  titles: string[];
}

export interface Extraction {
  quotes: ExtractedQuote[];
  claims: ExtractedClaim[];
  entities: ExtractedEntity[];
}
