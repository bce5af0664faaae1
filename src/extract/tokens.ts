// Word and punctuation tokens with offsets, the unit the name and attribution rules look at.

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
}

// Linear: every repetition must consume a separator and then at least one letter or digit.
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

// Extraction asks these of every token many times; ASCII, nearly all of it, skips the regex.
function startsWithWordChar(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return WORD_START.test(text);
}

/** The text opens with an uppercase letter (\p{Lu}). */
export function startsUppercase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(text);
}

/** The text opens with a lowercase letter (\p{Ll}). */
export function startsLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  return c < 0x80 ? c >= 0x61 && c <= 0x7a : LOWER_START.test(text);
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(TOKEN)) {
    const start = from + m.index;
    tokens.push({ text: m[0], start, end: start + m[0].length, word: startsWithWordChar(m[0]) });
  }
  return tokens;
}

export function isCapitalised(token: Token): boolean {
  return token.word && startsUppercase(token.text);
}

/** "Musk's" → "Musk"; other words unchanged. */
export function stripPossessive(word: string): string {
  return isPossessive(word) ? word.slice(0, -2) : word;
}

/** Ends in "'s" or "’s" (either case of the s). */
export function isPossessive(word: string): boolean {
  const n = word.length;
  const s = word.charCodeAt(n - 1);
  const mark = word.charCodeAt(n - 2);
  return (s === 0x73 || s === 0x53) && (mark === 0x27 || mark === 0x2019);
}

export function lower(token: Token | undefined): string {
  return token ? stripPossessive(token.text).toLowerCase() : '';
}

/** Only spaces (no line break, no punctuation) lie between two tokens. */
export function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '\u00a0';
}

/** Index of the first token starting at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
