// Who said each quotation: the attribution in its own sentence (after the quote, then before it),
// else the speaker of the quotation it continues (the next sentence of the same paragraph, or the
// next paragraph of a quotation left open). Explicitly unnamed sources stay null.

import type { Speaker } from './types.ts';
import { sentenceAt, type ArticleText, type ParagraphText } from './article-text.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { isAbbreviation } from './names.ts';
import { GROUP_NOUNS, OPINION_VERBS, PERSON_ROLE_NOUNS, SPEECH_VERBS, VERB_PREFIX_WORDS } from './lexicon.ts';
import { isPossessive, lower, tokenIndexAt, type Token } from './tokens.ts';
import { chunksWithin, isHandle, isSpeechVerb, phraseStartingAt } from './phrases.ts';
import { addSpeakerEvent, resolvePhrase, resolvePronoun, speakerFromChunk, type SubjectContext } from './subject.ts';
import { appositiveName, NOT_FOUND, range, subjectBefore, UNNAMED, type Attribution } from './verb-subject.ts';

export interface LocatedQuote {
  paragraph: number;
  span: QuoteSpan;
}

const PARTICIPLE = /ing$/;
const PARTICIPLE_ED = /ed$/;
const MAX_LEAD_IN = 6;
const LINKING_WORDS = new Set(['adding', 'saying', 'and', 'then', 'before', 'continuing', 'writing', 'noting', 'concluding', 'later', 'also']);

const WORK_NOUNS = new Set([
  'book', 'novel', 'memoir', 'film', 'movie', 'documentary', 'song', 'album', 'show', 'series',
  'podcast', 'paper', 'essay', 'report', 'titled', 'entitled', 'play', 'episode', 'newsletter',
]);

const TERM_NOUNS = new Set(['word', 'term', 'label', 'hashtag', 'nickname', 'codename', 'slogan', 'tagline', 'motto', 'buzzword', 'acronym']);

const SMALL_TITLE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'or', 'for', 'to', 'with', 'at', 'by', 'is']);

const SUBORDINATORS = new Set(['when', 'while', 'after', 'before', 'once', 'if', 'although', 'though', 'because', 'since', 'whenever', 'unless']);

const UTTERANCE_NOUNS = new Set(['reply', 'response', 'answer', 'retort', 'verdict', 'message', 'words', 'comment', 'advice', 'warning', 'take', 'motto', 'saying', 'letter', 'note', 'email', 'text']);
const CLAIM_NOUNS = new Set(['claim', 'claims', 'assertion', 'remark', 'remarks', 'description', 'characterisation', 'characterization', 'prediction', 'promise', 'pledge', 'suggestion', 'argument', 'accusation', 'allegation', 'statement', 'comments', 'comment', 'words', 'insistence']);
const INDEFINITE_OWNERS = new Set(['a', 'an', 'one', 'another', 'some']);

// Words that start a new clause: what follows them is no attribution of the quote before.
const BREAKERS = new Set(['but', 'while', 'which', 'that', 'and', 'because', 'as', 'when', 'if', 'so', 'though', 'although', 'where', 'despite', 'whereas', 'yet']);

// Verbs that news prose puts before their subject: `," said Jane Doe`.
const INVERTIBLE_VERBS = new Set([
  'said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'replied', 'continued',
  'explained', 'noted', 'recalled', 'insisted', 'argued', 'countered', 'warned', 'cautioned',
  'stated', 'tweeted', 'posted', 'quipped', 'concluded', 'admitted', 'acknowledged', 'remarked',
  'observed', 'declared', 'responded', 'told', 'exclaimed', 'answered', 'retorted', 'interjected',
  'conceded', 'joked', 'mused', 'recounted', 'stressed', 'emphasised', 'emphasized', 'agreed',
  'confirmed', 'predicted', 'shouted', 'reflected', 'laments', 'lamented',
]);

export function attributeQuotes(ctx: SubjectContext, quotes: LocatedQuote[]): (Speaker | null)[] {
  const { article, index } = ctx;
  const results: Attribution[] = [];
  quotes.forEach((q, i) => {
    const own = attributeInSentence(ctx, q, quotes[i - 1], quotes[i + 1]);
    results.push(own);
    const entity = own.speaker ? index.resolve(own.speaker.name) : null;
    if (entity) addSpeakerEvent(ctx, { paragraph: q.paragraph, offset: q.span.open, entity });
  });
  inheritWithinParagraph(article, quotes, results);
  shareAcrossParagraphChains(article, quotes, results);
  inheritWithinParagraph(article, quotes, results);
  continueIntoQuoteParagraphs(article, quotes, results);
  return results.map((r) => r.speaker);
}

