// One synthetic news article: headline, byline, dateline, boilerplate, and paragraphs of narrative,
// quotes in every attribution pattern a reporter uses, and claims carrying figures.

import { CHIPS, CITIES, OUTLETS, TOPICS, pickPerson, type Cast, type Org, type Person } from './cast.ts';
import { chance, intBetween, pick, substream, type Rng } from './random.ts';

export type ArticleFormat = 'txt' | 'md' | 'html';

export interface ArticleFile {
  /** Unique file name (ingest requires unique basenames). */
  name: string;
  content: string;
}

interface Story {
  rng: Rng;
  cast: Cast;
  org: Org;
  product: string;
  topic: (typeof TOPICS)[number];
  /** People already introduced by full name and title, so later mentions use the surname. */
  introduced: Set<Person>;
  /** Who spoke in the previous paragraph, for "he said" follow-ups; null when it would be ambiguous. */
  lastSpeaker: Person | null;
  curly: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const DURATIONS = ['two months', 'six weeks', 'three months', '18 months', 'nine days', 'a year', 'four years'];
const SMALL_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens of'];

function money(rng: Rng): string {
  const unit = pick(rng, ['million', 'million', 'billion']);
  const value = unit === 'billion' ? (intBetween(rng, 5, 900) / 10).toString() : String(intBetween(rng, 2, 950)) + (chance(rng, 0.4) ? `.${intBetween(rng, 1, 9)}` : '');
  return `$${value.replace(/\.0$/, '')} ${unit}`;
}

function count(rng: Rng): string {
  return intBetween(rng, 1, 80).toLocaleString('en-US') + ',000';
}

function percent(rng: Rng): string {
  return `${intBetween(rng, 2, 95)}%`;
}

function quoteMarks(story: Story, single = false): [string, string] {
  if (single) return story.curly ? ['‘', '’'] : ["'", "'"];
  return story.curly ? ['“', '”'] : ['"', '"'];
}

function topicWord(story: Story): string {
  return pick(story.rng, story.topic.words);
}

/** One to three sentences a source might say; the last has no closing punctuation so patterns can add it. */
function quoteBody(story: Story): string {
  const { rng, cast } = story;
  const phrase = pick(rng, cast.phrases);
  const other = pick(rng, cast.orgs).name;
  const openers = [
    `This is ${phrase} for the whole industry`,
    `What ${story.org.name} did with ${story.product} is ${phrase}`,
    `Frankly, the fight over ${topicWord(story)} is ${phrase}`,
    `We have never seen ${topicWord(story)} move this fast`,
    `Nobody at ${other} expected ${story.product} to arrive so soon`,
    `I think people will look back on this as ${phrase}`,
    `The numbers on ${topicWord(story)} simply do not add up`,
    `It is ${phrase}, and everyone in the room knows it`,
    `Our customers care about ${topicWord(story)} more than anything else`,
    `You cannot build ${topicWord(story)} on hype alone`,
  ];
  const followers = [
    `Everyone will have to respond`,
    `The question is who pays for it`,
    `We are watching ${other} very closely`,
    `That changes the economics of ${topicWord(story)}`,
    `It will take ${pick(rng, DURATIONS)} to know for sure`,
    `I would not bet against them`,
  ];
  const sentences = new Set([pick(rng, openers)]);
  const extra = intBetween(rng, 0, 2);
  for (let i = 0; i < extra; i++) sentences.add(pick(rng, followers));
  return [...sentences].join('. ');
}

function introduce(story: Story, person: Person): { name: string; described: string } {
  const first = !story.introduced.has(person);
  story.introduced.add(person);
  return first
    ? { name: person.full, described: `${person.full}, ${person.title} at ${person.org.name}` }
    : { name: person.last, described: person.last };
}

function quoteParagraph(story: Story): string {
  const { rng } = story;
  const [open, close] = quoteMarks(story);
  const body = quoteBody(story);
  // A follow-up by the previous speaker, named only by a pronoun or surname.
  if (story.lastSpeaker && chance(rng, 0.35)) {
    const p = story.lastSpeaker;
    const verb = pick(rng, ['said', 'added', 'continued']);
    return chance(rng, 0.6)
      ? `${open}${body},${close} ${p.pronoun} ${verb}.`
      : `${p.pronoun === 'he' ? 'He' : 'She'} ${verb}: ${open}${body}.${close}`;
  }
  if (chance(rng, 0.15)) {
    story.lastSpeaker = null;
    const org = chance(rng, 0.5) ? story.org : pick(rng, story.cast.orgs);
    return chance(rng, 0.5)
      ? `${open}${body},${close} ${org.name} said in a statement.`
      : `In a statement, ${org.name} said: ${open}${body}.${close}`;
  }
  const person = pickPerson(rng, story.cast);
  const who = introduce(story, person);
  story.lastSpeaker = person;
  const [sOpen, sClose] = quoteMarks(story, true);
  switch (intBetween(rng, 0, 6)) {
    case 0:
      return `${open}${body},${close} ${who.name} said.`;
    case 1:
      return `${open}${body},${close} said ${who.described}.`;
    case 2:
      return `${who.described === who.name ? who.name : `${person.org.name} ${person.title} ${person.full}`} said: ${open}${body}.${close}`;
    case 3:
      return `${who.name} wrote on X: ${open}${body}.${close}`;
    case 4: {
      const phrase = pick(rng, story.cast.phrases);
      return `${who.name} described the ${story.product} launch as ${open}${phrase}${close} and said ${story.org.name} would face questions about ${topicWord(story)}.`;
    }
    case 5:
      return `${sOpen}${body},${sClose} ${who.name} told reporters.`;
    default:
      return `Speaking at a conference in ${titleCase(pick(rng, CITIES).toLowerCase())}, ${who.described}${who.described === who.name ? '' : ','} said that ${open}${/^I\b/.test(body) ? body : body.charAt(0).toLowerCase() + body.slice(1)}${close}.`;
  }
}

function claimParagraph(story: Story): string {
  const { rng, org, product } = story;
  story.lastSpeaker = null;
  const chip = pick(rng, CHIPS);
  const person = pickPerson(rng, story.cast);
  const rival = pick(rng, story.cast.orgs).name;
  const templates = [
    () => `${org.name} said it spent ${money(rng)} training ${product}, a fraction of what ${rival} is believed to spend.`,
    () => `The model was trained on ${count(rng)} ${chip} chips over ${pick(rng, DURATIONS)}, according to ${introduce(story, person).described}.`,
    () => `Shares of ${rival} fell ${percent(rng)} on ${pick(rng, WEEKDAYS)}, wiping ${money(rng)} off its market value.`,
    () => `${org.name} plans to invest ${money(rng)} in ${pick(rng, TOPICS[4].words)} over ${pick(rng, ['the next two years', 'the coming decade', 'five years', 'the next 18 months'])}.`,
    () => `${product} scored ${percent(rng)} on a widely used reasoning benchmark, ahead of models from ${rival}.`,
    () => `Analysts at ${rival} estimate that ${org.name} needed about ${count(rng)} GPUs, far more than the company has disclosed.`,
    () => `${org.name} employs about ${intBetween(rng, 40, 900)} people and raised ${money(rng)} in its latest funding round.`,
    () => `Demand for ${topicWord(story)} grew ${percent(rng)} last quarter, ${introduce(story, person).name} said, citing ${pick(rng, SMALL_WORDS)} customer surveys.`,
  ];
  return pick(rng, templates)();
}

function narrativeParagraph(story: Story): string {
  const { rng, org, product } = story;
  story.lastSpeaker = null;
  const rival = pick(rng, story.cast.orgs).name;
  const sentences = [
    `${org.name} released ${product} earlier this month, and developers quickly began testing it against rival systems.`,
    `The debate over ${topicWord(story)} has intensified as companies race to ship new models.`,
    `Investors have poured money into the sector, betting that demand for ${topicWord(story)} will keep growing.`,
    `Critics argue that the industry has moved faster than regulators can follow.`,
    `${rival} did not respond to a request for comment.`,
    `The release comes as governments weigh new rules on ${pick(rng, TOPICS).words[0]}.`,
    `Engineers familiar with the project said the team worked for ${pick(rng, DURATIONS)} before the launch.`,
    `It is not the first time a smaller lab has surprised larger competitors with a cheaper model.`,
    `Some researchers cautioned that the results have not been independently verified.`,
    `The company has published a technical report describing how ${product} was built.`,
  ];
  const n = intBetween(rng, 2, 4);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(rng, sentences));
  return [...new Set(out)].join(' ');
}

