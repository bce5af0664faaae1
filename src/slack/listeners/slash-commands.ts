import type { App } from '@slack/bolt';
import { renderSlack } from '../../render/slack.ts';
import { answerInSlack, type SlackBot } from '../answer-in-slack.ts';
import { plainFromSlack } from '../slack-text.ts';

/** The slash commands in src/slack/manifest.yml; /ainews takes any command, help and admin included. */
export const SLASH_COMMANDS = ['/claim', '/who', '/quotes', '/search', '/ainews'] as const;

/** `/who said sputnik` reads as "who said sputnik", `/ainews sources` as "sources". */
export function slashCommandText(name: string, text: string): string {
  const typed = plainFromSlack(text);
  return name === '/ainews' ? typed : `${name.slice(1)} ${typed}`;
}

/** Acknowledged at once (Slack waits 3 s at most), then answered to the asker only, with "Share in channel". */
export function registerSlashCommands(app: App, bot: SlackBot): void {
  for (const name of SLASH_COMMANDS) {
    app.command(name, async ({ command, ack, respond, client, logger }) => {
      await ack();
      try {
        const { answer, options } = await answerInSlack(bot, slashCommandText(name, command.text), command.user_id, client, { limited: true });
        await respond({ response_type: 'ephemeral', ...renderSlack(answer, options) });
      } catch (error) {
        logger.error(`answering ${name} failed:`, error);
        await respond({ response_type: 'ephemeral', text: 'Sorry, something went wrong answering that. It has been logged.' }).catch(() => undefined);
      }
    });
  }
}
