// Who said each quotation: the attribution in its own sentence (after the quote, then before it),
// else the speaker of the quotation it continues (the next sentence of the same paragraph, or the
// next paragraph of a quotation left open). Explicitly unnamed sources stay null.

import type { Speaker } from './types.ts';
import { sentenceAt, type ArticleText, type ParagraphText } from './article-text.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { isAbbreviation } from './names.ts';
import { GROUP_NOUNS, OPINION_VERBS, PERSON_ROLE_NOUNS, SPEECH_VERBS, VERB_PREFIX_WORDS } from './lexicon.ts';
import { lower, tokenIndexAt, type Token } from './tokens.ts';
import { chunksWithin, phraseEndingAt, phraseStartingAt, resolvePhrase, speakerFromChunk, type SubjectContext } from './subject.ts';

export interface LocatedQuote {
  paragraph: number;
  span: QuoteSpan;
}

/** found: the sentence says who speaks (even if it names nobody, like "a spokesperson said"). */
export interface Attribution {
  found: boolean;
  speaker: Speaker | null;
}

const NOT_FOUND: Attribution = { found: false, speaker: null };
const UNNAMED: Attribution = { found: true, speaker: null };
const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'several', 'many', 'some', 'any', 'no', 'each', 'every']);
const PARTICIPLE = /ing$/;
const MAX_LEAD_IN = 6;
const LINKING_WORDS = new Set(['adding', 'saying', 'and', 'then', 'before', 'continuing', 'writing', 'noting', 'concluding', 'later', 'also']);
const WORK_NOUNS = new Set([
  'book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'album', 'show', 'series',
  'podcast', 'paper', 'essay', 'report', 'titled', 'entitled', 'play', 'episode', 'newsletter',
]);
const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'with', 'at', 'by', 'is']);
// Words that start a new clause: what follows them is no attribution of the quote before.
const BREAKERS = new Set(['but', 'while', 'which', 'that', 'and', 'because', 'as', 'when', 'if', 'so', 'though', 'although', 'where', 'despite', 'whereas', 'yet']);
// Verbs that news prose puts before their subject: `," said Jane Doe`.
const INVERTIBLE_VERBS = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'replied', 'continued',
  'explained', 'noted', 'recalled', 'insisted', 'argued', 'countered', 'warned', 'cautioned',
  'stated', 'tweeted', 'posted', 'quipped', 'concluded', 'admitted', 'acknowledged', 'remarked',
  'observed', 'declared', 'responded', 'told',
]);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'about']);
// Speech verbs that are also common nouns.
const NOUN_LIKE_FORMS = new Set([
  'post', 'posts', 'tweet', 'tweets', 'call', 'calls', 'comment', 'comments', 'remark', 'remarks',
  'note', 'notes', 'claim', 'claims', 'share', 'shares', 'reply', 'replies', 'point', 'points',
  'quote', 'blog', 'promise', 'promises', 'vow', 'vows', 'counter', 'counters', 'term', 'label',
  'brand', 'boast', 'boasts', 'state', 'states', 'stress', 'joke', 'jokes', 'quip', 'quips', 'say',
  'warning', 'statement', 'concede', 'observe', 'continue', 'add', 'ask', 'write', 'tell',
]);

export function attributeQuotes(ctx: SubjectContext, quotes: LocatedQuote[]): (Speaker | null)[] {
  const { article, index } = ctx;
  const results: Attribution[] = [];
  quotes.forEach((q, i) => {
    const own = attributeInSentence(ctx, q, quotes[i - 1], quotes[i + 1]);
    results.push(own);
    const entity = own.speaker ? index.resolve(own.speaker.name) : null;
    if (entity) ctx.events.push({ paragraph: q.paragraph, offset: q.span.open, entity });
  });
  inheritWithinParagraph(article, quotes, results);
  shareAcrossParagraphChains(article, quotes, results);
  inheritWithinParagraph(article, quotes, results);
  return results.map((r) => r.speaker);
}

function attributeInSentence(ctx: SubjectContext, q: LocatedQuote, prev: LocatedQuote | undefined, next: LocatedQuote | undefined): Attribution {
  const para = ctx.article.paragraphs[q.paragraph]!;
  if (isWorkTitle(para, q.span)) return UNNAMED;
  const openSentence = ctx.article.sentences[sentenceAt(ctx.article, q.paragraph, q.span.open)]!;
  let preStart = openSentence.start;
  if (prev && prev.paragraph === q.paragraph && prev.span.close !== null && prev.span.close >= preStart) preStart = prev.span.close + 1;
  if (q.span.close !== null) {
    const closeSentence = ctx.article.sentences[sentenceAt(ctx.article, q.paragraph, q.span.close)]!;
    let postEnd = closeSentence.end;
    if (next && next.paragraph === q.paragraph && next.span.open < postEnd) postEnd = next.span.open;
    const post = attributeAfter(ctx, para, q.span.close + 1, postEnd);
    if (post.found) return post;
  }
  return attributeBefore(ctx, para, preStart, q.span.open);
}