const BOILERPLATE = ['Advertisement', 'Subscribe to our newsletter', 'Share this article', 'Advertisement'];

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

function titleCase(text: string): string {
  return text.replace(/\b\w/g, (c) => c.toUpperCase());
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function render(format: ArticleFormat, head: { title: string; author: string; date: Date; outlet: string }, paragraphs: string[]): string {
  const iso = head.date.toISOString().slice(0, 10);
  const written = `${MONTHS[head.date.getUTCMonth()]} ${head.date.getUTCDate()}, ${head.date.getUTCFullYear()}`;
  if (format === 'md') {
    return `---\ntitle: "${head.title}"\nauthor: ${head.author}\ndate: ${iso}\noutlet: ${head.outlet}\n---\n\n# ${head.title}\n\n${paragraphs.join('\n\n')}\n`;
  }
  if (format === 'html') {
    const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    return `<!doctype html>\n<html><head><title>${escapeHtml(head.title)} | ${escapeHtml(head.outlet)}</title>
<meta property="og:site_name" content="${escapeHtml(head.outlet)}">
<meta name="author" content="${escapeHtml(head.author)}">
<meta property="article:published_time" content="${iso}">
</head><body><nav><a href="/">Home</a> | <a href="/tech">Tech</a></nav>
<article><h1>${escapeHtml(head.title)}</h1>
<p class="byline">By ${escapeHtml(head.author)}</p>
${body}
</article><footer>© ${head.date.getUTCFullYear()} ${escapeHtml(head.outlet)}. All rights reserved.</footer></body></html>\n`;
  }
  return `${head.title}\nBy ${head.author}\n${written}\n${paragraphs.join('\n')}\n`;
}

/** Article number `index` of the corpus with this seed; the same inputs always give the same bytes. */
export function generateArticle(cast: Cast, seed: number, index: number): ArticleFile {
  const rng = substream(seed, index);
  const story: Story = {
    rng,
    cast,
    org: pick(rng, cast.orgs.filter((o) => o.kind === 'company' || o.kind === 'lab')),
    product: pick(rng, cast.products),
    topic: pick(rng, TOPICS),
    introduced: new Set(),
    lastSpeaker: null,
    curly: chance(rng, 0.6),
  };
  const roll = rng();
  const format: ArticleFormat = roll < 0.8 ? 'txt' : roll < 0.9 ? 'md' : 'html';
  const date = new Date(Date.UTC(2024, 0, 1) + intBetween(rng, 0, 729) * 86_400_000);
  const outlet = pick(rng, OUTLETS);
  const title = pick(rng, [
    `${story.org.name} Unveils ${story.product}, Reigniting the Debate Over ${titleCase(story.topic.name)}`,
    `How ${story.product} Could Reshape the Race for ${titleCase(story.topic.words[0]!)}`,
    `${story.org.name} Bets Big on ${story.product} as Rivals Scramble`,
    `Why the ${story.product} Launch Has Investors Nervous`,
  ]);

  const target = intBetween(rng, 300, 1200);
  const paragraphs: string[] = [];
  const opening = narrativeParagraph(story);
  // Wire stories open with a dateline: "LONDON, March 3, 2025 (Outlet) — …".
  paragraphs.push(
    format === 'txt' && chance(rng, 0.5)
      ? `${pick(rng, CITIES)}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} (${outlet}) — ${opening}`
      : opening,
  );
  let words = wordCount(paragraphs[0]!);
  while (words < target) {
    const roll2 = rng();
    const paragraph = roll2 < 0.5 ? quoteParagraph(story) : roll2 < 0.75 ? claimParagraph(story) : narrativeParagraph(story);
    paragraphs.push(paragraph);
    words += wordCount(paragraph);
    if (chance(rng, 0.08)) paragraphs.push(pick(rng, BOILERPLATE));
  }
  const author = pick(rng, cast.reporters);
  const name = `a${String(index).padStart(6, '0')}.${format}`;
  return { name, content: render(format, { title, author, date, outlet }, paragraphs) };
}
