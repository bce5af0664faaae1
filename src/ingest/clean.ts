// Removes what is not the article from its paragraphs: site chrome, prompts, captions, comments.
// Rules are line-level patterns that hold on any news site, never the text of particular articles.

import { parseByline } from './byline.ts';
import { findDate, MONTH_PATTERN } from './dates.ts';
import { normalizeText } from './decode.ts';

const QUOTE_MARK = /["“”„‟«»]|(?:^|\s)['‘]|['’](?:\s|$)/;

// Nested brackets are allowed one level deep ("![[Column] Title](…)"); every quantifier is bounded.
const BRACKETED = '(?:[^\\[\\]\\n]|\\[[^\\[\\]\\n]{0,200}\\]){0,500}';
const MD_IMAGE = new RegExp(`!\\[${BRACKETED}\\]\\([^)\\s]{0,2000}(?:\\s+"[^"\\n]{0,300}")?\\)`, 'g');
const MD_LINK = new RegExp(`\\[(${BRACKETED})\\]\\((?:https?://|/|mailto:)[^)\\s]{0,2000}\\)`, 'g');
const LEADING_BULLET = /^[•·▪●◦‣∙]\s+/;

// Every whitespace run that is not already one plain space: replacing only those leaves the
// common single spaces alone, which is most of the cost of a plain /\s+/g.
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/** One paragraph's text: invisible controls gone, NFC, runs of (non-breaking) spaces made one. */
export function tidyParagraph(text: string): string {
  let tidy = normalizeText(text);
  // Both markdown patterns need "](".
  if (tidy.includes('](')) tidy = tidy.replace(MD_IMAGE, ' ').replace(MD_LINK, '$1');
  return tidy
    .replace(SPACE_RUN, ' ')
    .trim()
    .replace(LEADING_BULLET, '')
    .normalize('NFC'); // again: unwrapping a link can bring a base letter next to a combining mark
}

/** Words of a tidied line (split on single spaces), counted without splitting it. */
function wordCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) count++;
  return count;
}

// Prompts that only ever address the reader; they may contain quotation marks ("login").
const ALWAYS: RegExp[] = [
  /^skip to (the )?(main )?(content|navigation|article)\b/i,
  /^readers help support\b/i,
  /^please (direct|send|email|address) (your )?(questions|comments|feedback|inquiries|enquiries)\b/i,
  /^(advertisement|advertising|sponsored( content)?|(story|article|paragraph|text) continues (below|after)( the)?( advertisement| ad)?\.?|continue reading( below)?|scroll to continue( with content)?)$/i,
  /^tooltip icon$/i,
  /^listen to (this|the) (article|story)\b[^.!?]{0,30}$/i,
  /^(terms of (service|use)|privacy policy|cookie (policy|settings|preferences)|accept all( cookies)?|manage cookies|loading\.{0,3})$/i,
  /^(updated|published|posted) \d{1,2} (minutes?|hours?|days?) ago$/i,
];

// Prompts recognised by their wording, but only while the line is short enough to be one.
const SHORT: { re: RegExp; max: number }[] = [
  { re: /\balready (a )?(subscriber|member)\b/i, max: 600 },
  { re: /\blog ?in(to)? (to )?(your )?account\b/i, max: 600 },
  { re: /\bwe (may )?(earn|get|receive|make) (a )?(small )?(commission|affiliate)/i, max: 400 },
  { re: /\b(disclosure|affiliate) (page|policy|statement|disclaimer)\b/i, max: 300 },
  { re: /^reading time\b/i, max: 60 },
  { re: /\b\d+\s*min(ute)?s?\.? read$/i, max: 60 },
  { re: /^(©|copyright\b|\(c\) ?\d{4})/i, max: 300 },
  { re: /\ball rights reserved\b/i, max: 300 },
  { re: /^keep up to date with\b/i, max: 200 },
  { re: /^(got|have) a (confidential )?(news )?tip( for us)?\?/i, max: 200 },
  { re: /^our standards\s*:/i, max: 120 },
  { re: /^follow (us|@[\w.]+) on\b/i, max: 120 },
  { re: /^we use cookies\b/i, max: 300 },
  { re: /^(watch|video|listen|audio)\s*:/i, max: 120 },
  { re: /^(sign up|subscribe|register|log ?in|sign in)\b/i, max: 200 },
  { re: /^(read more|related|see also|also read|read also|recommended|most read)\s*:/i, max: 250 },
  { re: /^(listen|watch|subscribe|follow)\b.{0,120}\b(podcast|podcasts|episode|wherever you (get|listen))\b/i, max: 200 },
  { re: /^(media|press) (contact|inquiries|enquiries)\s*:/i, max: 200 },
  { re: /^(enjoying|like|liked|enjoyed) (this|the) (story|article|post|newsletter|read)\b/i, max: 200 },
  { re: /^(a version of this (article|story) (appears|appeared)|this (article|story) (originally )?(appeared|appears|was (first |originally )?published) (in print|originally|in the|on))\b/i, max: 250 },
];