// `"…," Smith said.` then a paragraph that is nothing but an unattributed quotation: news style
// gives it to the same speaker, provided Smith's attribution closed the paragraph before.
function continueIntoQuoteParagraphs(article: ArticleText, quotes: LocatedQuote[], results: Attribution[]): void {
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    if (!prev || results[i]!.found || prev.paragraph !== q.paragraph - 1 || !results[i - 1]!.speaker || prev.span.close === null) return;
    const para = article.paragraphs[q.paragraph]!;
    let last = i;
    while (quotes[last + 1]?.paragraph === q.paragraph) last++;
    const mine = quotes.slice(i, last + 1);
    if (!isOnlyQuotation(para, mine)) return;
    const before = article.paragraphs[prev.paragraph]!;
    const tail = before.tokens.filter((t) => t.start > prev.span.close! && t.word).length;
    if (tail > 12) return;
    for (let j = i; j < i + mine.length; j++) if (!results[j]!.found) results[j] = results[i - 1]!;
  });
}

function isOnlyQuotation(para: ParagraphText, quotes: LocatedQuote[]): boolean {
  let from = 0;
  for (const q of quotes) {
    if (/[\p{L}\p{N}]/u.test(para.text.slice(from, q.span.open))) return false;
    from = (q.span.close ?? para.text.length) + 1;
  }
  return !/[\p{L}\p{N}]/u.test(para.text.slice(from));
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
  const before = attributeBefore(ctx, para, preStart, q.span.open);
  if (before.found) return before;
  const above = introducedAbove(ctx, q);
  return above.found ? above : signedBelow(ctx, q);
}

// A paragraph that is one quotation, signed by the short paragraph after it: a block quotation
// with its <cite>, "— Dana Smith, in a memo".
function signedBelow(ctx: SubjectContext, q: LocatedQuote): Attribution {
  const para = ctx.article.paragraphs[q.paragraph]!;
  const below = ctx.article.paragraphs[q.paragraph + 1];
  if (!below || q.span.close === null || para.quotes.length !== 1 || para.text.slice(0, q.span.open).trim() !== '' || !/^\W{0,2}$/.test(para.text.slice(q.span.close + 1).trim())) return NOT_FOUND;
  const words = below.tokens.filter((t) => t.word).length;
  // A signature is no sentence: no closing stop, no speech verb ("Jones, who runs it, said so.").
  if (words === 0 || words > 10 || below.quotes.length > 0 || /[.!?]$/.test(below.text) || below.tokens.some((_, k) => isSpeechVerb(below.tokens, k))) return NOT_FOUND;
  let i = 0;
  while (i < below.tokens.length && /^[\u2014\u2013-]$/.test(below.tokens[i]!.text)) i++;
  const name = chunksWithin(ctx.index.chunks[below.index] ?? [], below.tokens[i]?.start ?? Infinity, below.text.length)[0];
  const next = name ? below.tokens[name.last + 1] : undefined;
  if (!name || name.outerStart !== below.tokens[i]!.start || (next && !/^[,(]$/.test(next.text))) return NOT_FOUND;
  const speaker = speakerFromChunk(ctx, name);
  return speaker?.kind === 'person' ? { found: true, speaker } : NOT_FOUND;
}

// `In a memo to staff, Smith wrote:` closing one paragraph, the quotation opening the next.
function introducedAbove(ctx: SubjectContext, q: LocatedQuote): Attribution {
  const para = ctx.article.paragraphs[q.paragraph]!;
  const above = ctx.article.paragraphs[q.paragraph - 1];
  if (!above || !onlySpaceBetween(para.text, 0, q.span.open) || !/:\s*$/.test(above.text)) return NOT_FOUND;
  const last = ctx.article.sentences[sentenceAt(ctx.article, above.index, above.text.length - 1)]!;
  // Only a speech verb introduces the next paragraph; "Key points:" is a heading.
  const [lo, hi] = range(above, last.start, above.text.length);
  const spoken = above.tokens.slice(lo, hi).some((t, i) => !above.insideQuote(t.start) && isSpeechVerb(above.tokens, lo + i));
  return spoken ? attributeBefore(ctx, above, last.start, above.text.length) : NOT_FOUND;
}

// `his book "Hit Refresh"`, `the so-called "picks and shovels"`: a title or a label, not
// words anyone said.
function isWorkTitle(para: ParagraphText, span: QuoteSpan): boolean {
  const before = para.tokens[tokenIndexAt(para.tokens, span.open) - 1];
  if (lower(before) === 'so-called') return true;
  // `the word "sovereignty"`, `the hashtag "#AIpause"`: a term mentioned, not words said.
  if (TERM_NOUNS.has(lower(before)) && para.text.slice(span.start, span.end).split(/\s+/).length <= 4) return true;
  if (!WORK_NOUNS.has(lower(before))) return false;
  const words = para.text.slice(span.start, span.end).split(/\s+/);
  return words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_TITLE_WORDS.has(w));
}

