// How text becomes search terms, shared by indexing and querying so both sides agree.

/** Words too common to tell documents apart; dropping them keeps short words from flooding results. */
const STOP_WORDS = new Set(
  ('a an and are as at be been but by can did do does for from had has have he her his i if in into is it its ' +
    'me my no not of on or our she so than that the their them then there these they this to too us was we were ' +
    'what when which who whom why will with you your said says say')
    .split(' '),
);

// Most terms are plain ASCII words, which need none of the Unicode folding; skipping it makes indexing ~5× faster.
const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** Lower-case, without accents, with typographic apostrophes folded, so "DeepSeek’s" and "deepseeks" meet. */
export function normalizeTerm(term: string): string | null {
  if (PLAIN_WORD.test(term)) {
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

// A term is a run of anything but whitespace, punctuation and symbols.
const TERM_RUN = /[^\s\p{P}\p{S}]+/gu;

/** Splits on whitespace and punctuation except inner apostrophes, dots and dashes stay splitters too. */
export function tokenize(text: string): string[] {
  // The runs themselves, read in one pass: splitting and then dropping empty pieces costs a third more.
  const tokens: string[] = [];
  TERM_RUN.lastIndex = 0;
  for (let m = TERM_RUN.exec(text); m !== null; m = TERM_RUN.exec(text)) tokens.push(m[0]);
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
