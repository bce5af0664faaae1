// What each capitalised name's occurrences say about it: person cues (titles, "who", a given
// name, a speech verb), organisation cues ("startup X", "Inc", "X's cloud division") and account
// cues ("an account that…", "which posts…").

import type { NameChunk } from './names.ts';
import {
  FEMALE_HONORIFICS, FEMALE_NAMES, MALE_HONORIFICS, MALE_NAMES, ORG_CUE_NOUNS, ORG_SUFFIXES,
  ORG_UNIT_NOUNS, PERSON_ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS, VERB_PREFIX_WORDS,
} from './lexicon.ts';
import { isCapitalised, lower, tokenIndexAt, type Token } from './tokens.ts';
import type { Gender } from './entities.ts';

// Roles a company gives: the capitalised words before them name the company.
const CORPORATE_ROLES = new Set([
  'ceo', 'cto', 'cfo', 'coo', 'chief', 'founder', 'co-founder', 'cofounder', 'president', 'chairman',
  'chairwoman', 'chair', 'head', 'executive', 'boss', 'director', 'spokesperson', 'spokesman',
  'spokeswoman', 'scientist', 'engineer', 'researcher', 'officer',
]);

export interface Occurrence {
  chunk: NameChunk;
  /** The title or name opens its sentence. */
  initial: boolean;
  paragraph: number;
  tokens: Token[];
  text: string;
}

export interface Evidence {
  /** Subject of a speech verb: a person or an organisation. */
  speaks: number;
  person: number;
  org: number;
  account: number;
  /** Of `org`: cues a person's surname shows too: owning a role ("Doe's co-founder"), capitals ("DOE:"). */
  weakOrg: number;
  titles: Set<string>;
  honorific: Gender;
  forms: Map<string, number>;
}

export function keyOf(name: string): string {
  return name.toLowerCase();
}

function newEvidence(all: Map<string, Evidence>, key: string): Evidence {
  const ev: Evidence = { speaks: 0, person: 0, org: 0, account: 0, weakOrg: 0, titles: new Set(), honorific: null, forms: new Map() };
  all.set(key, ev);
  return ev;
}

export function gatherEvidence(occurrences: Occurrence[]): Map<string, Evidence> {
  const all = new Map<string, Evidence>();
  const titleOrgs = new Map<string, string>();
  for (const occ of occurrences) {
    const key = keyOf(occ.chunk.name);
    const ev = all.get(key) ?? newEvidence(all, key);
    ev.forms.set(occ.chunk.name, (ev.forms.get(occ.chunk.name) ?? 0) + 1);
    scoreOccurrence(occ, ev);
    for (const org of orgsInTitle(occ)) titleOrgs.set(keyOf(org), org);
  }
  for (const [key, name] of titleOrgs) {
    const ev = all.get(key) ?? newEvidence(all, key);
    if (!ev.forms.has(name) && ev.forms.size === 0) ev.forms.set(name, 1);
    ev.org += 2;
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
    // People are introduced by full name; "chip designer Halden" is more likely a company.
    ev.person += words.length >= 2 ? 2 : 1;
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
  if (words.length === 1 && /^\p{Lu}{2,}$/u.test(chunk.name)) {
    ev.org += 1;
    ev.weakOrg += 1;
  }
  // "Halden's chief executive" is a company's; "Kamau's team" could be anyone's.
  if (chunk.possessive && CORPORATE_ROLES.has(lower(after[0])) && !lower(after[0]).startsWith('spokes')) {
    ev.org += 2;
    ev.weakOrg += 2;
  }
  else if (chunk.possessive && ORG_UNIT_NOUNS.has(lower(after[0]))) ev.org += 1;
  const role = roleBeforeComma(tokens, tokenIndexAt(tokens, chunk.outerStart));
  if (role && after[0]?.text === ',') {
    // "A spokeswoman for Lattice, Carla Jimenez, confirmed": the name is the role's appositive.
    ev.person += 2;
    if (FEMALE_HONORIFICS.has(role)) ev.honorific = 'female';
    if (MALE_HONORIFICS.has(role)) ev.honorific = 'male';
  }
  // Not "the University of California, Los Angeles, who": a place after an institution's comma.
  const placeAfterName = before?.text === ',' && isCapitalised(tokens[tokenIndexAt(tokens, chunk.outerStart) - 2] ?? before);
  if (after[0]?.text === ',' && (lower(after[1]) === 'who' || lower(after[1]) === 'whose') && !placeAfterName) ev.person += 2;
  if (!chunk.possessive && speechVerbFollows(after)) ev.speaks += 1;
  if (words.length === 1 && !chunk.possessive && speaksOfItself(tokens, chunk.last + 1)) ev.org += 1;
  if (after[0]?.text === ',' && lower(after[1]) === 'which') {
    if (SPEECH_VERBS.has(lower(after[2]))) ev.account += 2;
    else ev.org += 1;
  }
  // "NHS England said": an acronym opens an institution's name, not a person's.
  if (words.length >= 2 && !/^\p{Lu}{2,}$/u.test(words[0]!) && !chunk.possessive && speechVerbFollows(after)) ev.person += 1;
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

// "Nvidia said in a statement that it complies", "Corvane has said its orders doubled": what
// speaks of itself as "it" is an organisation.
function speaksOfItself(tokens: Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && VERB_PREFIX_WORDS.has(lower(tokens[k]))) k++;
  if (!SPEECH_VERBS.has(lower(tokens[k]))) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    const w = lower(tokens[j]);
    if (w === 'it' || w === 'its') return true;
    if (!tokens[j]!.word || !/^(?:that|in|on|a|an|the|statement|post|filing|release|email|emailed|written|late|early|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|week|night|morning|evening|afternoon)$/.test(w)) return false;
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

// "OpenAI CEO", "Rivet Motors CEO" and "the CEO of OpenAI" make those names organisations; a
// sentence-initial "Venture capitalist" does not, as a capitalist is no corporate role.
function orgsInTitle(occ: Occurrence): string[] {
  const out: string[] = [];
  const { chunk, tokens, text } = occ;
  const titleFrom = tokenIndexAt(tokens, chunk.outerStart);
  for (let k = titleFrom; k < chunk.first; k++) {
    if (!CORPORATE_ROLES.has(lower(tokens[k]))) continue;
    let from = k;
    while (from - 1 >= titleFrom && isCapitalised(tokens[from - 1]!) && !CORPORATE_ROLES.has(lower(tokens[from - 1]))) from--;
    if (from < k) out.push(text.slice(tokens[from]!.start, tokens[k - 1]!.end).replace(/['’]s$/, ''));
  }
  const of = tokens[titleFrom - 1];
  const title = tokens[titleFrom - 2];
  if (lower(of) === 'of' && title && TITLE_WORDS.has(lower(title))) out.push(text.slice(chunk.start, chunk.end));
  return out;
}
