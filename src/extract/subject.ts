// Who a subject phrase refers to: a name ("Sacks", "Meta's chief AI scientist Yann LeCun"), a
// pronoun ("he"), a title ("the Anthropic chief") or an organisation's voice ("Alibaba's cloud
// division", "an OpenAI spokesperson"). Unresolvable phrases give null: a wrong name is worse.

import type { Speaker } from './types.ts';
import type { ArticleText } from './article-text.ts';
import { sentenceAt } from './article-text.ts';
import type { Entity, EntityIndex, Gender, Mention } from './entities.ts';
import type { NameChunk } from './names.ts';
import {
  NON_NAME_WORDS, ORG_CUE_NOUNS, ORG_UNIT_NOUNS, PERSON_ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS,
  VERB_PREFIX_WORDS,
} from './lexicon.ts';
import { isPossessive, lower, tokenIndexAt, type Token } from './tokens.ts';
import { chunksWithin, isHandle, isPronoun, isSpeechVerb, speechVerbSubject } from './phrases.ts';

export interface Position {
  paragraph: number;
  offset: number;
}

/** A speaker event: some sentence's words were attributed to `entity`. */
export interface SpeakerEvent extends Position {
  entity: Entity;
}

export interface SubjectContext {
  article: ArticleText;
  index: EntityIndex;
  /** Quotes already attributed, by sentence index; they make their speakers salient. */
  eventsBySentence: Map<number, SpeakerEvent[]>;
  /** Speech subjects of whole sentences already worked out. */
  speechBySentence: Map<number, SpeechSubject>;
}

const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'any']);
const MALE = new Set(['he']);
const FEMALE = new Set(['she']);
const VOICE_NOUNS = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'statement', 'account', 'blog', 'press', 'announcement', 'filing', 'website', 'post']);

const ROLE_SYNONYMS: Record<string, string[]> = {
  chief: ['chief', 'ceo', 'head', 'boss', 'executive'],
  boss: ['chief', 'ceo', 'head', 'boss'],
  head: ['chief', 'ceo', 'head', 'boss', 'director'],
  executive: ['executive', 'ceo', 'chief'],
  ceo: ['ceo', 'chief executive'],
  founder: ['founder', 'co-founder', 'cofounder'],
  'co-founder': ['founder', 'co-founder', 'cofounder'],
};

const DESCRIPTIONS = new Set(['billionaire', 'entrepreneur', 'tycoon', 'mogul', 'magnate', 'executive', 'businessman', 'businesswoman', 'investor', 'veteran', 'pioneer']);
const PRONOUN_LOOKBACK_SENTENCES = 6;

export type Resolution = { speaker: Speaker | null };

export function newSubjectContext(article: ArticleText, index: EntityIndex): SubjectContext {
  return { article, index, eventsBySentence: new Map(), speechBySentence: new Map() };
}

export function addSpeakerEvent(ctx: SubjectContext, event: SpeakerEvent): void {
  const s = sentenceAt(ctx.article, event.paragraph, event.offset);
  const list = ctx.eventsBySentence.get(s);
  if (list) list.push(event);
  else ctx.eventsBySentence.set(s, [event]);
}

export function speakerOf(entity: Entity): Speaker {
  return { name: entity.name, kind: entity.kind };
}

