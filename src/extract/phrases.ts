// Noun phrases around a speech verb, found on tokens: "Meta's chief AI scientist Yann LeCun",
// "the company's general counsel", "he". Which entity a phrase means is subject.ts's business.

import { NAME_PARTICLES, type NameChunk } from './names.ts';
import { ORG_CUE_NOUNS, ORG_UNIT_NOUNS, PERSON_ROLE_NOUNS, SPEECH_VERBS, TITLE_MODIFIERS, TITLE_WORDS, VERB_PREFIX_WORDS } from './lexicon.ts';
import { isCapitalised, isPossessive, lower, type Token } from './tokens.ts';

export const NOUN_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'one', 'another', 'several', 'many', 'some', 'any', 'no', 'each', 'every']);
const PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'about']);

// Speech verbs that are also common nouns.
const NOUN_LIKE_FORMS = new Set([
  'post', 'posts', 'tweet', 'tweets', 'call', 'calls', 'comment', 'comments', 'remark', 'remarks',
  'note', 'notes', 'claim', 'claims', 'share', 'shares', 'reply', 'replies', 'point', 'points',
  'quote', 'blog', 'promise', 'promises', 'vow', 'vows', 'counter', 'counters', 'term', 'label',
  'brand', 'boast', 'boasts', 'state', 'states', 'stress', 'joke', 'jokes', 'quip', 'quips', 'say',
  'warning', 'statement', 'concede', 'observe', 'continue', 'add', 'ask', 'write', 'tell',
]);

export function isSpeechVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  const w = t.text.toLowerCase();
  // "As Quist put it, …"
  if (w === 'put' && lower(tokens[k + 1]) === 'it') return true;
  if (!t.word || !SPEECH_VERBS.has(w)) return false;
  const prev = lower(tokens[k - 1]);
  if (NOUN_DETERMINERS.has(prev) || PREPOSITIONS.has(prev)) return false;
  if (!NOUN_LIKE_FORMS.has(w)) return true;
  // "a blog post", "a Threads post", "the earnings call" are nouns; "Musk posts", "he calls" verbs.
  let j = k - 1;
  while (j >= 0 && VERB_PREFIX_WORDS.has(lower(tokens[j]))) j--;
  const subject = tokens[j];
  // "Altman's reply", "the lawyer's post": an owner makes the word a noun.
  if (!subject || !subject.word || isPossessive(subject.text)) return false;
  if (/^\p{Lu}/u.test(subject.text)) return !NOUN_DETERMINERS.has(lower(tokens[j - 1]));
  return ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that'].includes(subject.text.toLowerCase()) || PERSON_ROLE_NOUNS.has(lower(subject));
}

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
    if (isPhraseWord(t) || ((w === 'of' || w === 'and' || w === '&' || NAME_PARTICLES.has(t.text)) && k < end && k > floor && isPhraseWord(tokens[k - 1]!))) {
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
