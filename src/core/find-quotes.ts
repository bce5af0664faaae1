import type { Library } from './library.ts';
import type { Result } from './answer.ts';
import { allPeopleWithAliases, speakersByActivity } from '../store/people.ts';
import { quoteResult, quotesByPerson } from '../store/read-results.ts';
import { foldForMatch } from '../search/terms.ts';
import { editDistance } from '../extract/spelling.ts';
import { readGeneration, type Db } from '../store/database.ts';

/**
 * Everything a person said across all articles, newest first. "Musk", "Elon Musk" and "elon musk"
 * find the same person; a one-letter slip in a long surname ("Amodel") still finds them.
 */
export function findQuotes(library: Library, person: string, limit: number): { people: string[]; results: Result[] } {
  const wanted = words(person);
  if (wanted.length === 0) return { people: [], results: [] };
  const { people, vocabulary } = directory(library);
  // A slip is only looked for when no name matches as typed, which spares most questions the edit distances.
  let matches = bestMatches(people, (form) => exactScore(wanted, form));
  if (matches.length === 0) {
    const close = wanted.map((w) => slipsOf(w, vocabulary));
    matches = bestMatches(people, (form) => (close.every((near) => form.some((n) => near.has(n))) ? 1 : 0));
  }
  const rows = quotesByPerson(library.db, matches.map((m) => m.id), limit);
  return { people: matches.map((m) => m.name), results: rows.map(quoteResult) };
}

/** Names for autocomplete: people who have quotes, most quoted first, matching what was typed so far. */
export function suggestPeople(library: Library, typed: string, limit = 25): string[] {
  const prefix = foldForMatch(typed);
  const found = directory(library);
  found.speakers ??= speakersByActivity(library.db).map(({ name }) => ({ name, words: words(name), folded: foldForMatch(name) }));
  return found.speakers
    .filter(({ words, folded }) => prefix === '' || words.some((w) => w.startsWith(prefix)) || folded.startsWith(prefix))
    .slice(0, limit)
    .map(({ name }) => name);
}

interface Directory {
  generation: number;
  /** Everyone named in the library, with the folded words of each form of their name. */
  people: { id: number; name: string; forms: string[][] }[];
  /** Every distinct word of those names: a dozen Montagues share one surname to compare a typo with. */
  vocabulary: string[];
  /** People with quotes, most quoted first; counted on the first autocomplete. */
  speakers?: { name: string; words: string[]; folded: string }[];
}

const directories = new WeakMap<Db, Directory>();

/**
 * Names folded once per state of the library rather than on every question: folding every name
 * and alias cost more than the rest of a /quotes answer. Any write that changes people bumps the
 * generation, which drops the directory.
 */
function directory(library: Library): Directory {
  const generation = readGeneration(library.db);
  const cached = directories.get(library.db);
  if (cached?.generation === generation) return cached;
  const people = allPeopleWithAliases(library.db).map(({ id, name, aliases }) => ({
    id,
    name,
    forms: [name, ...aliases].map(words).filter((form) => form.length > 0),
  }));
  const vocabulary = [...new Set(people.flatMap((p) => p.forms.flat()))];
  const fresh: Directory = { generation, people, vocabulary };
  directories.set(library.db, fresh);
  return fresh;
}

function words(text: string): string[] {
  return foldForMatch(text).split(/[\s.,'’-]+/u).filter((w) => w.length > 0);
}

/** The people whose best-matching form of name scores highest (above 0). */
function bestMatches<T extends { forms: string[][] }>(people: T[], score: (form: string[]) => number): T[] {
  let best = 0;
  let matches: T[] = [];
  for (const candidate of people) {
    const value = Math.max(0, ...candidate.forms.map(score));
    if (value === 0 || value < best) continue;
    if (value > best) matches = [];
    best = value;
    matches.push(candidate);
  }
  return matches;
}

/** 2: the typed words are the name; 1: each is a word of the name; 0: no match. */
function exactScore(wanted: string[], name: string[]): number {
  if (!wanted.every((w) => name.includes(w))) return 0;
  return wanted.length === name.length ? 2 : 1;
}

/** The words of the vocabulary a typed word could be a one-letter slip of, in words of five letters or more. */
function slipsOf(typed: string, vocabulary: string[]): Set<string> {
  if (typed.length < 5) return new Set();
  // Words whose lengths differ by two or more cannot be one edit apart, which spares most distances.
  return new Set(vocabulary.filter((n) => n.length >= 5 && Math.abs(typed.length - n.length) <= 1 && editDistance(typed, n, 1) <= 1));
}