/** Resolves the phrase tokens[from..to] of paragraph `p` to a speaker. */
export function resolvePhrase(ctx: SubjectContext, p: number, from: number, to: number, depth = 0): Resolution {
  const para = ctx.article.paragraphs[p]!;
  const tokens = para.tokens;
  const first = tokens[from]!;
  const last = tokens[to]!;
  if (from === to && isPronoun(first)) {
    const w = first.text.toLowerCase();
    if (MALE.has(w)) return { speaker: resolvePronoun(ctx, { paragraph: p, offset: first.start }, 'male', depth) };
    if (FEMALE.has(w)) return { speaker: resolvePronoun(ctx, { paragraph: p, offset: first.start }, 'female', depth) };
    if (w === 'it') return { speaker: subjectOrganisation(ctx, { paragraph: p, offset: first.start }) };
    return { speaker: null };
  }
  if (isHandle(tokens, to)) return { speaker: { name: para.text.slice(tokens[to - 1]!.start, last.end), kind: 'account' } };
  const chunks = chunksWithin(ctx.index.chunks[p] ?? [], first.start, last.end);
  // "Smith and Jones wrote": a joint statement; the first named leads it.
  if (chunks.length >= 2 && joinedByAnd(tokens, from, to, chunks)) {
    const lead = chunks.find((c) => !c.possessive);
    return { speaker: lead ? speakerFromChunk(ctx, lead) : null };
  }
  const lastChunk = chunks[chunks.length - 1];
  const lastWord = lower(last);
  if (lastChunk && lastChunk.end >= last.end - (isPossessive(last.text) ? 2 : 0) && !lastChunk.possessive && !followsOf(tokens, lastChunk)) {
    const linkIndex = tokenIndexAt(tokens, lastChunk.outerStart) - 1;
    const linked = lower(tokens[linkIndex]);
    // "Analyst Gordon Achebe of Pemberton Research": the person, not the employer.
    const employee = AFFILIATION.has(linked) ? personBefore(ctx, chunks, lastChunk) : null;
    if (employee) return { speaker: employee };
    const named = speakerFromChunk(ctx, lastChunk);
    // "a former colleague of Reed", "an adviser to Holt": the person is only the object.
    if (linkIndex >= from && OBJECT_LINKS.has(linked) && named?.kind === 'person') return { speaker: null };
    return { speaker: named };
  }
  const age = ageDescribed(tokens, from, to);
  if (age !== null) return { speaker: personOfAge(ctx, p, age, first.start) };
  const org = chunks.find((c) => orgEntity(ctx, c) || c.possessive);
  if (VOICE_NOUNS.has(lastWord)) {
    const named = org ?? chunks[chunks.length - 1];
    return { speaker: named ? orgSpeaker(ctx, named) : null };
  }
  if (org?.possessive && ORG_UNIT_NOUNS.has(lastWord)) {
    return { speaker: { name: para.text.slice(org.start, last.end), kind: 'organisation' } };
  }
  const role = roleWord(tokens, from, to);
  if (role && INDEFINITE.has(lower(first))) return { speaker: null };
  if (role) {
    const orgName = chunks[0] ? chunks[0].name : null;
    return { speaker: resolveTitle(ctx, { paragraph: p, offset: first.start }, role, orgName, depth) };
  }
  if (ORG_CUE_NOUNS.has(lastWord) && lower(first) === 'the') {
    return { speaker: recentOrganisation(ctx, { paragraph: p, offset: first.start }) };
  }
  return { speaker: null };
}

function joinedByAnd(tokens: Token[], from: number, to: number, chunks: NameChunk[]): boolean {
  const last = chunks[chunks.length - 1]!;
  for (let k = from; k <= to; k++) {
    const w = lower(tokens[k]);
    if ((w === 'and' || w === '&') && tokens[k]!.end <= last.start && !chunks.some((c) => c.start < tokens[k]!.start && c.end > tokens[k]!.end)) {
      const before = chunks.filter((c) => c.end <= tokens[k]!.start && !c.possessive);
      return before.length > 0 && last.titleWords.length === 0;
    }
  }
  return false;
}

const AFFILIATION = new Set(['of', 'at', 'from']);
/** Words that make the name after them an object, not the subject: "a person close to Holt". */
export const OBJECT_LINKS = new Set(['of', 'at', 'from', 'to', 'for', 'with', 'near', 'about', 'like', 'than', 'against']);

