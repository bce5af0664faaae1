// One article prepared once for every extraction step: per paragraph its tokens, sentences and
// quotations, plus the article's sentences in reading order.

import { findQuoteSpans, type QuoteSpan } from './quote-spans.ts';
import { splitSentences, type SentenceSpan } from './sentences.ts';
import { startsLowercase, startsUppercase, tokenize, type Token } from './tokens.ts';

export interface ParagraphText {
  index: number;
  text: string;
  tokens: Token[];
  sentences: SentenceSpan[];
  /** Index into the article's sentence list of this paragraph's first sentence. */
  firstSentence: number;
  /** Token indexes of the first word of each sentence. */
  sentenceInitial: Set<number>;
  quotes: QuoteSpan[];
  /** True when the offset lies between a quotation's marks. */
  insideQuote(offset: number): boolean;
}

export interface ArticleSentence extends SentenceSpan {
  paragraph: number;
  /** Position in the article's sentence list. */
  index: number;
}

export interface ArticleText {
  paragraphs: ParagraphText[];
  sentences: ArticleSentence[];
  /** Words the article writes in lowercase somewhere. */
  lowercaseVocabulary: Set<string>;
  /** Capitalised words the article uses somewhere other than at a sentence's start. */
  midSentenceCapitals: Set<string>;
}

export function prepareArticle(paragraphs: string[]): ArticleText {
  const sentences: ArticleSentence[] = [];
  const lowercaseVocabulary = new Set<string>();
  const midSentenceCapitals = new Set<string>();
  const prepared = paragraphs.map((text, index) => {
    const tokens = tokenize(text);
    for (const t of tokens) if (t.word && startsLowercase(t.text)) lowercaseVocabulary.add(t.text);
    const paraSentences = splitSentences(text);
    const firstSentence = sentences.length;
    for (const s of paraSentences) sentences.push({ start: s.start, end: s.end, text: s.text, paragraph: index, index: sentences.length });
    const quotes = findQuoteSpans(text);
    const sentenceInitial = sentenceInitialTokens(tokens, paraSentences);
    tokens.forEach((t, i) => {
      if (t.word && startsUppercase(t.text) && !sentenceInitial.has(i)) midSentenceCapitals.add(t.text);
    });
    return {
      index,
      text,
      tokens,
      sentences: paraSentences,
      firstSentence,
      sentenceInitial,
      quotes,
      insideQuote(offset: number): boolean {
        return insideAny(quotes, offset, text.length);
      },
    };
  });
  return { paragraphs: prepared, sentences, lowercaseVocabulary, midSentenceCapitals };
}

function sentenceInitialTokens(tokens: Token[], sentences: SentenceSpan[]): Set<number> {
  const initial = new Set<number>();
  let s = 0;
  for (let i = 0; i < tokens.length && s < sentences.length; i++) {
    const token = tokens[i]!;
    while (s < sentences.length && sentences[s]!.end <= token.start) s++;
    const sentence = sentences[s];
    if (!sentence || token.start < sentence.start || !token.word) continue;
    initial.add(i);
    s++;
  }
  return initial;
}

function insideAny(quotes: QuoteSpan[], offset: number, length: number): boolean {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotes[mid]!;
    const close = q.close ?? length;
    if (offset <= q.open) hi = mid - 1;
    else if (offset >= close) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Index (into article.sentences) of the sentence holding `offset` of paragraph `p`. */
export function sentenceAt(article: ArticleText, p: number, offset: number): number {
  const para = article.paragraphs[p]!;
  const list = para.sentences;
  let lo = 0;
  let hi = list.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return para.firstSentence + found;
}
