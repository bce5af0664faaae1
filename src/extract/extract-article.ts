// Extraction of one cleaned article: quotations with their speakers, claims with their claimants
// and figures, and the people and organisations it names. Pure and synchronous.

import type { ExtractedQuote, Extraction, Speaker } from './types.ts';
import { prepareArticle, sentenceAt, type ArticleText } from './article-text.ts';
import { buildEntityIndex, toExtractedEntities } from './entities.ts';
import { attributeQuotes, type LocatedQuote } from './attribution.ts';
import { findInterviewTurns } from './interview.ts';
import { findEmbeddedPosts } from './embedded-posts.ts';
import { findClaims } from './claims.ts';
import { newSubjectContext } from './subject.ts';
import { quotedWithin } from './quoted-within.ts';

export { splitSentences } from './sentences.ts';

export function extractArticle(paragraphs: string[]): Extraction {
  const article = prepareArticle(paragraphs);
  const index = buildEntityIndex(article);
  const ctx = newSubjectContext(article, index);
  const turns = [...findInterviewTurns(article, index), ...findEmbeddedPosts(article, index)];
  const interviewParagraphs = new Set(turns.map((t) => t.paragraph));
  const located: LocatedQuote[] = article.paragraphs.flatMap((para) =>
    interviewParagraphs.has(para.index) ? [] : para.quotes.map((span) => ({ paragraph: para.index, span })),
  );
  const speakers = attributeQuotes(ctx, located);
  // Words a speaker repeats from someone else ("When my boss told me 'ship it', I quit") are that
  // someone's quotation, named or not; a nested quotation no speech verb introduces (a scare quote,
  // a title) stays the outer speaker's words. The same holds inside an unquoted interview answer.
  const inner = [
    ...located.flatMap((q, i) => quotedWithin(ctx, q.paragraph, q.span.start, q.span.end, speakers[i] ?? null)),
    ...turns.flatMap((t) => quotedWithin(ctx, t.paragraph, t.start, t.end, t.speaker)),
  ];
  const quotes = [
    ...[...located, ...inner].map((q, i) => quoteRecord(article, q.paragraph, q.span.start, q.span.end, q.span.open, q.span.close ?? q.span.end, i < located.length ? (speakers[i] ?? null) : (inner[i - located.length]!.speaker))),
    ...turns.map((t) => quoteRecord(article, t.paragraph, t.start, t.end, t.start, t.end, t.speaker)),
  ].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  return { quotes, claims: findClaims(ctx, quotes), entities: toExtractedEntities(index) };
}

// The excerpt is the whole sentence(s) the quotation spans, marks included.
function quoteRecord(article: ArticleText, p: number, start: number, end: number, outerStart: number, outerEnd: number, speaker: Speaker | null): ExtractedQuote {
  const para = article.paragraphs[p]!;
  const first = article.sentences[sentenceAt(article, p, outerStart)]!;
  const last = article.sentences[sentenceAt(article, p, outerEnd)]!;
  const from = Math.min(outerStart, first.start);
  const excerptEnd = Math.min(Math.max(outerEnd + 1, last.end), para.text.length);
  return {
    paragraph: p,
    start,
    end,
    text: para.text.slice(start, end),
    excerpt: para.text.slice(from, excerptEnd),
    speaker,
  };
}
