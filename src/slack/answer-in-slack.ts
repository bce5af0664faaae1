import type { Logger, webApi } from '@slack/bolt';
import type { Answer } from '../core/answer.ts';
import type { Library } from '../core/library.ts';
import { outcomeAnswer, parseCommandText, runCommand } from '../core/run-command.ts';
import type { SlackRenderOptions } from '../render/slack.ts';
import type { RateLimiter } from '../core/rate-limiter.ts';
import { isSlackAdmin } from './slack-admin.ts';

/** What every Slack listener shares. */
export interface SlackBot {
  library: Library;
  limiter: RateLimiter;
  adminIds: readonly string[];
  logger: Logger;
}

export interface SlackAnswer {
  answer: Answer;
  /** Buttons the answer may carry: only answers to questions can be shared or voted on. */
  options: Pick<SlackRenderOptions, 'share' | 'vote'>;
}

/** Slack offers fewer slash commands than ainews has commands; help says how to reach the rest. */
const SLACK_HELP = 'In Slack: /claim, /who said, /quotes and /search directly; every other command through /ainews (e.g. /ainews sources) or by mentioning @ainews.';

/**
 * Answers what a Slack user typed (`who said sputnik`; empty means help), as the same commands as
 * everywhere else. Admin rights are asked of Slack only when the command needs them.
 */
export async function answerInSlack(
  bot: SlackBot,
  text: string,
  userId: string,
  client: webApi.WebClient,
  opts: { limited: boolean },
): Promise<SlackAnswer> {
  if (opts.limited) {
    const admission = bot.limiter.admit(userId);
    if (!admission.ok) return { answer: slowDown(admission.retryInSeconds), options: {} };
  }
  const parsed = parseCommandText(text.trim() === '' ? 'help' : text);
  if (!parsed.ok) return { answer: outcomeAnswer({ kind: 'usage', error: parsed.error, usage: parsed.usage }), options: {} };
  const { command } = parsed;
  const isAdmin = command.admin || command.name === 'help' ? await isSlackAdmin(client, userId, bot.adminIds, bot.logger) : false;
  const outcome = await runCommand(command, parsed.args, { library: bot.library, user: { id: userId, platform: 'slack', isAdmin } });
  const answer = outcomeAnswer(outcome);
  if (command.name === 'help') return { answer: { ...answer, message: [answer.message, SLACK_HELP].filter(Boolean).join('\n') }, options: {} };
  if (outcome.kind !== 'answer' || command.admin) return { answer, options: {} };
  return { answer, options: { share: text.trim(), vote: { command: answer.command, query: answer.query } } };
}

function slowDown(retryInSeconds: number): Answer {
  return {
    command: 'slow-down',
    query: '',
    title: 'Slow down',
    results: [],
    message: `You are asking faster than ainews answers. Try again in ${retryInSeconds} s.`,
  };
}
