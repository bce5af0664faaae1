// Genders, so "he" and "she" can be told apart: honorifics and gendered roles first, then the
// pronouns that follow a sentence naming only that person, then common given names.

import { sentenceAt, type ArticleText } from './article-text.ts';
import type { Entity, Mention } from './entities.ts';
import { FEMALE_NAMES, MALE_NAMES } from './lexicon.ts';
import { tokenIndexAt } from './tokens.ts';

const MALE_PRONOUNS = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS = new Set(['she', 'her', 'hers', 'herself']);

// A sentence naming one person, followed by "he"/"his" (and no "she") in the same or next
// sentence, tells us that person's gender; given names and honorifics tell us too.
export function inferGenders(article: ArticleText, entities: Entity[], mentions: Mention[]): void {
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const s = sentenceAt(article, m.paragraph, m.start);
    const list = bySentence.get(s);
    if (list) list.push(m);
    else bySentence.set(s, [m]);
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