// A reader-facing prompt: an account/newsletter verb plus a word addressing the reader.
const PROMPT_VERB = /\b(newsletter|subscribe|subscription|sign up|log ?in|sign in|register|create (a|an|your) (free )?account)\b/i;
const PROMPT_ADDRESS = /\b(you|your|our|now|free|today|here)\b/i;

const CTA_VERBS = new Set([
  'JOIN', 'SUBSCRIBE', 'SIGN', 'FOLLOW', 'DONATE', 'SUPPORT', 'SHARE', 'GET', 'DOWNLOAD', 'WATCH', 'LISTEN',
  'BECOME', 'READ', 'CLICK', 'LIKE', 'REGISTER', 'LOGIN', 'LOG', 'TRY', 'START', 'UNLOCK',
]);

const SHARE_WORDS = new Set([
  'share', 'this', 'article', 'story', 'post', 'on', 'via', 'tweet', 'email', 'e-mail', 'print', 'copy', 'link',
  'facebook', 'twitter', 'x', 'linkedin', 'whatsapp', 'reddit', 'flipboard', 'pinterest', 'telegram',
  'threads', 'bluesky', 'mastodon', 'save', 'comment', 'comments', '|', '·', '/',
]);
const SHARE_TRIGGERS = new Set(['share', 'tweet', 'facebook', 'linkedin', 'whatsapp', 'reddit', 'flipboard', 'pinterest', 'telegram']);

// Headings of lists of other stories; a whole line on its own.
const RELATED_HEADING =
  /^(most (read|popular|viewed|shared)|related( (articles?|stories|posts|coverage|content|news|reading|links))?|recommended( (for you|stories|articles|reading))?|you (may|might) also like|more (stories|news|articles|to read)|more (from|on) [^.!?]{1,40}|trending( (now|stories|topics))?|read (more|next|also)|see also|also read|top stories|popular (now|stories)|editor's picks|further reading|don't miss( (these|this) (stories|story))?)\s*:?$/i;

// Where readers' comments begin; nothing after it is the article.
const COMMENTS_MARKER =
  /^(leave a (reply|comment)|post a comment|add a comment|user forum|comments?|reader comments|show comments|view comments|load comments|comments \(\d+\)|\d+ (comments?|messages?|replies|responses)|join the (conversation|discussion)|comments are (now )?closed( for this (article|story|post))?\.?|commenting (has been )?disabled)\s*:?$/i;

const PHOTO_CREDIT: RegExp[] = [
  /^(photo|photograph|image|picture|illustration|graphic|video|credit)s?( (illustration|credit|courtesy|source))?\s*(:|by\b|courtesy\b)/i,
  /\b(photo|photograph|image|illustration|picture)( illustration)? (by|courtesy of|credit:?) [^.!?]{0,80}$/i,
  /\/\s?(getty images|reuters|ap|afp|epa|bloomberg|shutterstock|alamy|sipa|xinhua|yonhap|nurphoto|pa images)\)?\.?$/i,
  /\((?:(?:ap|afp|reuters|epa|yonhap|xinhua|file) )?photo[^()]{0,60}\)\.?$/i,
  /\((?:reuters|getty images|[^()]{1,60}\/getty images|ap|afp|epa|yonhap|xinhua)\)\.?$/i,
  // "… during the keynote. Photo: Jane Doe / Example News"
  /\b(photo|photograph|image|picture|illustration)s?\s?:\s?[^.!?:]{1,80}$/i,
];
// Wire-photo captions: "X attends Y on January 20, 2025 in Washington, DC" with no closing period.
const WIRE_CAPTION = new RegExp(`\\bon ${MONTH_PATTERN} \\d{1,2}, \\d{4},? in \\p{Lu}[^.!?]{0,60}$`, 'iu');

const CAPTION_STOPWORDS = new Set([
  'a', 'an', 'the', 'what', 'why', 'how', 'when', 'where', 'who', 'which', 'to', 'of', 'in', 'on', 'for', 'and',
  'or', 'is', 'are', 'was', 'it', 'its', 'this', 'that', 'with', 'from', 'by', 'at', 'as', 'next', 'key', 'more',
  'new', 'our', 'your', 'we', 'you', 'i', 'be', 'not', 'no', 'can', 'will', 'about', 'after', 'before', 'vs',
]);
const CAPTION_WORDS = /\b(logo|photo|photograph|file photo|image|illustration|screenshot|pictured|headshot|portrait)\b/i;

// Wire credits, names and places only: "Reporting by Jane Doe in London; Editing by John Roe".
const CREDIT_START = /^(?:additional )?(?:reporting|writing|editing|research|compiled) by /i;