// `his book "Hit Refresh"`: the title of a work, not words anyone said.
function isWorkTitle(para: ParagraphText, span: QuoteSpan): boolean {
  const before = para.tokens[tokenIndexAt(para.tokens, span.open) - 1];
  if (!WORK_NOUNS.has(lower(before))) return false;
  const words = para.text.slice(span.start, span.end).split(/\s+/);
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_TITLE_WORDS.has(w));
}

function range(para: ParagraphText, start: number, end: number): [number, number] {
  return [tokenIndexAt(para.tokens, start), tokenIndexAt(para.tokens, end)];
}

function isSpeechVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const w = t.text.toLowerCase();
  if (!t.word || !SPEECH_VERBS.has(w)) return false;
  const prev = lower(tokens[k - 1]);
  if (NOUN_DETERMINERS.has(prev) || PREPOSITIONS.has(prev)) return false;
  if (!NOUN_LIKE_FORMS.has(w)) return true;
  // "a blog post", "a Threads post", "the earnings call" are nouns; "Musk posts", "he calls" verbs.
  let j = k - 1;
  while (j >= 0 && VERB_PREFIX_WORDS.has(lower(tokens[j]))) j--;
  const subject = tokens[j];
  if (!subject || !subject.word) return false;
  if (/^\p{Lu}/u.test(subject.text)) return !NOUN_DETERMINERS.has(lower(tokens[j - 1]));
  return ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that'].includes(subject.text.toLowerCase()) || PERSON_ROLE_NOUNS.has(lower(subject));
}

// `," Sacks said.` · `," said Jane Doe, an analyst` · `," he said` · `," the Anthropic chief wrote`
function attributeAfter(ctx: SubjectContext, para: ParagraphText, start: number, end: number): Attribution {
  const tokens = para.tokens;
  let [i, stop] = range(para, start, end);
  while (i < stop && !tokens[i]!.word && /^[,\u2014\u2013-]$/.test(tokens[i]!.text)) i++;
  if (i >= stop || !tokens[i]!.word) return NOT_FOUND;
  if (INVERTIBLE_VERBS.has(lower(tokens[i]))) return invertedSubject(ctx, para, i + 1, stop);
  if (lower(tokens[i]) === 'according' && lower(tokens[i + 1]) === 'to') {
    // "according to a post": a document, not a speaker; the sentence before the quote may say whose.
    const source = invertedSubject(ctx, para, i + 2, stop);
    return source.speaker ? source : NOT_FOUND;
  }
  for (let k = i + 1; k < stop && k - i <= 14; k++) {
    if (BREAKERS.has(lower(tokens[k]))) return NOT_FOUND;
    if (!isSpeechVerb(tokens, k) && !(lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to')) continue;
    const subject = subjectBefore(ctx, para, k, i);
    if (subject && subject.from - i <= MAX_LEAD_IN && !hasBreaker(tokens, i, subject.from)) return subject.attribution;
    return NOT_FOUND;
  }
  return NOT_FOUND;
}

function hasBreaker(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text === '.' && isAbbreviation(tokens[k - 1]?.text ?? '')) continue;
    if (BREAKERS.has(lower(tokens[k])) || /^[.;:!?]$/.test(tokens[k]!.text)) return true;
  }
  return false;
}

// `," said retired teacher Joan Pruitt.` — the first name after the verb, before any punctuation.
function invertedSubject(ctx: SubjectContext, para: ParagraphText, from: number, stop: number): Attribution {
  const tokens = para.tokens;
  const limit = Math.min(stop, from + MAX_LEAD_IN + 3);
  let end = from;
  while (end < limit && (tokens[end]!.word || (tokens[end]!.text === '.' && isAbbreviation(tokens[end - 1]?.text ?? '')))) end++;
  const startOffset = tokens[from]?.start ?? Infinity;
  const endOffset = tokens[end - 1]?.end ?? -1;
  const chunk = chunksWithin(ctx.index.chunks[para.index] ?? [], startOffset, endOffset).find((c) => !c.possessive);
  if (chunk) return { found: true, speaker: resolvePhrase(ctx, para.index, from, chunk.last).speaker };
  // `," said Oduya's deputy, Tomasz Brzezinski.` — the role's name follows the comma.
  if (tokens[end]?.text === ',') {
    const named = appositiveName(ctx, para, end + 1, nextComma(tokens, end + 1, stop) - 1);
    if (named) return named;
  }
  const phrase = phraseStartingAt(tokens, from, stop);
  if (!phrase || (phrase[0] === phrase[1] && !tokens[phrase[0]]!.word)) return NOT_FOUND;
  return { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker };
}