// `," Sacks said.` · `," said Jane Doe, an analyst` · `," he said` · `," the Anthropic chief wrote`
function attributeAfter(ctx: SubjectContext, para: ParagraphText, start: number, end: number): Attribution {
  const tokens = para.tokens;
  let [i, stop] = range(para, start, end);
  const dashed = i < stop && /^[\u2014\u2013]$/.test(tokens[i]!.text);
  const interviewee = headlineInterviewee(ctx, para, i, stop);
  if (interviewee) return interviewee;
  while (i < stop && !tokens[i]!.word && /^[,\u2014\u2013-]$/.test(tokens[i]!.text)) i++;
  if (i >= stop || !(tokens[i]!.word || isHandle(tokens, i + 1))) return NOT_FOUND;
  if (dashed) {
    // `"…" — Jane Doe, chief executive`: a signature, with no verb at all.
    const signed = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[i]!.start, tokens[stop - 1]!.end)[0];
    const next = signed ? signed.last + 1 : stop;
    if (signed && signed.outerStart === tokens[i]!.start && (next >= stop || /^[,.(]$/.test(tokens[next]!.text))) {
      return { found: true, speaker: resolvePhrase(ctx, para.index, i, signed.last).speaker };
    }
  }
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
    // The subject must follow the quote: one before it means the quote sits inside its appositive.
    if (subject && subject.from >= i && subject.from - i <= MAX_LEAD_IN && !hasBreaker(tokens, i, subject.from)) return subject.attribution;
    return NOT_FOUND;
  }
  return NOT_FOUND;
}

// `"We under-estimated it": a conversation with Marguerite Okoye` — a headline quoting its guest.
function headlineInterviewee(ctx: SubjectContext, para: ParagraphText, from: number, stop: number): Attribution | null {
  const tokens = para.tokens;
  if (tokens[from]?.text !== ':') return null;
  let k = from + 1;
  if (['a', 'an', 'in', 'our'].includes(lower(tokens[k]))) k++;
  // `"We under-hyped it": Nadia Farouk on warehouse robots` — the guest named right after the colon.
  const guest = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[k]?.start ?? Infinity, tokens[stop - 1]?.end ?? -1)[0];
  if (guest && guest.outerStart === tokens[k]!.start && ['on', 'talks', 'explains', 'says'].includes(lower(tokens[guest.last + 1]))) {
    const speaker = speakerFromChunk(ctx, guest);
    if (speaker?.kind === 'person') return { found: true, speaker };
  }
  if (!['conversation', 'interview', 'talk', 'q&a'].includes(lower(tokens[k])) || lower(tokens[k + 1]) !== 'with') return null;
  const chunk = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[k + 2]?.start ?? Infinity, tokens[stop - 1]!.end)[0];
  return chunk ? { found: true, speaker: resolvePhrase(ctx, para.index, k + 2, chunk.last).speaker } : null;
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
  // `," said a Helio spokesperson, Jane Moss.` — the role's name follows the comma.
  if (tokens[end]?.text === ',' && PERSON_ROLE_NOUNS.has(lower(tokens[end - 1]))) {
    const named = appositiveName(ctx, para, end + 1, nextComma(tokens, end + 1, stop) - 1);
    if (named) return named;
  }
  const startOffset = tokens[from]?.start ?? Infinity;
  const endOffset = tokens[end - 1]?.end ?? -1;
  const within = chunksWithin(ctx.index.chunks[para.index] ?? [], startOffset, endOffset);
  // "wrote Stanford researcher Imogen Falk": Stanford sits inside Falk's title.
  const chunk = within.find((c) => !c.possessive && !within.some((o) => o.outerStart <= c.start && c.start < o.start));
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

