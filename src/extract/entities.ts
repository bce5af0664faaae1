// The people and organisations one article names, with every form it uses for each of them and
// where each mention sits, so attribution can resolve "Musk", "Amodel" or "he" to a full name.

import type { EntityKind, ExtractedEntity } from './types.ts';
import type { ArticleText } from './article-text.ts';
import { findNameChunks, NAME_PARTICLES, type NameChunk } from './names.ts';
import { lower, tokenIndexAt } from './tokens.ts';
import { closeSpelling } from './spelling.ts';
import { leaderByOffice } from './public-figures.ts';
import { gatherEvidence, keyOf, type Evidence, type Occurrence } from './entity-evidence.ts';
import { inferGenders } from './genders.ts';

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

export function buildEntityIndex(article: ArticleText): EntityIndex {
  const occurrences = collectOccurrences(article);
  const chunks: NameChunk[][] = article.paragraphs.map(() => []);
  for (const occ of occurrences) chunks[occ.paragraph]!.push(occ.chunk);
  const evidence = gatherEvidence(occurrences);
  const entities = decideEntities(evidence);
  const byForm = indexForms(entities);
  const surnames = entities.filter((e) => e.kind === 'person' && e.name.includes(' ')).map((e) => ({ entity: e, surname: surnameOf(e) }));
  // Every step asks about the same few names many times; the answer depends only on the entities
  // and forms fixed above.
  const resolved = new Map<string, Entity | null>();
  const resolve = (surface: string): Entity | null => {
    let entity = resolved.get(surface);
    if (entity === undefined) resolved.set(surface, (entity = resolveSurface(byForm, surnames, surface)));
    return entity;
  };
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

function decideEntities(evidence: Map<string, Evidence>): Entity[] {
  const entities: Entity[] = [];
  const people: PersonNames[] = [];
  // "Walter Brennan … Brennan told the meeting": a full name whose surname speaks is a person;
  // so is one whose first name the article also uses alone ("Nikolai … Nikolai Petrov").
  for (const [key, ev] of evidence) {
    const words = key.split(/\s+/);
    if (words.length < 2 || ev.org > 0 || ev.person > 0 || ![...ev.forms.keys()].some(isPersonShaped)) continue;
    const surname = evidence.get(words[words.length - 1]!);
    const firstName = words.length === 2 ? evidence.get(words[0]!) : undefined;
    if ((surname && surname.speaks > 0 && surname.org < 2) || (firstName && firstName.org === 0)) ev.person += 1;
  }
  const wordCounts = new Map([...evidence.keys()].map((key) => [key, wordCount(key)]));
  const sorted = [...evidence.entries()].sort((a, b) => wordCounts.get(b[0])! - wordCounts.get(a[0])!);
  for (const [key, ev] of sorted) {
    const name = preferredForm(ev);
    const kind = kindOf(ev);
    const words = key.split(/\s+/);
    // "Doe's co-founder" or a transcript's "DOE:" after "Jane Doe": no sign of a company when a person has the name.
    if ((words.length === 1 || NAME_PARTICLES.has(words[0]!)) && ev.org - ev.weakOrg < 2) {
      const full = people.filter((p) => p.surname === key || p.particled === key);
      // "Aleksander … Aleksander Nowak": a first name alone, when only one person has it.
      const byFirst = full.length === 0 ? people.filter((p) => p.firstName === key) : [];
      const match = full.length === 1 ? full[0] : byFirst.length === 1 ? byFirst[0] : undefined;
      if (match) {
        match.entity.aliases.add(name);
        continue;
      }
      // "Iyer said" in an article about Kavya and Rohan Iyer: a shared surname is nobody in particular.
      if (full.length >= 2) continue;
    }
    if (!kind) continue;
    const leader = kind === 'person' && words.length === 1 ? leaderByOffice(name, ev.titles) : null;
    if (leader && people.some((p) => p.entity.name === leader)) continue;
    const entity: Entity = { name: leader ?? name, kind, aliases: new Set(ev.forms.keys()), titles: new Set(ev.titles), gender: ev.honorific };
    entities.push(entity);
    if (kind === 'person') {
      people.push({ entity, surname: surnameOf(entity), particled: particledSurname(entity.name)?.toLowerCase(), firstName: firstNameOf(entity) });
    }
  }
  return entities;
}

/** A person's name forms the rules above compare other names with, worked out once per person. */
interface PersonNames {
  entity: Entity;
  surname: string;
  particled: string | undefined;
  firstName: string;
}

// "Walter Brennan", "Ruth Adeyemi-Clarke", "Frank O'Rourke" — not "NVIDIA H100s".
const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

function isPersonShaped(name: string): boolean {
  return name.split(/\s+/).every((w) => NAME_WORD.test(w) || /^\p{Ll}{1,3}$/u.test(w));
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

// "Pieter van der Veen" is "Van der Veen" on second mention, the particles capitalised at its start.
function particledSurname(name: string): string | null {
  const words = name.split(/\s+/);
  const first = words.findIndex((w, i) => i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w));
  return first > 0 ? words.slice(first).join(' ') : null;
}

const COMPANY_SUFFIXES = new Set(['ai', 'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'group', 'labs', 'lab', 'technologies', 'tech', 'systems', 'holdings', 'software', 'robotics', 'motors', 'electronics', 'industries']);

function withoutCompanySuffix(name: string): string | null {
  const words = name.replace(/\.$/, '').split(/\s+/);
  let end = words.length;
  while (end > 1 && COMPANY_SUFFIXES.has(words[end - 1]!.toLowerCase())) end--;
  return end < words.length ? words.slice(0, end).join(' ') : null;
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
    const particled = e.kind === 'person' ? particledSurname(e.name) : null;
    if (particled) add(particled, e);
  }
  // "Arcline AI … Arcline's account": a company's name without its suffix, when nothing else has it.
  for (const e of entities) {
    const short = e.kind === 'organisation' ? withoutCompanySuffix(e.name) : null;
    if (short && !byForm.has(keyOf(short))) add(short, e);
  }
  return byForm;
}

/** `surnames`: the people with a full name, with their surnames. */
function resolveSurface(byForm: Map<string, Entity[]>, surnames: { entity: Entity; surname: string }[], surface: string): Entity | null {
  const clean = surface.replace(/['’]s$/i, '').trim();
  const exact = byForm.get(keyOf(clean));
  if (exact) return exact.length === 1 ? exact[0]! : null;
  if (clean.includes(' ') || clean.length < 4) return null;
  const lowered = clean.toLowerCase();
  const close = surnames.filter((p) => closeSpelling(p.surname, lowered));
  return close.length === 1 ? close[0]!.entity : null;
}