function nextComma(tokens: Token[], from: number, stop: number): number {
  let k = from;
  while (k < stop && tokens[k]!.word) k++;
  return k;
}

// `X said: "…"` · `calling it "…"` · `who had written: "…"` · `as X points out, is "…"` ·
// `X, in a 2024 op-ed for The Post: "…"`
function attributeBefore(ctx: SubjectContext, para: ParagraphText, start: number, end: number): Attribution {
  const tokens = para.tokens;
  const [lo, hi] = range(para, start, end);
  if (hi <= lo) return NOT_FOUND;
  for (let k = hi - 1; k >= lo; k--) {
    const w = lower(tokens[k]);
    if (w === 'according' && lower(tokens[k + 1]) === 'to') {
      const phrase = phraseStartingAt(tokens, k + 2, hi);
      return phrase ? { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } : NOT_FOUND;
    }
    if (!isSpeechVerb(tokens, k)) continue;
    // "was quoted … as saying": the subject belongs to the verb before.
    if (PARTICIPLE.test(w) && lower(tokens[k - 1]) === 'as') continue;
    if (groupHoldsWords(tokens, k + 1, hi)) return UNNAMED;
    if (PARTICIPLE.test(w) && tokens[k - 1]?.text === ',') return clauseSubject(ctx, para, lo, k);
    const subject = subjectBefore(ctx, para, k, lo);
    if (subject) return subject.attribution;
    // "Benedetti, asked about rivals, was blunt: "…"" — the verb had no subject; the clause has.
    return tokens[hi - 1]?.text === ':' ? clauseSubject(ctx, para, lo, hi) : UNNAMED;
  }
  if (tokens[hi - 1]?.text === ':') return clauseSubject(ctx, para, lo, hi);
  return NOT_FOUND;
}

// "Reuters reported that American AI experts view DeepSeek as a “distillation”": the experts,
// unnamed, hold the quoted word.
function groupHoldsWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (!GROUP_NOUNS.has(lower(tokens[k]))) continue;
    let j = k + 1;
    while (j < to && VERB_PREFIX_WORDS.has(lower(tokens[j]))) j++;
    if (OPINION_VERBS.has(lower(tokens[j]))) return true;
  }
  return false;
}

interface Subject {
  from: number;
  attribution: Attribution;
}

/** The subject of the speech verb at token `verb`, looking no further back than token `floor`. */
function subjectBefore(ctx: SubjectContext, para: ParagraphText, verb: number, floor: number): Subject | null {
  const tokens = para.tokens;
  if (lower(tokens[verb]) === 'according') {
    const phrase = phraseStartingAt(tokens, verb + 2, tokens.length);
    if (!phrase) return null;
    return { from: floor, attribution: { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } };
  }
  let k = verb - 1;
  while (k >= floor && VERB_PREFIX_WORDS.has(lower(tokens[k]))) k--;
  if (k < floor) return null;
  const w = lower(tokens[k]);
  if (w === 'who' || w === 'which') {
    k--;
    if (tokens[k]?.text === ',') k--;
  } else if (tokens[k]!.text === ',') {
    const opening = skipAppositive(tokens, k, floor);
    const named = appositiveName(ctx, para, opening + 2, k - 1);
    if (named) {
      const head = opening >= floor ? phraseEndingAt(tokens, opening, floor) : null;
      const from = head ? head[0] : opening + 2;
      // "Greenberg and his co-author, Imani Richards, said": a joint statement; the first named leads.
      if (lower(tokens[from - 1]) === 'and') {
        return { from: floor, attribution: { found: true, speaker: firstNamed(ctx, para, floor, from - 1) } };
      }
      return { from, attribution: named };
    }
    k = opening;
  }
  if (k < floor) return null;
  const phrase = phraseEndingAt(tokens, k, floor);
  if (!phrase) return null;
  return { from: phrase[0], attribution: { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } };
}

// "the company's general counsel, Howard Bishop, said": the name sits in the commas.
function appositiveName(ctx: SubjectContext, para: ParagraphText, from: number, to: number): Attribution | null {
  const tokens = para.tokens;
  if (from > to || to - from > 4 || !tokens[from] || !tokens[to]) return null;
  const chunk = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[from]!.start, tokens[to]!.end).find(
    (c) => c.start === tokens[from]!.start && c.end === tokens[to]!.end,
  );
  if (!chunk) return null;
  const entity = ctx.index.resolve(chunk.name);
  if (entity) return { found: true, speaker: { name: entity.name, kind: entity.kind } };
  return chunk.tokenCount >= 2 && chunk.name === chunk.name.replace(/\p{Lu}{2,}/u, '') ? { found: true, speaker: { name: chunk.name, kind: 'person' } } : null;
}

