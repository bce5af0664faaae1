// The subject of a speech verb, read backwards from the verb: "Sacks said", "Dario Amodei, the
// co-founder and CEO of Anthropic, argued", "Benioff, who had written", "the company's general
// counsel, Howard Bishop, said".

import type { Speaker } from './types.ts';
import type { ParagraphText } from './article-text.ts';
import { PERSON_ROLE_NOUNS, VERB_PREFIX_WORDS } from './lexicon.ts';
import { lower, tokenIndexAt, type Token } from './tokens.ts';
import { chunksWithin, phraseEndingAt, phraseStartingAt } from './phrases.ts';
import { OBJECT_LINKS, resolvePhrase, speakerFromChunk, type SubjectContext } from './subject.ts';

/** found: the sentence says who speaks (even if it names nobody, like "a spokesperson said"). */
export interface Attribution {
  found: boolean;
  speaker: Speaker | null;
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'be']);

export const NOT_FOUND: Attribution = { found: false, speaker: null };
export const UNNAMED: Attribution = { found: true, speaker: null };

export function range(para: ParagraphText, start: number, end: number): [number, number] {
  return [tokenIndexAt(para.tokens, start), tokenIndexAt(para.tokens, end)];
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
  if (w === 'and' || w === 'but') return coordinatedSubject(ctx, para, floor, k);
  const relative = w === 'who' || w === 'which';
  if (relative) {
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
    k = placeInChain(ctx, para, opening, floor);
  }
  if (k < floor) return null;
  const phrase = phraseEndingAt(tokens, k, floor);
  if (!phrase) return null;
  const speaker = resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker;
  // "a person close to Holt said": the named person is the object of "to"; the speaker is unnamed.
  if (!relative && speaker?.kind === 'person' && phrase[0] > floor && OBJECT_LINKS.has(lower(tokens[phrase[0] - 1]))) return { from: phrase[0], attribution: UNNAMED };
  return { from: phrase[0], attribution: { found: true, speaker } };
}

// "Ellison declined to discuss the draft but said": the verb shares the subject that opens the
// clause, provided a verb follows that subject directly.
function coordinatedSubject(ctx: SubjectContext, para: ParagraphText, floor: number, conjunction: number): Subject | null {
  const tokens = para.tokens;
  let first = floor;
  while (first < conjunction && !tokens[first]!.word) first++;
  const phrase = first < conjunction ? phraseStartingAt(tokens, first, conjunction) : null;
  if (!phrase) return null;
  const next = tokens[phrase[1] + 1];
  if (!next || !/^\p{Ll}+$/u.test(next.text) || phrase[1] + 1 >= conjunction) return null;
  return { from: phrase[0], attribution: { found: true, speaker: resolvePhrase(ctx, para.index, phrase[0], phrase[1]).speaker } };
}

// "the company's general counsel, Howard Bishop, said": the name sits in the commas.
export function appositiveName(ctx: SubjectContext, para: ParagraphText, from: number, to: number): Attribution | null {
  const tokens = para.tokens;
  if (from > to || to - from > 4 || !tokens[from] || !tokens[to]) return null;
  // The name may carry its own honorific: ", Dr Ahmed Farouk,".
  const chunk = chunksWithin(ctx.index.chunks[para.index] ?? [], tokens[from]!.start, tokens[to]!.end).find(
    (c) => (c.start === tokens[from]!.start || c.outerStart === tokens[from]!.start) && c.end === tokens[to]!.end,
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

// "Volokh, a professor at the University of California, Los Angeles, who …, called": a place that
// continues an institution's name sits between the commas; the subject is further back.
function placeInChain(ctx: SubjectContext, para: ParagraphText, end: number, floor: number): number {
  const tokens = para.tokens;
  let k = end;
  for (let hops = 0; hops < 3 && k >= floor; hops++) {
    const phrase = phraseEndingAt(tokens, k, floor);
    if (!phrase || tokens[phrase[0] - 1]?.text !== ',' || !/^\p{Lu}/u.test(tokens[phrase[0] - 2]?.text ?? '')) return k;
    const name = para.text.slice(tokens[phrase[0]]!.start, tokens[phrase[1]]!.end);
    if (ctx.index.resolve(name)) return k;
    const earlier = skipAppositive(tokens, phrase[0] - 1, floor);
    if (earlier < floor) return k;
    k = earlier;
  }
  return k;
}

// From the comma that closes ", the co-founder and CEO of Anthropic," back to the token before
// the comma that opens it.
function skipAppositive(tokens: Token[], comma: number, floor: number): number {
  for (let k = comma - 1; k >= floor && comma - k < 32; k--) {
    if (tokens[k]!.text === ',') return k - 1;
    // "on A.I. and libel": the period of an initialism ends no clause.
    if (tokens[k]!.text === '.' && /^(?:\p{Lu}\.)*\p{Lu}$|^(?:dr|mr|mrs|ms|prof|st|jr|sr|inc|corp|co)$/iu.test(tokens[k - 1]?.text ?? '')) continue;
    if (/^[.;:!?"“”]$/.test(tokens[k]!.text)) return -1;
  }
  return -1;
}
