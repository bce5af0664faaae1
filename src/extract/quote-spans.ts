// Finds quotations in one paragraph: curly and straight double quotes, German „…“, guillemets, and
// single quotes told apart from apostrophes (it's, ’90s, dogs’). Only outermost quotations are returned;
// a quotation nested in another belongs to the outer speaker's words.

export interface QuoteSpan {
  /** Inner text bounds, trimmed of spaces and a trailing comma. */
  start: number;
  end: number;
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or null when the quotation runs on past the paragraph's end. */
  close: number | null;
}

interface Pair {
  open: number;
  close: number | null;
}

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:]/;
const LETTER = /\p{L}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const doubles = findDoublePairs(paragraph);
  const singles = findSinglePairs(paragraph);
  const all = [...doubles, ...singles].sort((a, b) => a.open - b.open);
  // Sorted by opening mark, so a pair is nested exactly when it opens before the last kept one ends.
  const outer: Pair[] = [];
  for (const pair of all) {
    const last = outer[outer.length - 1];
    if (!last || pair.open > endOf(last, paragraph)) outer.push(pair);
  }
  return outer.flatMap((pair) => toSpan(paragraph, pair));
}

function endOf(pair: Pair, paragraph: string): number {
  return pair.close ?? paragraph.length;
}

function toSpan(paragraph: string, pair: Pair): QuoteSpan[] {
  let start = pair.open + 1;
  let end = endOf(pair, paragraph);
  while (start < end && /\s/.test(paragraph[start]!)) start++;
  while (end > start && /[\s,]/.test(paragraph[end - 1]!)) end--;
  return end > start ? [{ start, end, open: pair.open, close: pair.close }] : [];
}

function isOpeningPosition(text: string, i: number): boolean {
  return i === 0 || OPENING_CONTEXT.test(text[i - 1]!) || '“‘"\''.includes(text[i - 1]!);
}

function findDoublePairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '“' && open !== null && text[open] === '„') {
      // German marks: „…“ closes with the mark English opens with.
      pairs.push({ open, close: i });
      open = null;
    } else if (c === '“' || c === '„' || c === '«') {
      if (open === null) open = i;
    } else if (c === '”' || c === '»') {
      if (open !== null) {
        pairs.push({ open, close: i });
        open = null;
      }
    } else if (c === '"') {
      if (open !== null) {
        pairs.push({ open, close: i });
        open = null;
      } else if (isOpeningPosition(text, i) && /\S/.test(text[i + 1] ?? '')) {
        open = i;
      }
    }
  }
  if (open !== null) pairs.push({ open, close: null });
  return pairs;
}

function isSingleOpener(text: string, i: number): boolean {
  const c = text[i]!;
  if (c !== '‘' && c !== "'") return false;
  return isOpeningPosition(text, i) && LETTER.test(text[i + 1] ?? '');
}

/** 0: not a closer, 1: weak (could be a plural possessive like dogs’), 2: strong. */
function singleCloserStrength(text: string, i: number): number {
  const c = text[i]!;
  if (c !== '’' && c !== "'") return 0;
  const prev = text[i - 1] ?? ' ';
  const next = text[i + 1] ?? '';
  if (/\s/.test(prev) || WORD_CHAR.test(next)) return 0;
  if (next === '' || !/\s/.test(next)) return 2;
  return prev === 's' || prev === 'S' ? 1 : 2;
}

function findSinglePairs(text: string): Pair[] {
  const pairs: Pair[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isSingleOpener(text, i)) {
      i++;
      continue;
    }
    const close = findSingleCloser(text, i + 1);
    if (close === null) {
      i++;
      continue;
    }
    pairs.push({ open: i, close });
    i = close + 1;
  }
  return pairs;
}

function findSingleCloser(text: string, from: number): number | null {
  let weak: number | null = null;
  for (let j = from; j < text.length; j++) {
    if (isSingleOpener(text, j)) break;
    const strength = singleCloserStrength(text, j);
    if (strength === 2) return j;
    if (strength === 1 && weak === null) weak = j;
  }
  return weak;
}
