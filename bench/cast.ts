// The recurring people, organisations, products and phrases of the synthetic news world.
// Names are invented (combinations of common first names and surnames) so no real person is misquoted.

import { pick, substream, type Rng } from './random.ts';

export interface Org {
  name: string;
  kind: 'company' | 'lab' | 'university' | 'agency' | 'firm';
}

export interface Person {
  first: string;
  last: string;
  full: string;
  pronoun: 'he' | 'she';
  title: string;
  org: Org;
}

const FIRST_HE = [
  'James', 'Daniel', 'Marcus', 'Thomas', 'Rafael', 'Kenji', 'Arjun', 'Lukas', 'Omar', 'Victor', 'Samuel',
  'Hugo', 'Mateo', 'Felix', 'Andrei', 'Tobias', 'Wei', 'Dmitri', 'Elias', 'Nathan',
];
const FIRST_SHE = [
  'Maria', 'Sarah', 'Priya', 'Elena', 'Yuki', 'Amara', 'Claire', 'Ingrid', 'Leila', 'Sofia', 'Hannah',
  'Chloe', 'Nadia', 'Isabel', 'Mei', 'Fatima', 'Greta', 'Olivia', 'Rosa', 'Julia',
];
const SURNAMES = [
  'Hartwell', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Castellano', 'Brennan', 'Novak', 'Achebe', 'Whitfield',
  'Kowalski', 'Ferreira', 'Haddad', 'Ostrowski', 'Delacroix', 'Nakamura', 'Albright', 'Vasquez', 'Lindgren',
  'Mbeki', 'Sorensen', 'Pemberton', 'Iyer', 'Rasmussen', 'Kaplan', 'Abernathy', 'Zhou', 'Greenberg', 'Marchetti',
  'Halvorsen', 'Quintero', 'Ellison', 'Takahashi', 'Brightwater', 'Okonkwo', 'Varga', 'Stroud', 'Renner',
  'Castillo', 'Dubois', 'Fairbanks', 'Gallagher', 'Holloway', 'Ivanova', 'Jablonski', 'Kessler', 'Lockhart',
  'Montague', 'Nguyen', 'Oyelaran',
];

const ORG_HEADS = [
  'Nimbus', 'Corvid', 'Halcyon', 'Lattice', 'Meridian', 'Quanta', 'Vantage', 'Helix', 'Aurora', 'Cobalt',
  'Sable', 'Tessera', 'Obsidian', 'Parallax', 'Kestrel', 'Zephyr', 'Lumen', 'Stratus', 'Orrery', 'Fathom',
  'Beacon', 'Cinder', 'Drift', 'Ember', 'Granite',
];
const ORG_TAILS: { tail: string; kind: Org['kind'] }[] = [
  { tail: 'AI', kind: 'company' },
  { tail: 'Labs', kind: 'lab' },
  { tail: 'Systems', kind: 'company' },
  { tail: 'Semiconductor', kind: 'company' },
  { tail: 'Capital', kind: 'firm' },
  { tail: 'Research', kind: 'lab' },
];
const UNIVERSITIES = ['Northgate University', 'the University of Westbrook', 'Eastfield Institute of Technology', 'Harlow College'];
const AGENCIES = ['the Commerce Department', 'the Office of Technology Policy', 'the European Digital Authority', 'the Trade Ministry'];

const TITLES: Record<Org['kind'], string[]> = {
  company: ['chief executive', 'chief technology officer', 'head of research', 'co-founder', 'president', 'head of policy'],
  lab: ['director', 'chief scientist', 'research lead', 'co-founder'],
  university: ['professor of computer science', 'associate professor', 'researcher'],
  agency: ['spokesperson', 'under secretary', 'senior official'],
  firm: ['senior analyst', 'managing partner', 'chief economist', 'research director'],
};

export const PRODUCT_STEMS = ['Atlas', 'Orion', 'Vega', 'Nova', 'Pulsar', 'Sirius', 'Tundra', 'Mistral', 'Cedar', 'Falcon'];
export const CHIPS = ['H800', 'H100', 'A100', 'B200', 'MI300', 'Gaudi 3', 'TPU v5'];
export const CITIES = ['SAN FRANCISCO', 'BEIJING', 'LONDON', 'SEOUL', 'PARIS', 'TOKYO', 'BERLIN', 'NEW YORK', 'SINGAPORE', 'TORONTO'];
export const OUTLETS = ['The Daily Circuit', 'Signal Wire', 'Tech Ledger', 'The Compute Post', 'Global Byte News', 'Frontier Times'];