function personBefore(ctx: SubjectContext, chunks: NameChunk[], chunk: NameChunk): Speaker | null {
  const earlier = chunks.filter((c) => c.end < chunk.start && !c.possessive);
  const candidate = earlier[earlier.length - 1];
  if (!candidate) return null;
  const entity = ctx.index.resolve(candidate.name);
  if (entity) return entity.kind === 'person' ? speakerOf(entity) : null;
  return candidate.tokenCount >= 2 ? { name: candidate.name, kind: 'person' } : null;
}

// "the 47-year-old": the age the article gave a person as "Kober, 47,".
function ageDescribed(tokens: Token[], from: number, to: number): string | null {
  if (to - from > 2 || lower(tokens[from]) !== 'the') return null;
  return /^(\d{1,3})-year-old$/.exec(tokens[to]!.text)?.[1] ?? null;
}

function personOfAge(ctx: SubjectContext, p: number, age: string, before: number): Speaker | null {
  const found = new Set<Entity>();
  for (const m of ctx.index.mentions) {
    if (m.paragraph > p || (m.paragraph === p && m.start >= before) || m.entity.kind !== 'person') continue;
    const text = ctx.article.paragraphs[m.paragraph]!.text;
    const after = text.slice(m.end, m.end + 8);
    if (after.startsWith(`, ${age},`) || after.startsWith(` (${age})`)) found.add(m.entity);
  }
  return found.size === 1 ? speakerOf([...found][0]!) : null;
}

function followsOf(tokens: Token[], chunk: NameChunk): boolean {
  return lower(tokens[chunk.first - 1]) === 'of' && TITLE_WORDS.has(lower(tokens[chunk.first - 2]));
}

function roleWord(tokens: Token[], from: number, to: number): string | null {
  for (let k = to; k >= from; k--) {
    const w = lower(tokens[k]);
    if (TITLE_WORDS.has(w) || PERSON_ROLE_NOUNS.has(w)) return w;
  }
  return null;
}

function orgEntity(ctx: SubjectContext, chunk: NameChunk): Entity | null {
  const e = ctx.index.resolve(chunk.name);
  return e && e.kind !== 'person' ? e : null;
}

// A spokesperson speaks for an organisation; "Smith's spokeswoman" is not Smith.
function orgSpeaker(ctx: SubjectContext, chunk: NameChunk): Speaker | null {
  const e = ctx.index.resolve(chunk.name);
  if (e) return e.kind === 'person' ? null : speakerOf(e);
  return isPersonName(chunk) ? null : { name: chunk.name, kind: 'organisation' };
}

function isPersonName(chunk: NameChunk): boolean {
  return chunk.tokenCount >= 2 && /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(chunk.name) && !/ (?:Inc|Corp|Ltd|Group|Labs?|Capital|Health|Research|Systems|Technologies|Media|News|Partners|Ventures)$/.test(chunk.name);
}

export function speakerFromChunk(ctx: SubjectContext, chunk: NameChunk): Speaker | null {
  const entity = ctx.index.resolve(chunk.name);
  if (entity) return speakerOf(entity);
  if (sharedSurname(ctx, chunk.name)) return null;
  if (NON_NAME_WORDS.has(chunk.name.toLowerCase())) return null;
  // "Organisers say": one unknown word, capitalised only where it opens a sentence.
  if (chunk.tokenCount === 1 && chunk.initial && chunk.titleWords.length === 0 && !ctx.article.midSentenceCapitals.has(chunk.name)) return null;
  // People's names do not open with "The": "The Verge Decoder" is a publication or an account.
  const person = !/^The /.test(chunk.name) && (chunk.titleWords.length > 0 || chunk.tokenCount >= 2);
  return { name: chunk.name, kind: person ? 'person' : 'organisation' };
}

const surnameCounts = new WeakMap<EntityIndex, Map<string, number>>();