function isCreditLine(text: string): boolean {
  // Every part must be a credit, so the first one is looked at before the line is split.
  if (text.length > 300 || !CREDIT_START.test(text)) return false;
  return text.replace(/\.$/, '').split(/\s*;\s*/).every((part) => {
    const m = /^(?:additional )?(?:reporting|writing|editing|research|compiled) by (.+)$/i.exec(part);
    return m !== null && m[1]!.split(/[\s,]+/).every((w) => /^\p{Lu}/u.test(w) || /^(and|in|from|with|de|van|von|al)$/.test(w));
  });
}

// "Share this article: Twitter [Facebook] [Email]": brackets and colons are only the buttons' dress.
const SHARE_TOKEN = /[^\s[\]():,]+/g;
const MAX_SHARE_TOKENS = 8;

function isShareLine(text: string): boolean {
  const tokens: string[] = [];
  // A paragraph of prose fails at its first word that is no share button, without reading (or
  // lower-casing) the rest; the separators are ASCII, so tokens lower-cased one by one are the same.
  SHARE_TOKEN.lastIndex = 0;
  for (let m = SHARE_TOKEN.exec(text); m !== null; m = SHARE_TOKEN.exec(text)) {
    const token = m[0].toLowerCase();
    if (tokens.length === MAX_SHARE_TOKENS || !SHARE_WORDS.has(token)) return false;
    tokens.push(token);
  }
  return tokens.some((t) => SHARE_TRIGGERS.has(t));
}

function isCallToAction(text: string): boolean {
  return (
    wordCount(text) <= 5 &&
    /\p{Lu}/u.test(text) &&
    text === text.toUpperCase() &&
    CTA_VERBS.has(text.split(' ')[0]!.replace(/[^\p{L}]/gu, ''))
  );
}

/** A line that only dates the article: "January 22, 2025" or "Updated Jan. 22, 2025 10:04 a.m. ET". */
function isDateLine(text: string): boolean {
  if (wordCount(text) > 12) return false;
  const found = findDate(text);
  if (found === null) return false;
  return found.length >= text.length * 0.5 || /^(published|updated|posted|last updated|first published)\b/i.test(text);
}

/**
 * True for a line that is site chrome rather than article text. Lines with quotation marks are
 * only matched by the prompts that are unmistakable, so a quoted sentence is never lost.
 */
export function isBoilerplateLine(text: string): boolean {
  if (ALWAYS.some((re) => re.test(text))) return true;
  if (SHORT.some(({ re, max }) => text.length <= max && re.test(text))) return true;
  if (COMMENTS_MARKER.test(text) || RELATED_HEADING.test(text)) return true;
  if (QUOTE_MARK.test(text)) return false;
  if (text.length <= 200 && PROMPT_VERB.test(text) && PROMPT_ADDRESS.test(text)) return true;
  if (isShareLine(text) || isCallToAction(text) || isDateLine(text) || isCreditLine(text)) return true;
  if (text.length <= 250 && PHOTO_CREDIT.some((re) => re.test(text))) return true;
  // A wire caption ends without a full stop, which rules out most prose before the regex runs.
  if (!/[.!?]$/.test(text) && wordCount(text) <= 60 && WIRE_CAPTION.test(text)) return true;
  return parseByline(text) !== null;
}

/**
 * A short line that only names a person or shows a logo ("Sam Altman", "Deepseek Whale Logo")
 * sitting before a long paragraph is an image caption. Headings ("Why It Matters") keep their
 * function words and survive.
 */
function isNameCaption(text: string, next: string | undefined): boolean {
  if (next === undefined || wordCount(next) < 20) return false;
  if (/[.,:;!?"“”‘’()[\]]/.test(text)) return false;
  const words = text.split(' ');
  if (words.length > (CAPTION_WORDS.test(text) ? 8 : 4)) return false;
  return words.every((w) => /^[\p{Lu}\d]/u.test(w) && !CAPTION_STOPWORDS.has(w.toLowerCase()));
}

/** Cleaned paragraphs of an article, in order; each is one paragraph of the source. */
export function cleanParagraphs(paragraphs: string[]): string[] {
  return cleanTidied(paragraphs.map(tidyParagraph).filter((p) => p !== ''));
}

/** cleanParagraphs for paragraphs that are tidied already (see tidyParagraph) and none empty. */
export function cleanTidied(paragraphs: string[]): string[] {
  let kept = paragraphs;
  // Comments end the article wherever they start; lists of other stories only in its second half.
  const commentsAt = kept.findIndex((p, i) => i > 0 && COMMENTS_MARKER.test(p));
  if (commentsAt !== -1) kept = kept.slice(0, commentsAt);
  const relatedAt = kept.findIndex((p, i) => i >= kept.length / 2 && i > 0 && RELATED_HEADING.test(p));
  if (relatedAt !== -1) kept = kept.slice(0, relatedAt);
  kept = kept.filter((p) => !isBoilerplateLine(p));
  return kept.filter((p, i) => i === 0 || !isNameCaption(p, kept[i + 1]));
}