/** Topics a reader asks about, each with the words articles use for it. */
export const TOPICS = [
  { name: 'chips', words: ['chips', 'GPUs', 'accelerators', 'semiconductors'] },
  { name: 'export controls', words: ['export controls', 'export restrictions', 'trade rules'] },
  { name: 'training cost', words: ['training cost', 'compute budget', 'training run'] },
  { name: 'open source', words: ['open-source models', 'open weights', 'open-source release'] },
  { name: 'data centers', words: ['data centers', 'server farms', 'cloud capacity'] },
  { name: 'funding', words: ['funding round', 'venture funding', 'investment'] },
  { name: 'benchmarks', words: ['benchmarks', 'leaderboards', 'evaluation scores'] },
  { name: 'energy', words: ['energy use', 'power demand', 'electricity costs'] },
  { name: 'regulation', words: ['regulation', 'oversight rules', 'the new AI act'] },
  { name: 'safety', words: ['safety testing', 'red-teaming', 'alignment research'] },
  { name: 'talent', words: ['hiring', 'AI researchers', 'engineering talent'] },
  { name: 'stock market', words: ['shares', 'market value', 'the stock market'] },
] as const;

const ADJECTIVES = [
  'remarkable', 'sobering', 'historic', 'reckless', 'overdue', 'inevitable', 'staggering', 'modest', 'dangerous',
  'brilliant', 'fragile', 'unprecedented', 'quiet', 'painful', 'profound', 'temporary', 'costly', 'humbling',
];
const NOUNS = [
  'wake-up call', 'turning point', 'moonshot', 'arms race', 'gold rush', 'reckoning', 'bubble', 'breakthrough',
  'gamble', 'milestone', 'stress test', 'land grab', 'inflection point', 'experiment', 'shortcut', 'mirage',
];
const ANALOGIES = [
  'Sputnik moment', 'Kodak moment', 'iPhone moment', 'Manhattan Project', 'space race', 'dot-com era',
  'Wright brothers moment', 'steam engine', 'gold standard', 'Moore\'s law', 'perfect storm', 'Trojan horse',
];

export interface Cast {
  people: Person[];
  orgs: Org[];
  reporters: string[];
  products: string[];
  /** Short memorable phrases quotes are built around; queries ask for them. */
  phrases: string[];
}

/** The same cast for the same seed: a few hundred people across about a hundred organisations. */
export function buildCast(seed: number, peopleCount = 320): Cast {
  const rng = substream(seed, 'cast');
  const orgs: Org[] = [];
  for (const head of ORG_HEADS) {
    for (const { tail, kind } of ORG_TAILS) if (rng() < 0.55) orgs.push({ name: `${head} ${tail}`, kind });
  }
  for (const name of UNIVERSITIES) orgs.push({ name, kind: 'university' });
  for (const name of AGENCIES) orgs.push({ name, kind: 'agency' });

  const people: Person[] = [];
  const used = new Set<string>();
  while (people.length < peopleCount) {
    const pronoun = rng() < 0.5 ? 'he' : 'she';
    const first = pick(rng, pronoun === 'he' ? FIRST_HE : FIRST_SHE);
    const last = pick(rng, SURNAMES);
    const full = `${first} ${last}`;
    if (used.has(full)) continue;
    used.add(full);
    const org = pick(rng, orgs);
    people.push({ first, last, full, pronoun, title: pick(rng, TITLES[org.kind]), org });
  }
  const reporters: string[] = [];
  while (reporters.length < 40) {
    const name = `${pick(rng, [...FIRST_HE, ...FIRST_SHE])} ${pick(rng, SURNAMES)}`;
    if (!used.has(name) && !reporters.includes(name)) reporters.push(name);
  }
  const products = PRODUCT_STEMS.flatMap((stem) => [`${stem}-2`, `${stem}-3`, `${stem} R1`]);
  const phrases = [
    ...ANALOGIES.map((a) => `AI's ${a}`),
    ...ADJECTIVES.flatMap((adj) => NOUNS.map((noun) => `${/^[aeiou]/.test(adj) ? 'an' : 'a'} ${adj} ${noun}`)),
  ];
  return { people, orgs, reporters, products, phrases };
}

/** People who recur often (a few dozen) and the long tail, so /quotes has both busy and rare speakers. */
export function pickPerson(rng: Rng, cast: Cast): Person {
  const skewed = Math.floor(Math.pow(rng(), 2.2) * cast.people.length);
  return cast.people[skewed]!;
}
