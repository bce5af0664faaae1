// The subject of a speech verb, read backwards from the verb: "Sacks said", "Dario Amodei, the
// co-founder and CEO of Anthropic, argued", "Benioff, who had written", "the company's general
// counsel, Howard Bishop, said".

import type { Speaker } from './types.ts';
import type { ParagraphText } from './article-text.ts';
import { PERSON_ROLE_NOUNS, SPEECH_VERBS, VERB_PREFIX_WORDS } from './lexicon.ts';
import { lower, tokenIndexAt, type Token } from './tokens.ts';
import { chunksWithin, phraseEndingAt, phraseStartingAt } from './phrases.ts';
import { resolvePhrase, speakerFromChunk, type SubjectContext } from './subject.ts';

/** found: the sentence says who speaks (even if it names nobody, like "a spokesperson said"). */
export interface Attribution {
  found: boolean;
  speaker: Speaker | null;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

export const NOT_FOUND: Attribution = { found: false, speaker: null };
export const UNNAMED: Attribution = { found: true, speaker: null };
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

export function range(para: ParagraphText, start: number, end: number): [number, number] {
  return [tokenIndexAt(para.tokens, start), tokenIndexAt(para.tokens, end)];
}

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
  if (!subject || !subject.word) return false;
  if (/^\p{Lu}/u.test(subject.text)) return !NOUN_DETERMINERS.has(lower(tokens[j - 1]));
  return ['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that'].includes(subject.text.toLowerCase()) || PERSON_ROLE_NOUNS.has(lower(subject));
}

export interface Subject {
  from: number;
  attribution: Attribution;
}

/** The subject of the speech verb at token `verb`, looking no further back than token `floor`. */
export function subjectBefore(ctx: SubjectContext, para: ParagraphText, verb: number, floor: number): Subject | null {
  const tokens = para.tokens;
  if (lower(tokens[verb]) === 'according') {
    const phrase = phraseStartingAt(tokens, verb + 2, tokens.length);
    if (!phrase) return null;
    return { from: floor, attribution: { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } };
  }
  if (PASSIVE_AUXILIARIES.has(lower(tokens[verb - 1])) && lower(tokens[verb]) !== 'quoted') {
    // "Jones was told by Smith": the agent after "by" speaks; with no agent, nobody named does.
    const agent = lower(tokens[verb + 1]) === 'by' ? phraseStartingAt(tokens, verb + 2, tokens.length) : null;
    const speaker = agent ? resolvePhrase(ctx, para.index, agent[0], agent[1]).speaker : null;
    return { from: verb, attribution: { found: true, speaker } };
  }
  let k = verb - 1;
  while (k >= floor && VERB_PREFIX_WORDS.has(lower(tokens[k]))) k--;
  if (k < floor) return null;
  const w = lower(tokens[k]);
  if (w === 'who' || w === 'which') {
    k--;
    if (tokens[k]?.text === ',') k--;
  } else if (tokens[k]!.text === ',') {
    const opening = skipAppositive(tokens, k, floor);
    const named = appositiveName(ctx, para, opening + 2, k - 1);
    if (named) {
      const head = opening >= floor ? phraseEndingAt(tokens, opening, floor) : null;
      const from = head ? head[0] : opening + 2;
      // "Greenberg and his co-author, Imani Richards, said": a joint statement; the first named leads.
      if (lower(tokens[from - 1]) === 'and') {
        return { from: floor, attribution: { found: true, speaker: firstNamed(ctx, para, floor, from - 1) } };
      }
      return { from, attribution: named };
    }
    k = opening;
  }
  if (k < floor) return null;
  const phrase = phraseEndingAt(tokens, k, floor);
  if (!phrase) return null;
  return { from: phrase[0], attribution: { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } };
}

// "the company's general counsel, Howard Bishop, said": the name sits in the commas.
export function appositiveName(ctx: SubjectContext, para: ParagraphText, from: number, to: number): Attribution | null {
  const tokens = para.tokens;
  if (from > to || to - from > 4 || !tokens[from] || !tokens[to]) return null;
  const chunk = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[from]!.start, tokens[to]!.end).find(
    (c) => c.start === tokens[from]!.start && c.end === tokens[to]!.end,
  );
  if (!chunk) return null;
  const entity = ctx.index.resolve(chunk.name);
  if (entity) return { found: true, speaker: { name: entity.name, kind: entity.kind } };
  return chunk.tokenCount >= 2 && chunk.name === chunk.name.replace(/\p{Lu}{2,}/u, '') ? { found: true, speaker: { name: chunk.name, kind: 'person' } } : null;
}

function firstNamed(ctx: SubjectContext, para: ParagraphText, floor: number, before: number): Speaker | null {
  const tokens = para.tokens;
  const chunks = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[floor]?.start ?? 0, tokens[before]?.start ?? 0);
  const lead = chunks.find((c) => !c.possessive);
  return lead ? speakerFromChunk(ctx, lead) : null;
}

// From the comma that closes ", the co-founder and CEO of Anthropic," back to the token before
// the comma that opens it.
function skipAppositive(tokens: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= floor && comma - k < 32; k--) {
    if (tokens[k]!.text === ',') return k - 1;
    if (/^[.;:!?"“”]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}
