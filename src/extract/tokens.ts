// Word and punctuation tokens with offsets, the unit the name and attribution rules look at.

import { charClass, unitsAt } from '../text/char-class.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  word: boolean;
  /** The text without a possessive "'s", lower-cased: what the rules compare, worked out once. */
  lower: string;
}

const letterOrDigit = charClass(/^[\p{L}\p{N}]$/u);
const isSpace = charClass(/^\s$/u);
/** What may join two runs of letters and digits into one word: "don't", "U.S", "GPT-4", "AT&T". */
const JOINERS = new Set(["'", '’', '.', '-', '&']);
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

// Extraction asks these two of every token many times; ASCII, nearly all of it, skips the regex.
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

/**
 * Words (runs of letters and digits, joined across an apostrophe, dot, dash or ampersand between
 * two of them) and every other character but whitespace, one token each, in [from, to). A scan by
 * character: it is the first step of extracting every paragraph.
 */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const size = unitsAt(text, i, to);
    if (isLetterOrDigit(text, i, to)) {
      const start = i;
      i = endOfRun(text, i, to);
      while (i + 1 < to && JOINERS.has(text[i]!) && isLetterOrDigit(text, i + 1, to)) i = endOfRun(text, i + 1, to);
      const word = text.slice(start, i);
      tokens.push({ text: word, start, end: i, word: true, lower: stripPossessive(word).toLowerCase() });
    } else {
      if (!isSpace(text, i, size)) {
        const mark = text.slice(i, i + size);
        tokens.push({ text: mark, start: i, end: i + size, word: false, lower: mark.toLowerCase() });
      }
      i += size;
    }
  }
  return tokens;
}

function isLetterOrDigit(text: string, i: number, to: number): boolean {
  return letterOrDigit(text, i, unitsAt(text, i, to));
}

function endOfRun(text: string, i: number, to: number): number {
  while (i < to && isLetterOrDigit(text, i, to)) i += unitsAt(text, i, to);
  return i;
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
  return token ? token.lower : '';
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