function firstWord(tokens: Token[], from: number): number {
  let k = from;
  while (k < tokens.length && !tokens[k]!.word) k++;
  return k;
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
  const owner = wordsOwner(ctx, para, lo, hi);
  if (owner) return owner;
  for (let k = hi - 1; k >= lo; k--) {
    const w = lower(tokens[k]);
    if (w === 'according' && lower(tokens[k + 1]) === 'to') {
      const phrase = phraseStartingAt(tokens, k + 2, hi);
      return phrase ? { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } : NOT_FOUND;
    }
    if (!isSpeechVerb(tokens, k)) continue;
    // "Asked whether …, she was firm:", "When asked, Hollander was blunt:" — the question opens
    // the sentence; its answerer follows.
    const opener = firstWord(tokens, lo);
    const introVerb = (k === opener && /^\p{Lu}\p{Ll}+ed$/u.test(tokens[k]!.text)) || (k === opener + 1 && SUBORDINATORS.has(lower(tokens[opener])) && PARTICIPLE_ED.test(lower(tokens[k])));
    if (introVerb) {
      if (tokens[hi - 1]?.text !== ':') return NOT_FOUND;
      // The answerer opens the first comma-led stretch that starts with a name or a pronoun.
      for (let c = k + 1; c < hi; c++) {
        if (tokens[c]!.text === ',' && phraseStartingAt(tokens, c + 1, hi)) return clauseSubject(ctx, para, c + 1, hi);
      }
      return NOT_FOUND;
    }
    // "was quoted … as saying": the subject belongs to the verb before.
    if (PARTICIPLE.test(w) && lower(tokens[k - 1]) === 'as') continue;
    if (groupHoldsWords(tokens, k + 1, hi) || someoneElsesWords(tokens, k + 1, hi)) return UNNAMED;
    const claimant = claimOwner(ctx, para, k + 1, hi);
    if (claimant) return claimant;
    if (PARTICIPLE.test(w) && tokens[k - 1]?.text === ',') return clauseSubject(ctx, para, lo, k);
    const subject = subjectBefore(ctx, para, k, lo);
    if (subject) return subject.attribution;
    // "Benedetti, asked about rivals, was blunt: "…"" — the verb had no subject; the clause has.
    return tokens[hi - 1]?.text === ':' ? clauseSubject(ctx, para, lo, hi) : UNNAMED;
  }
  if (tokens[hi - 1]?.text === ':') return someoneElsesWords(tokens, lo, hi) ? UNNAMED : clauseSubject(ctx, para, lo, hi);
  return NOT_FOUND;
}

// "Jones denied Smith's claim that the plan was "dead"": the words are the claim's owner's.
function claimOwner(ctx: SubjectContext, para: ParagraphText, from: number, to: number): Attribution | null {
  const tokens = para.tokens;
  for (let k = from; k < to - 1; k++) {
    if (!isPossessive(tokens[k]!.text) || !/^\p{Lu}/u.test(tokens[k]!.text) || !CLAIM_NOUNS.has(lower(tokens[k + 1]))) continue;
    // Only the claim's own content: "Smith's claim that …", "Smith's description of it as …" —
    // not "Smith's comments were "out of line"", the subject's verdict on them.
    const content = lower(tokens[k + 2]) === 'that' || (/^descri|^characteri/.test(lower(tokens[k + 1])) && tokens.slice(k + 2, to).some((t) => lower(t) === 'as'));
    if (!content) continue;
    const owner = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[k]!.start, tokens[k]!.end).pop();
    const speaker = owner && owner.last === k ? speakerFromChunk(ctx, owner) : null;
    return { found: true, speaker };
  }
  return null;
}

// "recalled his mother's advice:", "read a letter from a customer:", "quoted his father, who used
// to say:" — the words quoted are another's.
function someoneElsesWords(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k]!.text;
    if (isPossessive(w) && /^\p{Ll}/u.test(w) && UTTERANCE_NOUNS.has(lower(tokens[k + 1]))) return true;
    if (lower(tokens[k]) === 'from' && INDEFINITE_OWNERS.has(lower(tokens[k + 1]))) return true;
    if (lower(tokens[k]) === 'who' && tokens[k - 1]?.text === ',' && tokens.slice(k + 1, to).some((t) => SPEECH_VERBS.has(lower(t)))) return true;
  }
  return false;
}