function sharedSurname(ctx: SubjectContext, name: string): boolean {
  let counts = surnameCounts.get(ctx.index);
  if (!counts) {
    counts = new Map();
    for (const e of ctx.index.entities) {
      if (e.kind !== 'person' || !e.name.includes(' ')) continue;
      const surname = e.name.slice(e.name.lastIndexOf(' ') + 1).toLowerCase();
      counts.set(surname, (counts.get(surname) ?? 0) + 1);
    }
    surnameCounts.set(ctx.index, counts);
  }
  return (counts.get(name.toLowerCase()) ?? 0) >= 2;
}

function before(a: Position, b: Position): boolean {
  return a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.offset < b.offset);
}

function mentionsBefore(ctx: SubjectContext, at: Position, paragraphsBack: number): Mention[] {
  return ctx.index.mentions.filter(
    (m) => m.paragraph <= at.paragraph && m.paragraph >= at.paragraph - paragraphsBack && before({ paragraph: m.paragraph, offset: m.start }, at),
  );
}

// "the Anthropic chief", "the president": the person the article gave that title (and
// organisation), most recently mentioned first.
function resolveTitle(ctx: SubjectContext, at: Position, role: string, org: string | null, depth: number): Speaker | null {
  const roles = ROLE_SYNONYMS[role] ?? [role];
  const fits = (e: Entity): boolean => {
    if (e.kind !== 'person') return false;
    const titles = [...e.titles].map((t) => t.toLowerCase());
    const hasRole = titles.some((t) => roles.some((r) => ` ${t.replace(/[^a-z-]+/g, ' ')} `.includes(` ${r} `)));
    const hasOrg = !org || titles.some((t) => t.includes(org.toLowerCase()));
    return hasRole && hasOrg;
  };
  const before = mentionsBefore(ctx, at, Number.MAX_SAFE_INTEGER);
  const recent = before.filter((m) => fits(m.entity));
  if (recent.length > 0) {
    const last = recent[recent.length - 1]!;
    // "Senator Kline and Senator Pike … the senator said": two people fit in one breath.
    const sentence = sentenceAt(ctx.article, last.paragraph, last.start);
    const rivals = recent.filter((m) => m.entity !== last.entity && sentenceAt(ctx.article, m.paragraph, m.start) === sentence);
    return rivals.length > 0 ? null : speakerOf(last.entity);
  }
  if (org) {
    // "the Altair boss": the one person the article ties to Altair, whatever the exact title.
    const tied = new Set(before.filter((m) => m.entity.kind === 'person' && [...m.entity.titles].some((t) => t.toLowerCase().includes(org.toLowerCase()))).map((m) => m.entity));
    return tied.size === 1 ? speakerOf([...tied][0]!) : null;
  }
  // "the billionaire wrote": a description, not a title; it names whoever a pronoun would.
  return DESCRIPTIONS.has(role) ? resolvePronoun(ctx, at, 'any', depth + 1) : null;
}

function recentOrganisation(ctx: SubjectContext, at: Position): Speaker | null {
  const orgs = mentionsBefore(ctx, at, 1).filter((m) => m.entity.kind === 'organisation' && !m.oblique);
  // "Arcline's official account weighed in. "…," the company posted.": an owner counts when no
  // organisation is the subject of its own clause.
  const subjects = orgs.filter((m) => !m.possessive);
  const last = subjects.length > 0 ? subjects[subjects.length - 1] : orgs[orgs.length - 1];
  return last ? speakerOf(last.entity) : null;
}

// "Microsoft said it would … “…,” it said": the organisation that led this or the last sentence.
function subjectOrganisation(ctx: SubjectContext, at: Position): Speaker | null {
  const current = sentenceAt(ctx.article, at.paragraph, at.offset);
  for (let s = current; s >= 0 && current - s <= 1; s--) {
    const sentence = ctx.article.sentences[s]!;
    const lead = mentionsInSentence(ctx, s).find((m) => m.start >= sentence.start && m.start < (s === current ? at.offset : sentence.end) && !m.oblique && !m.possessive);
    if (lead) return lead.entity.kind === 'person' ? null : speakerOf(lead.entity);
  }
  return null;
}

