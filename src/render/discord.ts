import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIAllowedMentions,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import type { Answer, IngestReport, Result } from '../core/answer.ts';
import { sourceLine } from './source-line.ts';
import { DISCORD_LIMITS, cutText, discordContent, escapeArticleText, fitTransformed } from './discord-text.ts';
import { encodePageId } from './discord-page-id.ts';

/** A message in Discord's own JSON shape, ready for an interaction response or a webhook edit. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIComponentInMessageActionRow>[];
  allowed_mentions: APIAllowedMentions;
  flags?: number;
}

/** Nobody is ever pinged by what ainews sends, whatever an article contains. */
export const NO_MENTIONS: APIAllowedMentions = { parse: [] };

export const RESULTS_PER_PAGE = 5;

const COLOURS: Record<string, number> = {
  'who-said': 0x5865f2,
  claim: 0xe67e22,
  quotes: 0x57f287,
  search: 0x3498db,
  sources: 0x95a5a6,
  help: 0xeb459e,
  reindex: 0x992d22,
  ingest: 0x992d22,
  stats: 0x992d22,
  usage: 0xfee75c,
};
const DEFAULT_COLOUR = 0x99aab5;

const SOURCE_LINE_MAX = 400;
const HEADER_PART_MAX = 1000;
const SEPARATOR = '\n\n';

/** One page of an answer as a Discord embed, with "More" buttons when there are further pages. */
export function renderDiscord(answer: Answer, page = 0, perPage = RESULTS_PER_PAGE): DiscordMessage {
  const pages = Math.max(1, Math.ceil(answer.results.length / perPage));
  const current = Math.min(Math.max(0, page), pages - 1);
  const shown = answer.results.slice(current * perPage, (current + 1) * perPage);
  const embed: APIEmbed = {
    title: fitTransformed(answer.title, DISCORD_LIMITS.embedTitle, escapeArticleText),
    color: COLOURS[answer.command] ?? DEFAULT_COLOUR,
    description: description(answer, shown),
    fields: [...factFields(answer), ...reportFields(answer.report)],
  };
  if (answer.results.length > shown.length) {
    const first = current * perPage + 1;
    embed.footer = { text: `Page ${current + 1} of ${pages} · results ${first}–${first + shown.length - 1} of ${answer.results.length}` };
  }
  const buttons = pageButtons(answer, current, pages);
  return {
    embeds: [fitEmbed(embed)],
    components: buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowed_mentions: NO_MENTIONS,
  };
}

/** A short plain-text notice only the asker sees: errors, "slow down". */
export function renderNotice(text: string): DiscordMessage {
  return { content: discordContent(text), embeds: [], components: [], allowed_mentions: NO_MENTIONS, flags: MessageFlags.Ephemeral };
}

function description(answer: Answer, shown: Result[]): string {
  const header: string[] = [];
  if (answer.comparison) header.push(`**${fitTransformed(answer.comparison.summary, HEADER_PART_MAX, escapeArticleText)}**`);
  if (answer.message) header.push(fitTransformed(answer.message, HEADER_PART_MAX, escapeArticleText));
  const headerText = header.join(SEPARATOR);
  if (shown.length === 0) return headerText;
  const room = DISCORD_LIMITS.embedDescription - headerText.length - (headerText ? SEPARATOR.length : 0);
  const perResult = Math.floor((room - SEPARATOR.length * (shown.length - 1)) / shown.length);
  const blocks = shown.map((result) => resultBlock(result, perResult));
  return [headerText, ...blocks].filter((part) => part.length > 0).join(SEPARATOR);
}

/** The quote or claim as a block quote, then who said it in bold and where, within `max` units. */
function resultBlock(result: Result, max: number): string {
  const link = safeLink(result.source.url);
  if (result.kind === 'article') {
    const where = [result.source.outlet, result.source.date].filter(Boolean).join(' · ') || result.source.file;
    const tail = `\n${fitTransformed(where, SOURCE_LINE_MAX, escapeArticleText)}${link ? ` · <${link}>` : ''}`;
    return `**${fitTransformed(result.text, max - tail.length - 4, escapeArticleText)}**${tail}`;
  }
  const who = result.speaker ?? (result.kind === 'quote' ? 'Unnamed speaker' : null);
  const attribution = [
    who && `**${fitTransformed(who, 100, escapeArticleText)}**`,
    fitTransformed(sourceLine(result.source), SOURCE_LINE_MAX, escapeArticleText),
    link && `<${link}>`,
  ].filter(Boolean);
  const tail = `\n— ${attribution.join(' · ')}`;
  const quoted = fitTransformed(result.text, max - tail.length, blockQuote);
  return `${quoted}${tail}`;
}