// `in his words, "…"` · `in her own words: "…"` — the person the pronoun names.
function wordsOwner(ctx: SubjectContext, para: ParagraphText, lo: number, hi: number): Attribution | null {
  const tokens = para.tokens;
  let k = hi - 1;
  while (k >= lo && /^[,:]$/.test(tokens[k]!.text)) k--;
  if (lower(tokens[k]) !== 'words') return null;
  if (lower(tokens[k - 1]) === 'own') k--;
  const pronoun = lower(tokens[k - 1]);
  if (lower(tokens[k - 2]) !== 'in' || k - 2 < lo || (pronoun !== 'his' && pronoun !== 'her')) return null;
  const at = { paragraph: para.index, offset: tokens[k - 1]!.start };
  return { found: true, speaker: resolvePronoun(ctx, at, pronoun === 'his' ? 'male' : 'female') };
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

// The subject that opens the clause: "Marc Andreessen …, calling it", "Sam Altman, in an op-ed:".
function clauseSubject(ctx: SubjectContext, para: ParagraphText, lo: number, hi: number): Attribution {
  const tokens = para.tokens;
  // "When I put that to Hollander, he shrugged:" — the main clause follows the subordinate one.
  const opener = firstWord(tokens, lo);
  if (opener < hi && SUBORDINATORS.has(lower(tokens[opener]))) {
    const comma = tokens.findIndex((t, j) => j > opener && j < hi && t.text === ',');
    return comma > 0 ? clauseSubject(ctx, para, comma + 1, hi) : NOT_FOUND;
  }
  for (let k = lo; k < hi; k++) {
    if (!tokens[k]!.word) continue;
    const phrase = phraseStartingAt(tokens, k, hi);
    if (!phrase) return UNNAMED;
    // "Nimbus's chief executive, Peter Haas, was less kind:" — the name in the commas.
    if (tokens[phrase[1] + 1]?.text === ',') {
      const close = nextComma(tokens, phrase[1] + 2, hi);
      const named = tokens[close]?.text === ',' ? appositiveName(ctx, para, phrase[1] + 2, close - 1) : null;
      if (named) return named;
    }
    // "Altman's reply:" — the words belong to the person who owns them.
    if (phrase[1] + 2 === hi - 1 && isPossessive(tokens[phrase[1]]!.text) && UTTERANCE_NOUNS.has(lower(tokens[phrase[1] + 1]))) {
      // Only the owner itself: "Musk's lawyer's reply" is the lawyer's.
      const owner = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[phrase[0]]!.start, tokens[phrase[1]]!.end).pop();
      return { found: true, speaker: owner && owner.last === phrase[1] ? speakerFromChunk(ctx, owner) : null };
    }
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

// `"…", adding: "…"` — only linking words between two quotations of one sentence; or
// `said that A was "…" and that B needed "…"` — a second clause of the same reporting verb.
function continuesQuote(para: ParagraphText, from: number, to: number): boolean {
  if (to - from > 100) return false;
  const words: string[] = [];
  let speechVerb = false;
  // From the first token at `from`, not a filter of the whole paragraph: one per quotation would be quadratic.
  for (let i = tokenIndexAt(para.tokens, from); i < para.tokens.length && para.tokens[i]!.end <= to; i++) {
    if (para.tokens[i]!.word) words.push(lower(para.tokens[i]!));
    speechVerb ||= isSpeechVerb(para.tokens, i);
  }
  if (words.length === 0) return false;
  if ((words[0] === 'and' || words[0] === 'but') && words[1] === 'that') return !speechVerb;
  return to - from <= 40 && words.every((w) => LINKING_WORDS.has(w));
}

// Scans back from `to`, so a quotation deep inside one long sentence costs a step, not the sentence.
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let i = to - 1; i >= from; i--) if (!/\s/.test(text[i]!)) return false;
  return true;
}

// `"…," Sacks said. "But they are catching up."`: a quotation that opens its sentence with no
// attribution of its own continues the previous quotation of the paragraph.
function inheritWithinParagraph(article: ArticleText, quotes: LocatedQuote[], results: Attribution[]): void {
  quotes.forEach((q, i) => {
    const prev = quotes[i - 1];
    if (results[i]!.found || !prev || prev.paragraph !== q.paragraph) return;
    const sentence = article.sentences[sentenceAt(article, q.paragraph, q.span.open)]!;
    const para = article.paragraphs[q.paragraph]!;
    const opensSentence = onlySpaceBetween(para.text, sentence.start, q.span.open);
    if (!opensSentence && !(prev.span.close !== null && continuesQuote(para, prev.span.close + 1, q.span.open))) return;
    results[i] = results[i - 1]!;
  });
}
