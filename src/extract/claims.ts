// Claims: sentences that assert something a reader may want to check: a figure, or a report of
// what someone says, claims or reportedly did.

import type { ExtractedClaim, Speaker } from './types.ts';
import type { Figure } from '../core/answer.ts';
import type { ArticleSentence } from './article-text.ts';
import { extractFigures } from './figures.ts';
import { range, subjectBefore } from './verb-subject.ts';
import { isSpeechVerb, NOUN_DETERMINERS, phraseStartingAt } from './phrases.ts';
import { resolvePhrase, type SubjectContext } from './subject.ts';
import { lower, tokenIndexAt } from './tokens.ts';

const CLAIM_CUES = new Set([
  'say', 'says', 'said', 'saying', 'claim', 'claims', 'claimed', 'claiming', 'according',
  'reportedly', 'reported', 'reports', 'alleged', 'allegedly', 'alleges', 'estimates', 'estimated',
  'believes', 'believed', 'argued', 'argues', 'insists', 'insisted', 'stated', 'states', 'told',
  'wrote', 'writes', 'posted', 'revealed', 'reveals', 'announced', 'announces', 'suggests',
  'suggested', 'expects', 'predicted', 'predicts', 'warned', 'warns', 'maintains', 'denied',
  'denies', 'confirmed', 'confirms', 'acknowledged', 'admitted', 'noted', 'explained', 'stressed',
]);

const MIN_WORDS = 4;

/** A quotation already attributed: a sentence that carries it is claimed by its speaker. */
export interface SpokenSpan {
  paragraph: number;
  start: number;
  speaker: Speaker | null;
}

export function findClaims(ctx: SubjectContext, spoken: SpokenSpan[]): ExtractedClaim[] {
  const claims: ExtractedClaim[] = [];
  for (const sentence of ctx.article.sentences) {
    const para = ctx.article.paragraphs[sentence.paragraph]!;
    const from = tokenIndexAt(para.tokens, sentence.start);
    const to = tokenIndexAt(para.tokens, sentence.end);
    const words = para.tokens.slice(from, to).filter((t) => t.word);
    if (words.length < MIN_WORDS) continue;
    const figures = extractFigures(sentence.text);
    const cued = words.some((t) => CLAIM_CUES.has(lower(t)));
    if (figures.length === 0 && !cued) continue;
    claims.push({
      paragraph: sentence.paragraph,
      start: sentence.start,
      end: sentence.end,
      text: sentence.text,
      excerpt: sentence.text,
      claimant: quotedSpeaker(spoken, sentence) ?? sentenceClaimant(ctx, sentence.paragraph, sentence.start, sentence.end, firstFigureAt(sentence, figures)),
      figures,
    });
  }
  return claims;
}

function quotedSpeaker(spoken: SpokenSpan[], sentence: ArticleSentence): Speaker | null {
  const inside = spoken.find((q) => q.paragraph === sentence.paragraph && q.start >= sentence.start && q.start < sentence.end && q.speaker);
  return inside?.speaker ?? null;
}

/** Paragraph offset of the sentence's first figure, or null when it has none. */
function firstFigureAt(sentence: ArticleSentence, figures: Figure[]): number | null {
  const offsets = figures.map((f) => sentence.text.indexOf(f.text)).filter((i) => i >= 0);
  return offsets.length > 0 ? sentence.start + Math.min(...offsets) : null;
}

/**
 * Who asserts the sentence [start, end) of paragraph p: "according to X", or the named subject of a
 * speech verb outside quotation marks. Null when it names nobody. A figure belongs to the last
 * speaker before it: in "Musk replied to Wang, who said that DeepSeek has 50,000 GPUs", the number
 * is Wang's claim, not Musk's; without a figure the first speaker asserts the sentence.
 */
function sentenceClaimant(ctx: SubjectContext, p: number, start: number, end: number, figureAt: number | null): Speaker | null {
  const para = ctx.article.paragraphs[p]!;
  const tokens = para.tokens;
  const [lo, hi] = range(para, start, end);
  let claimant: Speaker | null = null;
  for (let k = lo; k < hi; k++) {
    if (figureAt !== null && tokens[k]!.start >= figureAt && claimant) break;
    if (para.insideQuote(tokens[k]!.start)) continue;
    let speaker: Speaker | null | undefined;
    if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') {
      const phrase = phraseStartingAt(tokens, k + 2, hi);
      speaker = phrase ? resolvePhrase(ctx, p, phrase[0], phrase[1]).speaker : null;
    } else {
      const claimVerb = CLAIM_VERBS.has(lower(tokens[k])) && !NOUN_DETERMINERS.has(lower(tokens[k - 1]));
      // A claim is made by a finite verb ("says", "predicted"), not a bare "predict" in a list.
      if (!claimVerb && !(isSpeechVerb(tokens, k) && FINITE.test(lower(tokens[k])))) continue;
      speaker = subjectBefore(ctx, para, k, lo)?.attribution.speaker;
    }
    if (!speaker) continue;
    claimant = speaker;
    if (figureAt === null) break;
  }
  return claimant;
}

const FINITE = /(?:s|ed|said|told|wrote|spoke)$/;
const CLAIM_VERBS = new Set(['reported', 'reports', 'revealed', 'reveals', 'estimated', 'estimates', 'believes', 'believed', 'alleged', 'alleges', 'expects', 'expected', 'found', 'finds', 'showed', 'shows', 'estimate']);
