// How text becomes search terms, shared by indexing and querying so both sides agree.

import { charClass, unitsAt } from '../text/char-class.ts';

/** Words too common to tell documents apart; dropping them keeps short words from flooding results. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be been but by can did do does for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this to too us was we were ' +
    'what when which who whom why will with you your said says say')
    .split(' '),
);

// A term is a run of anything but whitespace, punctuation and symbols.
const isTermChar = charClass(/^[^\s\p{P}\p{S}]$/u);

/** Lower-case, without accents, with typographic apostrophes folded, so "DeepSeek’s" and "deepseeks" meet. */
export function normalizeTerm(term: string): string | null {
  // Most terms are plain ASCII letters and digits, which need none of the Unicode folding.
  if (isAsciiAlphanumeric(term)) {
    const lower = term.toLowerCase();
    return STOP_WORDS.has(lower) ? null : lower;
  }
  const folded = term
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]s$/u, '')
    .replace(/['’‘`]/gu, '');
  if (folded.length === 0 || STOP_WORDS.has(folded)) return null;
  return folded;
}

function isAsciiAlphanumeric(term: string): boolean {
  if (term.length === 0) return false;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (!((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a))) return false;
  }
  return true;
}

/**
 * Splits on whitespace and punctuation except inner apostrophes, dots and dashes stay splitters too.
 * A scan by character: every document is tokenized when it is indexed, and a regex with Unicode
 * classes cost most of indexing.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length; ) {
    const units = unitsAt(text, i);
    if (isTermChar(text, i, units)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      tokens.push(text.slice(start, i));
      start = -1;
    }
    i += units;
  }
  if (start >= 0) tokens.push(text.slice(start));
  return tokens;
}

/** The terms of a query as the index sees them. */
export function queryTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = normalizeTerm(token);
    if (term) terms.push(term);
  }
  return terms;
}

const ASCII = /^[\x00-\x7f]*$/;

/** Case-, accent-, quote- and whitespace-insensitive form for "does this text contain that phrase". */
export function foldForMatch(text: string): string {
  // Plain ASCII has no accents, marks, curly quotes or dashes to fold; ranking folds hundreds of texts per answer.
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[‘’`]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/[\u2010-\u2015]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim();
}
