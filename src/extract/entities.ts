// The people and organisations one article names, with every form it uses for each of them and
// where each mention sits, so attribution can resolve "Musk", "Amodel" or "he" to a full name.

import type { EntityKind, ExtractedEntity } from './types.ts';
import { sentenceAt, type ArticleText } from './article-text.ts';
import { findNameChunks, type NameChunk } from './names.ts';
import {
  FEMALE_HONORIFICS, FEMALE_NAMES, MALE_HONORIFICS, MALE_NAMES, ORG_CUE_NOUNS, ORG_SUFFIXES,
  ORG_UNIT_NOUNS, PERSON_ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, VERB_PREFIX_WORDS,
} from './lexicon.ts';
import { isCapitalised, lower, tokenIndexAt, type Token } from './tokens.ts';
import { closeSpelling } from './spelling.ts';
import { leaderByOffice } from './public-figures.ts';

export type Gender = 'male' | 'female' | null;

export interface Entity {
  name: string;
  kind: EntityKind;
  aliases: Set<string>;
  titles: Set<string>;
  gender: Gender;
}

export interface Mention {
  entity: Entity;
  paragraph: number;
  /** Offsets of the name; `outerStart` includes a title before it. */
  start: number;
  end: number;
  outerStart: number;
  possessive: boolean;
  /** Preceded by a preposition, so it is not the subject of its clause. */
  oblique: boolean;
}

export interface EntityIndex {
  entities: Entity[];
  /** Every capitalised name run per paragraph (outside quotations), known entity or not. */
  chunks: NameChunk[][];
  /** In reading order. */
  mentions: Mention[];
  /** The article's entity a name refers to: full name, alias, surname or a close misspelling. */
  resolve(surface: string): Entity | null;
}

const PREPOSITIONS = new Set([
  'in', 'on', 'at', 'for', 'to', 'from', 'of', 'about', 'with', 'by', 'via', 'into', 'over',
  'against', 'like', 'than', 'between', 'among', 'after', 'before', 'under', 'behind', 'per',
]);

interface Occurrence {
  chunk: NameChunk;
  /** The title or name opens its sentence. */
  initial: boolean;
  paragraph: number;
  tokens: Token[];
  text: string;
}

interface Evidence {
  /** Subject of a speech verb: a person or an organisation. */
  speaks: number;
  person: number;
  org: number;
  account: number;
  titles: Set<string>;
  honorific: Gender;
  forms: Map<string, number>;
}

export function buildEntityIndex(article: ArticleText): EntityIndex {
  const occurrences = collectOccurrences(article);
  const chunks: NameChunk[][] = article.paragraphs.map(() => []);
  for (const occ of occurrences) chunks[occ.paragraph]!.push(occ.chunk);
  const evidence = gatherEvidence(occurrences);
  const entities = decideEntities(evidence);
  const byForm = indexForms(entities);
  const resolve = (surface: string): Entity | null => resolveSurface(entities, byForm, surface);
  const mentions: Mention[] = [];
  for (const occ of occurrences) {
    const entity = resolve(occ.chunk.name);
    if (!entity) continue;
    entity.aliases.add(occ.chunk.name);
    const before = occ.tokens[tokenIndexAt(occ.tokens, occ.chunk.outerStart) - 1];
    mentions.push({
      entity,
      paragraph: occ.paragraph,
      start: occ.chunk.start,
      end: occ.chunk.end,
      outerStart: occ.chunk.outerStart,
      possessive: occ.chunk.possessive,
      oblique: PREPOSITIONS.has(lower(before)) || before?.text === '(',
    });
    if (occ.chunk.title && entity.kind === 'person') {
      entity.titles.add(occ.chunk.title);
      entity.aliases.add(occ.text.slice(occ.chunk.outerStart, occ.chunk.end));
    }
  }
  inferGenders(article, entities, mentions);
  return { entities, chunks, mentions, resolve };
}

export function toExtractedEntities(index: EntityIndex): ExtractedEntity[] {
  return index.entities.map((e) => ({
    name: e.name,
    kind: e.kind,
    aliases: [...e.aliases].filter((a) => a !== e.name),
    titles: [...e.titles],
  }));
}