function firstNamed(ctx: SubjectContext, para: ParagraphText, floor: number, before: number): Speaker | null {
  const tokens = para.tokens;
  const chunks = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[floor]?.start ?? 0, tokens[before]?.start ?? 0);
  const lead = chunks.find((c) => !c.possessive);
  return lead ? speakerFromChunk(ctx, lead) : null;
}

// From the comma that closes ", the co-founder and CEO of Anthropic," back to the token before
// the comma that opens it.
function skipAppositive(tokens: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= floor && comma - k < 16; k--) {
    if (tokens[k]!.text === ',') return k - 1;
    if (/^[.;:!?"“”]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}

// The subject that opens the clause: "Marc Andreessen …, calling it", "Sam Altman, in an op-ed:".
function clauseSubject(ctx: SubjectContext, para: ParagraphText, lo: number, hi: number): Attribution {
  const tokens = para.tokens;
  for (let k = lo; k < hi; k++) {
    if (!tokens[k]!.word) continue;
    const phrase = phraseStartingAt(tokens, k, hi);
    if (!phrase) return UNNAMED;
    const resolved = resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker;
    return { found: true, speaker: resolved };
  }
  return NOT_FOUND;
}

// A paragraph that opens with a quotation continuing the previous paragraph's open one shares
// its speaker; the attribution may come in any part, usually the last.
function shareAcrossParagraphChains(article: ArticleText, quotes: LocatedQuote[], results: Attribution[]): void {
  let chain: number[] = [];
  const flush = (): void => {
    const named = chain.map((i) => results[i]!).find((r) => r.found);
    if (named) for (const i of chain) if (!results[i]!.found) results[i] = named;
    chain = [];
  };
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    const continues =
      prev !== undefined &&
      prev.span.close === null &&
      prev.paragraph === q.paragraph - 1 &&
      article.paragraphs[q.paragraph]!.text.slice(0, q.span.open).trim() === '';
    if (!continues) flush();
    chain.push(i);
  });
  flush();
}

// `"…", adding: "…"` — only linking words between two quotations of one sentence.
function continuesQuote(para: ParagraphText, from: number, to: number): boolean {
  if (to - from > 40) return false;
  const words = para.tokens.filter((t) => t.start >= from && t.end <= to && t.word).map((t) => lower(t));
  return words.length > 0 && words.every((w) => LINKING_WORDS.has(w));
}

// `"…," Sacks said. "But they are catching up."`: a quotation that opens its sentence with no
// attribution of its own continues the previous quotation of the paragraph.
function inheritWithinParagraph(article: ArticleText, quotes: LocatedQuote[], results: Attribution[]): void {
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    if (results[i]!.found || !prev || prev.paragraph !== q.paragraph) return;
    const sentence = article.sentences[sentenceAt(article, q.paragraph, q.span.open)]!;
    const para = article.paragraphs[q.paragraph]!;
    const opensSentence = para.text.slice(sentence.start, q.span.open).trim() === '';
    if (!opensSentence && !(prev.span.close !== null && continuesQuote(para, prev.span.close + 1, q.span.open))) return;
    results[i] = results[i - 1]!;
  });
}

/**
 * Who asserts the sentence [start, end) of paragraph p: whichever comes first of "according to X"
 * and the named subject of a speech verb outside quotation marks. Null when it names nobody.
 */
export function sentenceClaimant(ctx: SubjectContext, p: number, start: number, end: number): Speaker | null {
  const para = ctx.article.paragraphs[p]!;
  const tokens = para.tokens;
  const [lo, hi] = range(para, start, end);
  for (let k = lo; k < hi; k++) {
    if (para.insideQuote(tokens[k]!.start)) continue;
    if (lower(tokens[k]) === 'according' && lower(tokens[k + 1]) === 'to') {
      const phrase = phraseStartingAt(tokens, k + 2, hi);
      if (phrase) return resolvePhrase(ctx, p, phrase[0], phrase[1]).speaker;
      continue;
    }
    const claimVerb = CLAIM_VERBS.has(lower(tokens[k])) && !NOUN_DETERMINERS.has(lower(tokens[k - 1]));
    // A claim is made by a finite verb ("says", "predicted"), not a bare "predict" in a list.
    if (!claimVerb && !(isSpeechVerb(tokens, k) && FINITE.test(lower(tokens[k])))) continue;
    const subject = subjectBefore(ctx, para, k, lo)?.attribution.speaker;
    if (subject) return subject;
  }
  return null;
}

const FINITE = /(?:s|ed|said|told|wrote|spoke)$/;
const CLAIM_VERBS = new Set(['reported', 'reports', 'revealed', 'reveals', 'estimated', 'estimates', 'believes', 'believed', 'alleged', 'alleges', 'expects', 'expected', 'found', 'finds', 'showed', 'shows', 'estimate']);
