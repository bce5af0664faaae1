import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { Answer, Result } from '../core/answer.ts';
import { sourceLine } from './source-line.ts';
import { fitMrkdwn, fitPlain } from './slack-mrkdwn.ts';

type KnownBlock = types.KnownBlock;

/** Slack's Block Kit limits; a message over any of them is refused with invalid_blocks. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextText: 3000,
  headerText: 150,
  /** Slack truncates `text` at 4,000; staying under keeps the cut ours, at a word. */
  fallbackText: 3900,
  buttonValue: 2000,
} as const;

/** Excerpts are context, not the answer: long ones would crowd out the next results. */
const EXCERPT_MAX = 600;
const SPEAKER_MAX = 200;
/** Facts and report lines pack into sections; more than this many would push results out. */
const MAX_LIST_BLOCKS = 10;

export const SHARE_ACTION = 'ainews_share';
export const VOTE_UP_ACTION = 'ainews_vote_up';
export const VOTE_DOWN_ACTION = 'ainews_vote_down';

export interface SlackMessage {
  /** Notification and fallback text, mrkdwn-escaped. */
  text: string;
  blocks: KnownBlock[];
}

export interface SlackRenderOptions {
  /** Offer "Share in channel"; the value is the command text that is answered again for everyone. */
  share?: string;
  /** What a 👍/👎 records; no buttons when absent. */
  vote?: { command: string; query: string };
  /** The Slack user who shared the answer into the channel. */
  sharedBy?: string;
}

/** An Answer as a Block Kit message within Slack's limits, every piece of article text escaped. */
export function renderSlack(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const head: KnownBlock[] = [{ type: 'header', text: { type: 'plain_text', text: fitPlain(answer.title, SLACK_LIMITS.headerText) } }];
  // Where sources disagree is the first thing to know about the results, so it comes before them.
  if (answer.comparison) {
    const icon = answer.comparison.agree ? ':white_check_mark:' : ':warning:';
    head.push(section(`${icon} ${fitMrkdwn(answer.comparison.summary, SLACK_LIMITS.sectionText - icon.length - 1)}`));
  }
  const tail = tailBlocks(answer, options);
  // Each result takes two blocks; one block stays free to say how many did not fit.
  const room = SLACK_LIMITS.blocks - head.length - tail.length - 1;
  const shown = answer.results.slice(0, Math.max(0, Math.floor(room / 2)));
  const resultBlocks = shown.flatMap(resultBlocksOf);
  const left = answer.results.length - shown.length;
  if (left > 0) resultBlocks.push(context(`…and ${left} more result${left === 1 ? '' : 's'}. Ask something narrower to see them.`));
  return { text: fallbackText(answer), blocks: [...head, ...resultBlocks, ...tail] };
}

function resultBlocksOf(result: Result): KnownBlock[] {
  const speaker = result.speaker ?? (result.kind === 'quote' ? 'Unnamed speaker' : null);
  const lead = speaker ? `*${fitMrkdwn(speaker, SPEAKER_MAX)}*\n` : '';
  const [open, close] = result.kind === 'quote' ? ['“', '”'] : ['', ''];
  const textRoom = SLACK_LIMITS.sectionText - lead.length - open.length - close.length;
  let body = `${lead}${open}${fitMrkdwn(result.text, textRoom)}${close}`;
  const excerptRoom = Math.min(EXCERPT_MAX, SLACK_LIMITS.sectionText - body.length - 4);
  if (result.excerpt && result.excerpt !== result.text && excerptRoom > 40) {
    // A blockquote line in Slack ends at a newline, so the excerpt is shown on one line.
    body += `\n>${fitMrkdwn(result.excerpt.replace(/\s+/g, ' '), excerptRoom)}`;
  }
  const link = linkTo(result.source.url);
  return [section(body), context(fitMrkdwn(whereFrom(result), SLACK_LIMITS.contextText - link.length) + link)];
}