function collectOccurrences(article: ArticleText): Occurrence[] {
  const out: Occurrence[] = [];
  article.paragraphs.forEach((para, p) => {
    const chunks = findNameChunks({
      text: para.text,
      tokens: para.tokens,
      sentenceInitial: para.sentenceInitial,
      lowercaseVocabulary: article.lowercaseVocabulary,
      midSentenceCapitals: article.midSentenceCapitals,
    });
    for (const chunk of chunks) {
      if (para.insideQuote(chunk.start)) continue;
      const initial = para.sentenceInitial.has(tokenIndexAt(para.tokens, chunk.outerStart));
      out.push({ chunk, initial, paragraph: p, tokens: para.tokens, text: para.text });
    }
  });
  return out;
}

function keyOf(name: string): string {
  return name.toLowerCase();
}

function gatherEvidence(occurrences: Occurrence[]): Map<string, Evidence> {
  const all = new Map<string, Evidence>();
  const titleOrgs = new Set<string>();
  for (const occ of occurrences) {
    const key = keyOf(occ.chunk.name);
    let ev = all.get(key);
    if (!ev) {
      ev = { speaks: 0, person: 0, org: 0, account: 0, titles: new Set(), honorific: null, forms: new Map() };
      all.set(key, ev);
    }
    ev.forms.set(occ.chunk.name, (ev.forms.get(occ.chunk.name) ?? 0) + 1);
    scoreOccurrence(occ, ev);
    for (const org of orgsInTitle(occ)) titleOrgs.add(keyOf(org));
  }
  for (const key of titleOrgs) {
    const ev = all.get(key);
    if (ev) ev.org += 2;
  }
  return all;
}

function scoreOccurrence(occ: Occurrence, ev: Evidence): void {
  const { chunk, tokens } = occ;
  const words = chunk.name.split(/\s+/);
  const firstWord = (words[0] ?? '').toLowerCase();
  const lastWord = (words[words.length - 1] ?? '').toLowerCase();
  const after = tokens.slice(chunk.last + 1, chunk.last + 5);
  const before = tokens[tokenIndexAt(tokens, chunk.outerStart) - 1];
  const personTitle = chunk.titleWords.length > 0;
  if (personTitle) {
    ev.person += 2;
    if (chunk.title) ev.titles.add(chunk.title);
  }
  for (const w of chunk.titleWords) {
    if (MALE_HONORIFICS.has(w)) ev.honorific = 'male';
    if (FEMALE_HONORIFICS.has(w)) ev.honorific = 'female';
  }
  if (words.length >= 2 && (MALE_NAMES.has(firstWord) || FEMALE_NAMES.has(firstWord))) ev.person += 2;
  if (ORG_SUFFIXES.has(lastWord) && words.length >= 2) ev.org += 3;
  if (ORG_SUFFIXES.has(firstWord) && words[1] === 'of') ev.org += 3;
  if (ORG_CUE_NOUNS.has(lower(before)) && !isCapitalised(before!)) ev.org += 2;
  const beforeOf = tokens[tokenIndexAt(tokens, chunk.outerStart) - 2];
  if (lower(before) === 'of' && (lower(beforeOf) === 'shares' || lower(beforeOf) === 'stock')) ev.org += 2;
  if (words.length === 1 && /\p{Ll}\p{Lu}/u.test(chunk.name)) ev.org += 1;
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(chunk.name)) ev.org += 1;
  if (chunk.possessive && (ORG_UNIT_NOUNS.has(lower(after[0])) || TITLE_WORDS.has(lower(after[0])))) ev.org += 1;
  const role = roleBeforeComma(tokens, tokenIndexAt(tokens, chunk.outerStart));
  if (role && words.length >= 2 && after[0]?.text === ',') {
    // "A spokeswoman for Lattice, Carla Jimenez, confirmed": the name is the role's appositive.
    ev.person += 2;
    if (FEMALE_HONORIFICS.has(role)) ev.honorific = 'female';
    if (MALE_HONORIFICS.has(role)) ev.honorific = 'male';
  }
  if (after[0]?.text === ',' && (lower(after[1]) === 'who' || lower(after[1]) === 'whose')) ev.person += 2;
  if (!chunk.possessive && speechVerbFollows(after)) ev.speaks += 1;
  if (after[0]?.text === ',' && lower(after[1]) === 'which') {
    if (SPEECH_VERBS.has(lower(after[2]))) ev.account += 2;
    else ev.org += 1;
  }
  if (words.length >= 2 && !chunk.possessive && speechVerbFollows(after)) ev.person += 1;
  if (after[0]?.text === ',' && /^an? /.test(appositiveText(occ) ?? '') && / account\b/.test(appositiveText(occ) ?? '')) ev.account += 2;
  else if (after[0]?.text === ',' && isRoleAppositive(tokens, chunk.last + 2)) {
    ev.person += 2;
    const appositive = appositiveText(occ);
    if (appositive) ev.titles.add(appositive);
  }
}

