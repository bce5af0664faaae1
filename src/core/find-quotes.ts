import type { Library } from './library.ts';
import type { Result } from './answer.ts';
import { allPeopleWithAliases, speakersByActivity } from '../store/people.ts';
import { quoteResult, quotesByPerson } from '../store/read-results.ts';
import { foldForMatch } from '../search/terms.ts';
import { editDistance } from '../extract/spelling.ts';

/**
 * Everything a person said across all articles, newest first. "Musk", "Elon Musk" and "elon musk"
 * find the same person; a one-letter slip in a long surname ("Amodel") still finds them.
 */
export function findQuotes(library: Library, person: string, limit: number): { people: string[]; results: Result[] } {
  const wanted = words(person);
  if (wanted.length === 0) return { people: [], results: [] };
  let best = 0;
  let matches: { id: number; name: string }[] = [];
  for (const candidate of allPeopleWithAliases(library.db)) {
    const score = Math.max(...[candidate.name, ...candidate.aliases].map((form) => matchScore(wanted, words(form))));
    if (score === 0 || score < best) continue;
    if (score > best) matches = [];
    best = score;
    matches.push(candidate);
  }
  const rows = quotesByPerson(library.db, matches.map((m) => m.id), limit);
  return { people: matches.map((m) => m.name), results: rows.map(quoteResult) };
}

/** Names for autocomplete: people who have quotes, most quoted first, matching what was typed so far. */
export function suggestPeople(library: Library, typed: string, limit = 25): string[] {
  const prefix = foldForMatch(typed);
  return speakersByActivity(library.db)
    .filter(({ name }) => prefix === '' || words(name).some((w) => w.startsWith(prefix)) || foldForMatch(name).startsWith(prefix))
    .slice(0, limit)
    .map(({ name }) => name);
}

function words(text: string): string[] {
  return foldForMatch(text).split(/[\s.,'’-]+/u).filter((w) => w.length > 0);
}

/** 4: the typed words are the name; 3: each is a word of the name; 2: the same with a one-letter slip in long words; 0: no match. */
function matchScore(wanted: string[], name: string[]): number {
  if (name.length === 0) return 0;
  if (wanted.every((w) => name.includes(w))) return wanted.length === name.length ? 4 : 3;
  if (wanted.every((w) => name.some((n) => w.length >= 5 && n.length >= 5 && editDistance(w, n, 1) <= 1))) return 2;
  return 0;
}
