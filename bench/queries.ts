// The questions users send, drawn from the same cast as the corpus: exact phrases, typos, one-letter
// prefixes, surnames, lower-case names, and questions nothing answers.

import { CHIPS, TOPICS, type Cast } from './cast.ts';
import { chance, intBetween, pick, substream, type Rng } from './random.ts';

export type BenchCommand = 'who-said' | 'claim' | 'quotes' | 'search';

export const BENCH_COMMANDS: readonly BenchCommand[] = ['who-said', 'claim', 'quotes', 'search'];

export interface Query {
  command: BenchCommand;
  /** What the user types after the command word, e.g. "sputnik moment". */
  text: string;
  /** As typed in chat: "/who said sputnik moment". */
  line: string;
}

/** The question timed from a cold start: the corpus's first phrase, "AI's Sputnik moment". */
export const FIRST_QUESTION = '/who said sputnik moment';

const PREFIX: Record<BenchCommand, string> = {
  'who-said': '/who said',
  claim: '/claim',
  quotes: '/quotes',
  search: '/search',
};

const LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];

/** One slip a fast typist makes in a word of five letters or more: a dropped, doubled or swapped letter. */
function typo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (long.length === 0) return text;
  const [word, at] = pick(rng, long);
  const i = intBetween(rng, 1, word.length - 2);
  const slips = [
    word.slice(0, i) + word.slice(i + 1),
    word.slice(0, i) + word[i] + word.slice(i),
    word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2),
    word.slice(0, i) + pick(rng, LETTERS) + word.slice(i + 1),
  ];
  words[at] = pick(rng, slips);
  return words.join(' ');
}

/** A few consecutive words of a phrase, the way people remember a quote. */
function fragment(rng: Rng, phrase: string): string {
  const words = phrase.split(' ').filter((w) => !/^(a|an)$/.test(w));
  const n = intBetween(rng, 1, Math.min(3, words.length));
  const start = intBetween(rng, 0, words.length - n);
  return words.slice(start, start + n).join(' ');
}

function whoSaidText(rng: Rng, cast: Cast): string {
  const roll = rng();
  if (roll < 0.55) return fragment(rng, pick(rng, cast.phrases));
  if (roll < 0.7) return typo(rng, fragment(rng, pick(rng, cast.phrases)));
  if (roll < 0.8) return pick(rng, LETTERS);
  if (roll < 0.9) return pick(rng, ['nobody expected', 'numbers do not add up', 'who pays for it', 'hype alone', 'never seen']);
  return pick(rng, ['quantum teleportation', 'banana bread recipe', 'zzzz']);
}

function claimText(rng: Rng, cast: Cast): string {
  const roll = rng();
  const topic = pick(rng, TOPICS);
  if (roll < 0.4) return topic.name;
  if (roll < 0.55) return pick(rng, topic.words);
  if (roll < 0.7) return typo(rng, topic.name);
  if (roll < 0.8) return pick(rng, LETTERS);
  if (roll < 0.9) return pick(rng, [...CHIPS, ...cast.products]);
  return `${pick(rng, cast.orgs).name} ${pick(rng, ['funding', 'shares', 'chips'])}`;
}

function quotesText(rng: Rng, cast: Cast): string {
  const person = pick(rng, cast.people);
  const roll = rng();
  if (roll < 0.35) return person.full;
  if (roll < 0.55) return person.last;
  if (roll < 0.7) return person.full.toLowerCase();
  if (roll < 0.85) return typo(rng, person.last);
  if (roll < 0.95) return pick(rng, cast.orgs).name;
  return pick(rng, LETTERS);
}

function searchText(rng: Rng, cast: Cast): string {
  const roll = rng();
  if (roll < 0.3) return pick(rng, pick(rng, TOPICS).words);
  if (roll < 0.45) return `${pick(rng, cast.products)} ${pick(rng, ['launch', 'benchmark', 'chips'])}`;
  if (roll < 0.6) return pick(rng, cast.orgs).name;
  if (roll < 0.75) return typo(rng, pick(rng, pick(rng, TOPICS).words));
  if (roll < 0.85) return pick(rng, LETTERS);
  if (roll < 0.95) return fragment(rng, pick(rng, cast.phrases));
  return chance(rng, 0.5) ? 'regulators cannot follow' : 'technical report';
}

const TEXT: Record<BenchCommand, (rng: Rng, cast: Cast) => string> = {
  'who-said': whoSaidText,
  claim: claimText,
  quotes: quotesText,
  search: searchText,
};

/** `perCommand` queries for each command, the same for the same seed. */
export function buildQueries(cast: Cast, seed: number, perCommand: number): Query[] {
  const queries: Query[] = [];
  for (const command of BENCH_COMMANDS) {
    const rng = substream(seed, `queries-${command}`);
    for (let i = 0; i < perCommand; i++) {
      const text = TEXT[command](rng, cast);
      queries.push({ command, text, line: `${PREFIX[command]} ${text}` });
    }
  }
  return queries;
}