function roleBeforeComma(tokens: Token[], nameStart: number): string | null {
  if (tokens[nameStart - 1]?.text !== ',') return null;
  for (let k = nameStart - 2; k >= 0 && nameStart - k <= 6; k--) {
    const w = lower(tokens[k]);
    if (!tokens[k]!.word) return null;
    if (TITLE_WORDS.has(w) || PERSON_ROLE_NOUNS.has(w)) return w;
  }
  return null;
}

function speechVerbFollows(after: Token[]): boolean {
  for (const t of after) {
    const w = lower(t);
    if (SPEECH_VERBS.has(w)) return true;
    if (!VERB_PREFIX_WORDS.has(w)) return false;
  }
  return false;
}

// ", the co-founder and CEO of Anthropic," / ", a researcher at ..."
function isRoleAppositive(tokens: Token[], from: number): boolean {
  const det = lower(tokens[from]);
  if (det !== 'the' && det !== 'a' && det !== 'an' && !isCapitalised(tokens[from] ?? tokens[0]!)) return false;
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const w = lower(tokens[k]);
    if (tokens[k]!.text === ',') return false;
    if (TITLE_WORDS.has(w) && w !== 'partner' && w !== 'member') return true;
    if (/(?:ist|ian|[^e]er)$/.test(w) && !isCapitalised(tokens[k]!) && w.length > 5) return true;
  }
  return false;
}

// ", the co-founder and CEO of Anthropic," → "the co-founder and CEO of Anthropic".
function appositiveText(occ: Occurrence): string | null {
  const { tokens, chunk, text } = occ;
  const from = chunk.last + 2;
  for (let k = from; k < Math.min(tokens.length, from + 12); k++) {
    if (/^[,.;:()\u2014]$/.test(tokens[k]!.text)) return k > from ? text.slice(tokens[from]!.start, tokens[k - 1]!.end) : null;
  }
  return null;
}

