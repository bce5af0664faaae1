// Noun phrases around a speech verb, found on tokens: "Meta's chief AI scientist Yann LeCun",
// "the company's general counsel", "he". Which entity a phrase means is subject.ts's business.

import type { NameChunk } from './names.ts';
import { ORG_CUE_NOUNS, ORG_UNIT_NOUNS, PERSON_ROLE_NOUNS, TITLE_MODIFIERS, TITLE_WORDS, VERB_PREFIX_WORDS } from './lexicon.ts';
import { isCapitalised, isPossessive, lower, type Token } from './tokens.ts';

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'one', 'another']);
const MAX_PHRASE = 10;

/** Token index range [from, to] of the noun phrase that ends at token `end`. */
export function phraseEndingAt(tokens: Token[], end: number, floor: number): [number, number] | null {
  const last = tokens[end];
  if (!last || !last.word) return null;
  if (isPronoun(last)) return [end, end];
  if (isHandle(tokens, end)) return [end - 1, end];
  let from = end + 1;
  for (let k = end; k >= floor && end - k < MAX_PHRASE; k--) {
    const t = tokens[k]!;
    const w = lower(t);
    if (DETERMINERS.has(w) && !isCapitalised(t)) {
      from = k;
      break;
    }
    if (isPhraseWord(t) || ((w === 'of' || w === 'and' || w === '&') && k < end && k > floor && isPhraseWord(tokens[k - 1]!))) {
      from = k;
      continue;
    }
    break;
  }
  if (from <= end && ORG_UNIT_NOUNS.has(lower(last))) from = ownerBefore(tokens, from, floor);
  return from <= end ? [from, end] : null;
}

// "Lumen Health's patient services team": reach back over a few lowercase words to the owner.
function ownerBefore(tokens: Token[], from: number, floor: number): number {
  for (let k = from - 1; k >= floor && from - k <= 4; k--) {
    const t = tokens[k]!;
    if (!t.word) return from;
    if (isCapitalised(t) && isPossessive(t.text)) {
      let start = k;
      while (start - 1 >= floor && isCapitalised(tokens[start - 1]!)) start--;
      return start;
    }
    if (isCapitalised(t)) return from;
  }
  return from;
}

/** The noun phrase that starts at token `start` ("said Jane Doe, an analyst" → "Jane Doe"). */
export function phraseStartingAt(tokens: Token[], start: number, ceiling: number): [number, number] | null {
  let to = start - 1;
  for (let k = start; k < ceiling && k - start < MAX_PHRASE; k++) {
    const t = tokens[k]!;
    const w = lower(t);
    if (k === start && (DETERMINERS.has(w) || isPronoun(t))) {
      to = k;
      if (isPronoun(t)) break;
      continue;
    }
    if (isPhraseWord(t) || ((w === 'of' || w === 'and' || w === '&') && k > start && isPhraseWord(tokens[k + 1] ?? t) && isCapitalised(tokens[k + 1] ?? t))) {
      to = k;
      continue;
    }
    break;
  }
  return to >= start ? [start, to] : null;
}

function isPhraseWord(t: Token): boolean {
  if (!t.word) return false;
  const w = lower(t);
  if (isCapitalised(t)) return true;
  return PERSON_ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || TITLE_MODIFIERS.has(w) || ORG_UNIT_NOUNS.has(w) || ORG_CUE_NOUNS.has(w) || /-\p{Ll}+$/u.test(t.text) || w === 'official' || w === 'former';
}

/** "@sama": a social-media handle, written as "@" glued to a word. */
export function isHandle(tokens: Token[], word: number): boolean {
  const at = tokens[word - 1];
  const name = tokens[word];
  return at?.text === '@' && name !== undefined && name.word && at.end === name.start;
}

export function isPronoun(t: Token): boolean {
  return ['he', 'she', 'they', 'it', 'we', 'i', 'you'].includes(t.text.toLowerCase());
}

/** Chunks lying inside [start, end); `all` is in reading order. */
export function chunksWithin(all: NameChunk[], start: number, end: number): NameChunk[] {
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: NameChunk[] = [];
  for (let i = lo; i < all.length && all[i]!.start < end; i++) if (all[i]!.end <= end) out.push(all[i]!);
  return out;
}

/** The subject phrase of the speech verb at `verb`: past "also", "has" and a comma-set appositive. */
export function speechVerbSubject(tokens: Token[], verb: number, floor: number): [number, number] | null {
  let k = verb - 1;
  while (k >= floor && VERB_PREFIX_WORDS.has(lower(tokens[k]))) k--;
  if (tokens[k]?.text === ',') {
    const close = k;
    k--;
    while (k >= floor && tokens[k]!.text !== ',') k--;
    // "A spokeswoman for Lattice, Carla Jimenez, confirmed": the name in the commas is the subject.
    const inner = tokens.slice(k + 1, close);
    if (inner.length > 0 && inner.length <= 4 && inner.every((t) => isCapitalised(t))) return [k + 1, close - 1];
    k--;
  }
  return k >= floor ? phraseEndingAt(tokens, k, floor) : null;
}
