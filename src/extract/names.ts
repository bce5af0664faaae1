// Capitalised name runs in a stretch of text, split into a title ("Tesla CEO") and a name
// ("Elon Musk"). Whether a name is a person or an organisation is decided later, with the
// whole article in view (entities.ts).

import { FEMALE_NAMES, MALE_NAMES, NON_NAME_WORDS, ORG_CUE_NOUNS, ORG_SUFFIXES, PERSON_ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { adjacent, isCapitalised, isPossessive, lower, type Token } from './tokens.ts';

export interface NameChunk {
  /** Offsets of the name itself (a possessive "'s" excluded). */
  start: number;
  end: number;
  name: string;
  tokenCount: number;
  /** Title words before the name, verbatim: "Tesla CEO", "Meta's chief AI scientist". */
  title: string | null;
  titleWords: string[];
  /** Offset where the title (or the name, without one) begins. */
  outerStart: number;
  possessive: boolean;
  /** The chunk (with its title) opens a sentence. */
  initial: boolean;
  /** Index in the token list of the first and last name token. */
  first: number;
  last: number;
}

/** Lowercase particles inside names: "Ursula von der Leyen", "Bin Salman", "de la Cruz". */
export const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'del', 'dos']);
// Hyphenated descriptors such as "ChatGPT-maker" or "Seoul-based" introduce a name, not part of one.
const DESCRIPTOR_TAIL = /-(?:maker|based|backed|owned|led|born|founded|funded|run|made|built|linked|affiliated)$/;
const MAX_TITLE_TOKENS = 8;
const MONTH_NAMES = new Set(['jan', 'april', 'may', 'june', 'august', 'mar']);
const DATE_WORDS = new Set(['in', 'since', 'until', 'by', 'from', 'last', 'next', 'early', 'late', 'mid', 'during', 'this', 'of', 'on']);
const COUNTRY_INITIALS = new Set(['us', 'u.s', 'uk', 'u.k', 'eu']);
// Lowercase agent nouns right before a name act as its title: "consumer campaigner Jo Bloggs".
const AGENT_NOUN = /^\p{Ll}[\p{Ll}-]{3,}(?:er|or|ist|ian|ant|[^m]ent)$/u;
const NOT_AGENT_NOUNS = new Set([
  'other', 'another', 'rather', 'either', 'neither', 'whether', 'further', 'former', 'latter',
  'better', 'never', 'number', 'remember', 'order', 'border', 'center', 'matter', 'winter',
  'summer', 'paper', 'power', 'water', 'cover', 'computer', 'together', 'however', 'after',
  'under', 'over', 'inner', 'outer', 'upper', 'lower', 'earlier', 'later', 'ever', 'whatever',
  'wherever', 'whenever', 'monster', 'silver', 'chapter', 'quarter', 'letter', 'twitter',
  'percent', 'recent', 'current', 'different', 'important', 'significant', 'urgent', 'silent',
  'present', 'content', 'event', 'moment', 'segment', 'statement', 'comment', 'agent', 'parent',
  'restaurant', 'elephant', 'component', 'continent', 'incident', 'accident', 'percent',
]);
const HONORIFIC_ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'rev', 'hon', 'pres']);

export interface ChunkContext {
  text: string;
  tokens: Token[];
  /** Token indexes that begin a sentence. */
  sentenceInitial: Set<number>;
  /** Lowercase words the article uses in lowercase, to spot sentence-initial common words. */
  lowercaseVocabulary: Set<string>;
  /** Capitalised words used mid-sentence: a sentence-initial word not among them is likely common. */
  midSentenceCapitals: Set<string>;
}

export function findNameChunks(ctx: ChunkContext): NameChunk[] {
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < ctx.tokens.length) {
    if (!isNameStart(ctx.tokens[i]!)) {
      i++;
      continue;
    }
    const runEnd = extendRun(ctx, i);
    const chunk = isDateline(ctx, i, runEnd) ? null : buildChunk(ctx, i, runEnd);
    if (chunk) chunks.push(chunk);
    i = runEnd + 1;
  }
  return chunks;
}