function whereFrom(result: Result): string {
  const { source } = result;
  const parts = [sourceLine(source)];
  if (source.paragraph !== null) parts.push(`paragraph ${source.paragraph}`);
  if (result.figures && result.figures.length > 0) parts.push(`figures: ${result.figures.map((f) => f.text).join('; ')}`);
  return parts.join(' · ');
}

/** Only a plain http(s) URL becomes a link: `|` or `>` in a URL could change the label or end the link early. */
function linkTo(url: string | null): string {
  if (!url || !/^https?:\/\/[^\s<>|&]+$/i.test(url) || url.length > 1000) return '';
  return ` · <${url}|article>`;
}

function tailBlocks(answer: Answer, options: SlackRenderOptions): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  const lines = [
    ...(answer.facts ?? []).map((f) => `*${fitMrkdwn(f.label, 200)}*: ${fitMrkdwn(f.value, 1500)}`),
    ...(answer.report?.failed ?? []).map((f) => `• failed: ${fitMrkdwn(f.file, 300)}: ${fitMrkdwn(f.reason, 1000)}`),
  ];
  blocks.push(...packLines(lines).slice(0, MAX_LIST_BLOCKS).map(section));
  if (answer.message) blocks.push(section(fitMrkdwn(answer.message, SLACK_LIMITS.sectionText)));
  if (options.sharedBy && /^[UW][A-Z0-9]+$/.test(options.sharedBy)) blocks.push(context(`Shared by <@${options.sharedBy}>`));
  const buttons = actionButtons(options);
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'ainews_actions', elements: buttons });
  return blocks;
}

function actionButtons(options: SlackRenderOptions): types.Button[] {
  const buttons: types.Button[] = [];
  if (options.share && options.share.length <= SLACK_LIMITS.buttonValue) {
    buttons.push({ type: 'button', action_id: SHARE_ACTION, style: 'primary', text: { type: 'plain_text', text: 'Share in channel' }, value: options.share });
  }
  if (options.vote) {
    const value = voteValue(options.vote);
    buttons.push(
      { type: 'button', action_id: VOTE_UP_ACTION, text: { type: 'plain_text', text: '👍' }, value },
      { type: 'button', action_id: VOTE_DOWN_ACTION, text: { type: 'plain_text', text: '👎' }, value },
    );
  }
  return buttons;
}

const voteSchema = z.object({ command: z.string().max(100), query: z.string().max(SLACK_LIMITS.buttonValue) });

/** What a vote button carries back: the command and query, the query cut so the value stays within Slack's limit. */
function voteValue(vote: { command: string; query: string }): string {
  return JSON.stringify({ command: vote.command, query: fitPlain(vote.query, 1500) });
}

/** The command and query a clicked 👍/👎 was about; null for a value ainews did not write. */
export function readVoteValue(value: string): { command: string; query: string } | null {
  try {
    const parsed = voteSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Lines joined into as few sections as fit; each line is already within a section's limit. */
function packLines(lines: string[]): string[] {
  const packs: string[] = [];
  for (const line of lines) {
    const last = packs.length - 1;
    if (last >= 0 && packs[last]!.length + 1 + line.length <= SLACK_LIMITS.sectionText) packs[last] += `\n${line}`;
    else packs.push(line);
  }
  return packs;
}

/** The same answer as plain lines, for notifications and clients that cannot show blocks. */
function fallbackText(answer: Answer): string {
  const lines = [answer.title];
  if (answer.comparison) lines.push(answer.comparison.summary);
  for (const result of answer.results) {
    const who = result.speaker ? `${result.speaker}: ` : '';
    const text = result.kind === 'quote' ? `“${result.text}”` : result.text;
    lines.push(`${who}${text} (${sourceLine(result.source)})`);
  }
  for (const fact of answer.facts ?? []) lines.push(`${fact.label}: ${fact.value}`);
  if (answer.message) lines.push(answer.message);
  return fitMrkdwn(lines.join('\n'), SLACK_LIMITS.fallbackText);
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

function context(text: string): KnownBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text }] };
}