function blockQuote(text: string): string {
  return escapeArticleText(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Only a plain http(s) URL goes between angle brackets; anything else could break out of them. */
function safeLink(url: string | null): string | null {
  return url && /^https?:\/\/[^\s<>]+$/i.test(url) && url.length <= 512 ? url : null;
}

function factFields(answer: Answer): APIEmbedField[] {
  return (answer.facts ?? []).map(({ label, value }) => field(label, value));
}

function reportFields(report: IngestReport | undefined): APIEmbedField[] {
  if (!report) return [];
  const lists: [string, string[]][] = [
    ['Added', report.added],
    ['Updated', report.updated],
    ['Failed', report.failed.map(({ file, reason }) => `${file}: ${reason}`)],
  ];
  return lists.filter(([, lines]) => lines.length > 0).map(([name, lines]) => ({ name: `${name} (${lines.length})`, value: listValue(lines) }));
}

function field(name: string, value: string): APIEmbedField {
  return {
    name: fitTransformed(name, DISCORD_LIMITS.fieldName, escapeArticleText),
    value: fitTransformed(value, DISCORD_LIMITS.fieldValue, escapeArticleText),
  };
}

/** As many whole lines as fit in a field, then how many more there are. */
function listValue(lines: string[]): string {
  const kept: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const shown = fitTransformed(line, 300, escapeArticleText);
    const more = i + 1 < lines.length ? `\n…and ${lines.length - i - 1} more`.length : 0;
    if (length + shown.length + 1 + more > DISCORD_LIMITS.fieldValue) {
      kept.push(`…and ${lines.length - i} more`);
      break;
    }
    kept.push(shown);
    length += shown.length + 1;
  }
  return kept.join('\n');
}

function pageButtons(answer: Answer, current: number, pages: number): APIComponentInMessageActionRow[] {
  const buttons: APIComponentInMessageActionRow[] = [];
  const add = (label: string, page: number) => {
    const id = encodePageId(answer.command, answer.query, page);
    if (id) buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: id });
  };
  if (current > 0) add('◀ Back', current - 1);
  if (current < pages - 1) add('More ▶', current + 1);
  return buttons;
}

/**
 * The last guard: whatever was built, the embed keeps every limit Discord enforces (too many or too
 * long fields are dropped or cut, and the description gives way when the whole is over 6,000).
 */
function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (fitted.title !== undefined) fitted.title = cutText(fitted.title, DISCORD_LIMITS.embedTitle);
  if (fitted.description !== undefined) fitted.description = cutText(fitted.description, DISCORD_LIMITS.embedDescription);
  if (fitted.footer) fitted.footer = { ...fitted.footer, text: cutText(fitted.footer.text, DISCORD_LIMITS.footer) };
  // Discord refuses empty field names and values.
  fitted.fields = (fitted.fields ?? []).slice(0, DISCORD_LIMITS.embedFields).map((f) => ({
    ...f,
    name: cutText(f.name, DISCORD_LIMITS.fieldName) || '—',
    value: cutText(f.value, DISCORD_LIMITS.fieldValue) || '—',
  }));
  while (embedLength(fitted) > DISCORD_LIMITS.embedTotal && fitted.fields.length > 0) fitted.fields.pop();
  const over = embedLength(fitted) - DISCORD_LIMITS.embedTotal;
  if (over > 0 && fitted.description) fitted.description = cutText(fitted.description, Math.max(0, fitted.description.length - over));
  if (fitted.fields.length === 0) delete fitted.fields;
  if (!fitted.title) delete fitted.title;
  if (!fitted.description) delete fitted.description;
  return fitted;
}

/** What Discord counts toward an embed's 6,000: title, description, field names and values, footer, author. */
function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}