// "NEW YORK, July 17 —": a place in capitals opening the paragraph, not a name.
function isDateline(ctx: ChunkContext, from: number, to: number): boolean {
  if (from !== 0) return false;
  for (let k = from; k <= to; k++) if (!/^\p{Lu}{2,}$/u.test(ctx.tokens[k]!.text.replace(/[.'’-]/g, ''))) return false;
  return /^[,(\u2014\u2013-]/.test(ctx.tokens[to + 1]?.text ?? '');
}

function isNameStart(token: Token): boolean {
  return isCapitalised(token) && !DESCRIPTOR_TAIL.test(token.text);
}

// Initials ("J. R.") and honorifics ("Dr.", "Mr.") keep a name run going across their period.
export function isAbbreviation(word: string): boolean {
  return /^\p{Lu}$/u.test(word) || HONORIFIC_ABBREVIATIONS.has(word.toLowerCase());
}

// "of" joins only institutional names: "Bank of America", "University of Tokyo".
function joins(connector: Token, before: Token): boolean {
  if (connector.text === 'of') return ORG_SUFFIXES.has(lower(before));
  return NAME_PARTICLES.has(connector.text);
}

/** Index of the last token of the capitalised run starting at `from`. */
function extendRun(ctx: ChunkContext, from: number): number {
  const { tokens, text } = ctx;
  let end = from;
  while (!isPossessive(tokens[end]!.text)) {
    const next = tokens[end + 1];
    const after = tokens[end + 2];
    if (next && adjacent(text, tokens[end]!, next) && isNameStart(next)) {
      end++;
    } else if (next && after && joins(next, tokens[end]!) && adjacent(text, tokens[end]!, next) && adjacent(text, next, after) && isNameStart(after)) {
      end += 2;
    } else if (next && after && NAME_PARTICLES.has(next.text) && NAME_PARTICLES.has(after.text) && isNameStart(tokens[end + 3] ?? next) && adjacent(text, tokens[end]!, next) && adjacent(text, next, after) && adjacent(text, after, tokens[end + 3]!)) {
      // "Pieter van der Veen", "María de la Cruz": two particles in a row.
      end += 3;
    } else if (next?.text === '.' && isAbbreviation(tokens[end]!.text) && after && isNameStart(after) && after.start === next.end + 1) {
      end += 2;
    } else {
      break;
    }
  }
  return end;
}

function buildChunk(ctx: ChunkContext, from: number, to: number): NameChunk | null {
  const { tokens } = ctx;
  let first = from;
  while (first <= to && isDroppable(ctx, first, to)) first++;
  let last = to;
  // "OpenAI CEO" with no name after it: the organisation is the name, the rest a dangling title.
  while (last >= first && TITLE_WORDS.has(lower(tokens[last])) && !isPossessive(tokens[last]!.text)) last--;
  if (last < first) return null;
  const titleEnd = ORG_SUFFIXES.has(lower(tokens[last])) ? -1 : lastTitleIndex(tokens, first, last);
  const nameFirst = titleEnd >= 0 ? titleEnd + 1 : first;
  const titleFirst = extendTitleBack(ctx, titleEnd >= 0 ? first : nameFirst, titleEnd >= 0);
  const lastToken = tokens[last]!;
  const possessive = isPossessive(lastToken.text);
  const start = tokens[nameFirst]!.start;
  const end = possessive ? lastToken.end - 2 : lastToken.end;
  const titleStop = titleEnd >= 0 ? tokens[titleEnd]!.end : tokens[nameFirst]!.start;
  const title = titleFirst < nameFirst ? ctx.text.slice(tokens[titleFirst]!.start, titleStop).trim() : '';
  const titleWords = tokens
    .slice(titleFirst, nameFirst)
    .map((t) => lower(t))
    .filter((w) => TITLE_WORDS.has(w) || PERSON_ROLE_NOUNS.has(w) || (AGENT_NOUN.test(w) && !NOT_AGENT_NOUNS.has(w) && !ORG_CUE_NOUNS.has(w)));
  return {
    start,
    end,
    name: ctx.text.slice(start, end),
    tokenCount: tokens.slice(nameFirst, last + 1).filter((t) => t.word).length,
    title: title || null,
    titleWords,
    outerStart: tokens[titleFirst]!.start,
    possessive,
    initial: ctx.sentenceInitial.has(titleFirst),
    first: nameFirst,
    last,
  };
}

function lastTitleIndex(tokens: Token[], first: number, last: number): number {
  let found = -1;
  for (let k = first; k < last; k++) {
    if (TITLE_WORDS.has(lower(tokens[k])) && !isPossessive(tokens[k]!.text)) found = k;
  }
  return found >= 0 && isConnectorOrDot(tokens[found + 1]) ? -1 : found;
}

function isConnectorOrDot(token: Token | undefined): boolean {
  return !token || !token.word || NAME_PARTICLES.has(token.text);
}

// Sentence-initial "The", "In", "Competitor" and the like are not part of a name; mid-sentence
// "The" is ("for The Washington Post"), as is a sentence-initial "The" before two more words.
function isDroppable(ctx: ChunkContext, i: number, to: number): boolean {
  const token = ctx.tokens[i]!;
  const word = lower(token);
  if (!token.word) return true;
  const initial = ctx.sentenceInitial.has(i);
  if (word === 'the') return initial ? to - i < 2 : to === i;
  // "UK Finance", "US Steel": a country's initials open some names.
  if (COUNTRY_INITIALS.has(word) && i < to) return false;
  // "Jan Olsen", "April Ryan": months that are also given names, when a surname follows.
  if (MONTH_NAMES.has(word) && i < to && /^\p{Lu}\p{Ll}/u.test(token.text) && !DATE_WORDS.has(lower(ctx.tokens[i - 1]))) return false;
  if (NON_NAME_WORDS.has(word)) return true;
  if (!initial) return false;
  // "Watchdog warns banks": a common noun capitalised only because it opens the sentence.
  if (i === to) return ctx.lowercaseVocabulary.has(word) && !ctx.midSentenceCapitals.has(token.text);
  if (ctx.lowercaseVocabulary.has(word) || ORG_CUE_NOUNS.has(word) || PERSON_ROLE_NOUNS.has(word)) return true;
  // "Van der Veen said": a capitalised particle opens a surname.
  if (NAME_PARTICLES.has(word) && NAME_PARTICLES.has(lower(ctx.tokens[i + 1]))) return false;
  // "Farmer Walter Brennan": a descriptor that only ever appears capitalised at a sentence start;
  // "Pieter van der Veen" opens with a given name, not a descriptor.
  return to - i >= 2 && !ctx.midSentenceCapitals.has(token.text) && !MALE_NAMES.has(word) && !FEMALE_NAMES.has(word);
}

// Titles often run on before the capitalised part: "Meta's chief AI scientist Yann LeCun",
// "White House AI and Crypto Czar David Sacks". One "and" is crossed only when what lies before
// it holds no title of its own (that would be another person's).
function extendTitleBack(ctx: ChunkContext, from: number, hasTitle: boolean): number {
  const { tokens, text } = ctx;
  let first = from;
  let sawRole = hasTitle;
  for (let k = from - 1; k >= 0 && from - k <= MAX_TITLE_TOKENS; k--) {
    const token = tokens[k]!;
    if (!adjacent(text, token, tokens[k + 1]!)) break;
    const word = lower(token);
    const agent = k === from - 1 && AGENT_NOUN.test(token.text) && !NOT_AGENT_NOUNS.has(word) && !ORG_CUE_NOUNS.has(word);
    if (!isPossessive(token.text) && (PERSON_ROLE_NOUNS.has(word) || TITLE_WORDS.has(word) || agent)) {
      sawRole = true;
      first = k;
    } else if (!sawRole) {
      break;
    } else if (isCapitalised(token) && !NON_NAME_WORDS.has(word)) {
      first = k;
    } else if (isCapitalised(token) && (word === 'ai' || word === 'u.s' || word === 'us')) {
      first = k;
    } else if ((word === 'and' || word === '&') && k > 0 && !titleBefore(ctx, k)) {
      continue;
    } else {
      break;
    }
  }
  return first;
}

function titleBefore(ctx: ChunkContext, andIndex: number): boolean {
  for (let k = andIndex - 1; k >= 0 && andIndex - k <= 4; k--) {
    const token = ctx.tokens[k]!;
    if (!isCapitalised(token)) return false;
    if (TITLE_WORDS.has(lower(token))) return true;
  }
  return false;
}