// A pronoun names the one compatible person of the nearest sentence that mentions any; with two
// or more there, only the subject of that sentence's speech verb (or its quote's speaker) counts,
// and otherwise the pronoun stays unresolved.
export function resolvePronoun(ctx: SubjectContext, at: Position, gender: Gender | 'any', depth = 0): Speaker | null {
  if (depth > 2) return null;
  const compatible = (e: Entity): boolean => e.kind === 'person' && (gender === 'any' || e.gender === null || e.gender === gender);
  const current = sentenceAt(ctx.article, at.paragraph, at.offset);
  for (let s = current; s >= 0 && current - s <= PRONOUN_LOOKBACK_SENTENCES; s--) {
    const sentence = ctx.article.sentences[s]!;
    if (at.paragraph - sentence.paragraph > 1) break;
    const end = s === current ? at.offset : sentence.end;
    const inside = (pos: Position): boolean => pos.paragraph === sentence.paragraph && pos.offset >= sentence.start && pos.offset < end;
    const named = mentionsInSentence(ctx, s).filter((m) => inside({ paragraph: m.paragraph, offset: m.start }) && compatible(m.entity));
    // "Moreau's predecessor, Helga Brandstetter, said": a possessive only counts when alone.
    const heads = named.some((m) => !m.possessive) ? named.filter((m) => !m.possessive) : named;
    const people = new Set<Entity>(heads.map((m) => m.entity));
    for (const e of ctx.eventsBySentence.get(s) ?? []) if (inside(e) && compatible(e.entity)) people.add(e.entity);
    // A sentence led by a name we could not place, or spoken by someone unnamed ("a senior
    // executive said"), may be what the pronoun points back to.
    if (unplacedSubject(ctx, sentence.paragraph, sentence.start, end)) return null;
    // "The judge also criticized …": a person described by a role leads the sentence.
    // Unless the sentence names someone too: "The hospital's chief medical officer, Dr. Lena Ortiz, said".
    const described = describedSubject(ctx, sentence.paragraph, sentence.start, end, depth);
    if (described === null && people.size === 0) return null;
    if (described && compatible(described)) people.add(described);
    const speech = s === current ? speechSubject(ctx, s, end, depth) : cachedSpeechSubject(ctx, s, depth);
    if (speech.unnamed) return null;
    if (people.size === 0) continue;
    if (people.size === 1) return speakerOf([...people][0]!);
    return speech.entity && people.has(speech.entity) ? speakerOf(speech.entity) : null;
  }
  return null;
}

function unplacedSubject(ctx: SubjectContext, p: number, start: number, end: number): boolean {
  const para = ctx.article.paragraphs[p]!;
  let i = tokenIndexAt(para.tokens, start);
  while (i < para.tokens.length && !para.tokens[i]!.word) i++;
  const firstWord = para.tokens[i];
  if (!firstWord || firstWord.start >= end) return false;
  const lead = chunksWithin(ctx.index.chunks[p] ?? [], start, end)[0];
  if (!lead || lead.outerStart !== firstWord.start || lead.possessive) return false;
  // Only a name that is the subject: followed by a comma or a verb, not by a noun ("Startup founder").
  const next = para.tokens[lead.last + 1];
  const w = lower(next);
  const verbLike = next?.text === ',' || SPEECH_VERBS.has(w) || VERB_PREFIX_WORDS.has(w) || /^\p{Ll}+(?:ed|s)$/u.test(next?.text ?? '');
  if (!verbLike) return false;
  return ctx.index.resolve(lead.name) === null && !NON_NAME_WORDS.has(lead.name.toLowerCase()) && !/\p{Ll}\p{Lu}|\p{Lu}{2}/u.test(lead.name);
}