// "OpenAI CEO" and "the CEO of OpenAI" make OpenAI an organisation.
function orgsInTitle(occ: Occurrence): string[] {
  const out: string[] = [];
  const { chunk, tokens, text } = occ;
  if (chunk.title && !occ.initial) {
    const runs = chunk.title.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !TITLE_WORDS.has(lower({ text: w } as Token)));
    for (const w of runs) out.push(w.replace(/['’]s$/, ''));
  }
  const beforeIdx = tokenIndexAt(tokens, chunk.outerStart);
  const of = tokens[beforeIdx - 1];
  const title = tokens[beforeIdx - 2];
  if (lower(of) === 'of' && title && TITLE_WORDS.has(lower(title))) out.push(text.slice(chunk.start, chunk.end));
  return out;
}

function decideEntities(evidence: Map<string, Evidence>): Entity[] {
  const entities: Entity[] = [];
  const people: Entity[] = [];
  // "Walter Brennan … Brennan told the meeting": a full name whose surname speaks is a person;
  // so is one whose first name the article also uses alone ("Nikolai … Nikolai Petrov").
  for (const [key, ev] of evidence) {
    const words = key.split(/\s+/);
    if (words.length < 2 || ev.org > 0 || ev.person > 0) continue;
    const surname = evidence.get(words[words.length - 1]!);
    const firstName = words.length === 2 ? evidence.get(words[0]!) : undefined;
    if ((surname && surname.speaks > 0 && surname.org < 2) || (firstName && firstName.org === 0)) ev.person += 1;
  }
  const sorted = [...evidence.entries()].sort((a, b) => wordCount(b[0]) - wordCount(a[0]));
  for (const [key, ev] of sorted) {
    const name = preferredForm(ev);
    const kind = kindOf(ev);
    const words = key.split(/\s+/);
    if (words.length === 1 && ev.org < 2) {
      const full = people.filter((p) => surnameOf(p) === key);
      // "Aleksander … Aleksander Nowak": a first name alone, when only one person has it.
      const byFirst = full.length === 0 ? people.filter((p) => firstNameOf(p) === key) : [];
      const match = full.length === 1 ? full[0] : byFirst.length === 1 ? byFirst[0] : undefined;
      if (match) {
        match.aliases.add(name);
        continue;
      }
    }
    if (!kind) continue;
    const leader = kind === 'person' && words.length === 1 ? leaderByOffice(name, ev.titles) : null;
    if (leader && people.some((p) => p.name === leader)) continue;
    const entity: Entity = { name: leader ?? name, kind, aliases: new Set(ev.forms.keys()), titles: new Set(ev.titles), gender: ev.honorific };
    entities.push(entity);
    if (kind === 'person') people.push(entity);
  }
  return entities;
}

function wordCount(s: string): number {
  return s.split(/\s+/).length;
}

function kindOf(ev: Evidence): EntityKind | null {
  if (ev.account > 0 && ev.account >= ev.person) return 'account';
  if (ev.person > ev.org) return 'person';
  if (ev.org > 0) return 'organisation';
  return null;
}

// "DeepSeek" over "Deepseek": the spelling with inner capitals, then the most frequent one.
function preferredForm(ev: Evidence): string {
  return [...ev.forms.entries()].sort((a, b) => innerCaps(b[0]) - innerCaps(a[0]) || b[1] - a[1])[0]![0];
}

function innerCaps(s: string): number {
  return (s.match(/\p{Ll}\p{Lu}/gu) ?? []).length;
}

function surnameOf(entity: Entity): string {
  const words = entity.name.split(/\s+/);
  return (words[words.length - 1] ?? '').toLowerCase();
}

function firstNameOf(entity: Entity): string {
  return entity.name.includes(' ') ? (entity.name.split(/\s+/)[0] ?? '').toLowerCase() : '';
}

function indexForms(entities: Entity[]): Map<string, Entity[]> {
  const byForm = new Map<string, Entity[]>();
  const add = (form: string, e: Entity): void => {
    const key = keyOf(form);
    const list = byForm.get(key) ?? [];
    if (!list.includes(e)) list.push(e);
    byForm.set(key, list);
  };
  for (const e of entities) {
    add(e.name, e);
    for (const a of e.aliases) add(a, e);
    if (e.kind === 'person' && e.name.includes(' ')) add(surnameOf(e), e);
  }
  return byForm;
}

function resolveSurface(entities: Entity[], byForm: Map<string, Entity[]>, surface: string): Entity | null {
  const clean = surface.replace(/['’]s$/i, '').trim();
  const exact = byForm.get(keyOf(clean));
  if (exact) return exact.length === 1 ? exact[0]! : null;
  if (clean.includes(' ') || clean.length < 4) return null;
  const close = entities.filter((e) => e.kind === 'person' && e.name.includes(' ') && closeSpelling(surnameOf(e), clean.toLowerCase()));
  return close.length === 1 ? close[0]! : null;
}

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

// A sentence naming one person, followed by "he"/"his" (and no "she") in the same or next
// sentence, tells us that person's gender; given names and honorifics tell us too.
function inferGenders(article: ArticleText, entities: Entity[], mentions: Mention[]): void {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const s = sentenceAt(article, m.paragraph, m.start);
    bySentence.set(s, [...(bySentence.get(s) ?? []), m]);
  }
  const votes = new Map<Entity, { male: number; female: number }>();
  for (const [s, inSentence] of bySentence) {
    const people = new Set(inSentence.filter((m) => m.entity.kind === 'person').map((m) => m.entity));
    if (people.size !== 1) continue;
    const person = [...people][0]!;
    const sentence = article.sentences[s]!;
    const para = article.paragraphs[sentence.paragraph]!;
    const next = article.sentences[s + 1];
    const stop = next && next.paragraph === sentence.paragraph ? next.end : sentence.end;
    const from = inSentence[0]!.end;
    let male = false;
    let female = false;
    for (let i = tokenIndexAt(para.tokens, from); i < para.tokens.length && para.tokens[i]!.end <= stop; i++) {
      const t = para.tokens[i]!;
      if (para.insideQuote(t.start)) continue;
      male ||= MALE_PRONOUNS.has(t.text.toLowerCase());
      female ||= FEMALE_PRONOUNS.has(t.text.toLowerCase());
    }
    if (male === female) continue;
    const v = votes.get(person) ?? { male: 0, female: 0 };
    if (male) v.male++;
    else v.female++;
    votes.set(person, v);
  }
  for (const e of entities) {
    if (e.kind !== 'person' || e.gender) continue;
    const first = (e.name.split(/\s+/)[0] ?? '').toLowerCase();
    const v = votes.get(e);
    if (v && v.male > 0 && v.female === 0) e.gender = 'male';
    else if (v && v.female > 0 && v.male === 0) e.gender = 'female';
    else if (MALE_NAMES.has(first)) e.gender = 'male';
    else if (FEMALE_NAMES.has(first)) e.gender = 'female';
  }
}
