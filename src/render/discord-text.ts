import { escapeMarkdown } from 'discord.js';

/** Discord's limits, counted in UTF-16 code units (never fewer than the characters Discord counts). */
export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
  choices: 25,
  choiceText: 100,
  commandDescription: 100,
} as const;

const ELLIPSIS = '…';
const ZWJ = '\u200D';

/**
 * Shortens text to at most `max` units, preferring the end of a sentence, then the end of a word,
 * so a reader never gets half a word; a hard cut never splits a surrogate pair.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const budget = max - ELLIPSIS.length;
  const head = text.slice(0, budget + 1);
  const sentenceEnd = lastMatchEnd(head, /[.!?][”"’')\]]*(?=\s)/g);
  if (sentenceEnd >= budget * 0.6 && sentenceEnd + 2 <= max) return `${text.slice(0, sentenceEnd)} ${ELLIPSIS}`;
  const wordEnd = lastMatchEnd(head, /\S(?=\s)/g);
  if (wordEnd >= budget * 0.6) return `${text.slice(0, wordEnd)}${ELLIPSIS}`;
  return `${text.slice(0, safeCut(text, budget))}${ELLIPSIS}`;
}

/**
 * Cuts raw text so that what `transform` makes of it (escaping lengthens it) fits in `max` units.
 * Cutting the raw text rather than the escaped one never leaves a dangling backslash.
 */
export function fitTransformed(text: string, max: number, transform: (text: string) => string): string {
  let budget = max;
  for (;;) {
    const shown = transform(cutText(text, budget));
    if (shown.length <= max || budget <= 0) return shown.length <= max ? shown : '';
    budget -= Math.max(1, shown.length - max);
  }
}

/**
 * Article text as Discord should show it: literally. Markdown is escaped so a quote cannot break out
 * of its block quote, and mentions are broken with a zero-width joiner so they stay inert even where
 * allowed_mentions were forgotten (escaping alone does not stop a ping).
 */
export function escapeArticleText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutraliseMentions(escaped);
}

export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZWJ}$1`).replace(/<@/g, `<@${ZWJ}`);
}

/** Plain text for a message's content (errors, "slow down"), within the content limit. */
export function discordContent(text: string): string {
  return cutText(neutraliseMentions(text), DISCORD_LIMITS.content);
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

function safeCut(text: string, index: number): number {
  const code = text.charCodeAt(index - 1);
  return code >= 0xd800 && code <= 0xdbff ? index - 1 : index;
}