// The person a sentence-opening "The judge …" / "The company's founder …" means: undefined when the
// sentence opens otherwise, null when the description fits nobody the article names.
function describedSubject(ctx: SubjectContext, p: number, start: number, end: number, depth: number): Entity | null | undefined {
  const tokens = ctx.article.paragraphs[p]!.tokens;
  const first = tokenIndexAt(tokens, start);
  if (lower(tokens[first]) !== 'the' || (tokens[first]?.start ?? end) >= end) return undefined;
  let last = first + 1;
  while (last < tokens.length && last - first <= 4 && tokens[last]!.word && !PERSON_ROLE_NOUNS.has(lower(tokens[last])) && !TITLE_WORDS.has(lower(tokens[last]))) last++;
  const head = tokens[last];
  if (!head || last - first > 4 || !(PERSON_ROLE_NOUNS.has(lower(head)) || TITLE_WORDS.has(lower(head))) || isPossessive(head.text)) return undefined;
  const next = tokens[last + 1];
  // Only a subject: "The judge wrote", "The judge also criticized" — not "The judge's ruling".
  if (!next || !/^\p{Ll}+$/u.test(next.text) || head.end > end) return undefined;
  const speaker = resolvePhrase(ctx, p, first, last, depth + 1).speaker;
  const entity = speaker ? ctx.index.resolve(speaker.name) : null;
  return entity?.kind === 'person' ? entity : null;
}

const bySentenceCache = new WeakMap<EntityIndex, Map<number, Mention[]>>();

function mentionsInSentence(ctx: SubjectContext, sentence: number): Mention[] {
  let bySentence = bySentenceCache.get(ctx.index);
  if (!bySentence) {
    bySentence = new Map();
    for (const m of ctx.index.mentions) {
      const s = sentenceAt(ctx.article, m.paragraph, m.start);
      const list = bySentence.get(s);
      if (list) list.push(m);
      else bySentence.set(s, [m]);
    }
    bySentenceCache.set(ctx.index, bySentence);
  }
  return bySentence.get(sentence) ?? [];
}

interface SpeechSubject {
  entity: Entity | null;
  /** The sentence's speaker is someone unnamed: "A senior executive … said", "Another said". */
  unnamed: boolean;
}

function cachedSpeechSubject(ctx: SubjectContext, s: number, depth: number): SpeechSubject {
  let found = ctx.speechBySentence.get(s);
  if (!found) {
    found = speechSubject(ctx, s, ctx.article.sentences[s]!.end, depth);
    ctx.speechBySentence.set(s, found);
  }
  return found;
}

// Who speaks in sentence s (up to `end`): its one attributed quote's speaker, else the subject of
// its first speech verb outside quotation marks.
function speechSubject(ctx: SubjectContext, s: number, end: number, depth: number): SpeechSubject {
  const sentence = ctx.article.sentences[s]!;
  const p = sentence.paragraph;
  const speakers = (ctx.eventsBySentence.get(s) ?? []).filter((e) => e.offset < end);
  if (speakers.length > 0 && new Set(speakers.map((e) => e.entity)).size === 1) return { entity: speakers[0]!.entity, unnamed: false };
  const para = ctx.article.paragraphs[p]!;
  const tokens = para.tokens;
  const first = tokenIndexAt(tokens, sentence.start);
  const opensUnnamed = INDEFINITE.has(lower(tokens[first]));
  for (let k = first; k < tokens.length && tokens[k]!.end <= end; k++) {
    // "On a call with analysts, Lin said": a speech verb used as a noun has no subject.
    if (para.insideQuote(tokens[k]!.start) || !isSpeechVerb(tokens, k)) continue;
    const range = speechVerbSubject(tokens, k, first);
    const found = range && !INDEFINITE.has(lower(tokens[range[0]])) ? resolvePhrase(ctx, p, range[0], range[1], depth + 1).speaker : null;
    const entity = found ? ctx.index.resolve(found.name) : null;
    if (entity?.kind === 'person') return { entity, unnamed: false };
    return { entity: null, unnamed: opensUnnamed || (range !== null && INDEFINITE.has(lower(tokens[range[0]]))) };
  }
  return { entity: null, unnamed: false };
}
