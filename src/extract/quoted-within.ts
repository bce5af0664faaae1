// Words an interviewee repeats from someone else: `My co-founder, Ilya Brandt, always says "build
// the boring robot first"` inside an answer printed without quotation marks. Each becomes a
// quotation of its own, so a question about those words does not name the person who only
// repeated them. A quotation that no speech verb introduces (a scare quote, a title) stays part of
// the answer, and so do the speaker's own words ("I told them").

import type { Speaker } from './types.ts';
import { sentenceAt } from './article-text.ts';
import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { VERB_PREFIX_WORDS } from './lexicon.ts';
import { isSpeechVerb, phraseStartingAt } from './phrases.ts';
import { resolvePhrase, type SubjectContext } from './subject.ts';
import { lower, tokenIndexAt, type Token } from './tokens.ts';
import { subjectBefore } from './verb-subject.ts';

export interface InnerQuote {
  paragraph: number;
  span: QuoteSpan;
  speaker: Speaker | null;
}

const OBJECT_PRONOUNS = new Set(['me', 'us', 'him', 'her', 'them', 'you']);
const FIRST_PERSON = new Set(['i', 'we']);

/** Quotations inside paragraph `p`'s unquoted text [from, to) that someone other than `outer` said. */
export function quotedWithin(ctx: SubjectContext, p: number, from: number, to: number, outer: Speaker | null): InnerQuote[] {
  const para = ctx.article.paragraphs[p]!;
  const tokens = para.tokens;
  const inner = findQuoteSpans(para.text.slice(from, to)).map((s) => shift(s, from));
  const found: InnerQuote[] = [];
  for (const span of inner) {
    const sentence = ctx.article.sentences[sentenceAt(ctx.article, p, span.open)]!;
    const floor = tokenIndexAt(tokens, Math.max(from, sentence.start));
    const subject = introducer(tokens, floor, tokenIndexAt(tokens, span.open)) ?? follower(tokens, span, to);
    if (!subject || subject.firstPerson) continue;
    const speaker = subjectSpeaker(ctx, p, subject, floor);
    if (speaker && outer && speaker.name === outer.name) continue;
    found.push({ paragraph: p, span, speaker });
  }
  return found;
}

interface Introduction {
  /** The speech verb's token, when it comes before the quotation. */
  verb: number | null;
  /** The subject phrase, when it follows the quotation. */
  phrase: [number, number] | null;
  firstPerson: boolean;
}

function shift(span: QuoteSpan, by: number): QuoteSpan {
  return { start: span.start + by, end: span.end + by, open: span.open + by, close: span.close === null ? null : span.close + by };
}

// `told me, '…'` · `always says "…"` · `said: "…"`
function introducer(tokens: Token[], floor: number, open: number): Introduction | null {
  let k = open - 1;
  while (k >= floor && /^[,:]$/.test(tokens[k]!.text)) k--;
  if (k >= floor && OBJECT_PRONOUNS.has(lower(tokens[k]))) k--;
  if (k < floor || !isSpeechVerb(tokens, k)) return null;
  let s = k - 1;
  while (s >= floor && VERB_PREFIX_WORDS.has(lower(tokens[s]))) s--;
  return { verb: k, phrase: null, firstPerson: s >= floor && FIRST_PERSON.has(lower(tokens[s])) };
}

// `'…,' a parent told me` · `'…,' I said`
function follower(tokens: Token[], span: QuoteSpan, to: number): Introduction | null {
  if (span.close === null) return null;
  let k = tokenIndexAt(tokens, span.close + 1);
  while (k < tokens.length && tokens[k]!.text === ',') k++;
  const ceiling = tokenIndexAt(tokens, to);
  const phrase = phraseStartingAt(tokens, k, ceiling);
  if (!phrase) return null;
  let v = phrase[1] + 1;
  while (v < ceiling && VERB_PREFIX_WORDS.has(lower(tokens[v]))) v++;
  if (v >= ceiling || !isSpeechVerb(tokens, v)) return null;
  return { verb: null, phrase, firstPerson: phrase[0] === phrase[1] && FIRST_PERSON.has(lower(tokens[phrase[0]])) };
}

function subjectSpeaker(ctx: SubjectContext, p: number, intro: Introduction, floor: number): Speaker | null {
  const para = ctx.article.paragraphs[p]!;
  if (intro.phrase) return resolvePhrase(ctx, p, intro.phrase[0], intro.phrase[1]).speaker;
  return intro.verb === null ? null : (subjectBefore(ctx, para, intro.verb, floor)?.attribution.speaker ?? null);
}
