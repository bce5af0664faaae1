import type { App, Logger, webApi } from '@slack/bolt';
import { renderSlack } from '../../render/slack.ts';
import { answerInSlack, type SlackBot } from '../answer-in-slack.ts';
import { plainFromSlack } from '../slack-text.ts';

const WORKING = 'eyes';

/**
 * "@ainews who said sputnik": answered in a thread under the mention (or in the thread it was
 * written in), with :eyes: on the mention while ainews works on it.
 */
export function registerAppMention(app: App, bot: SlackBot): void {
  app.event('app_mention', async ({ event, client, logger }) => {
    if (!event.user) return;
    const where = { channel: event.channel, thread_ts: event.thread_ts ?? event.ts };
    await react(client, 'add', event, logger);
    try {
      const { answer, options } = await answerInSlack(bot, plainFromSlack(event.text), event.user, client, { limited: true });
      // A mention is answered in the open already; sharing it again would only repeat it.
      const message = renderSlack(answer, { vote: options.vote });
      await client.chat.postMessage({ ...where, ...message, unfurl_links: false, unfurl_media: false });
    } catch (error) {
      logger.error('answering a mention failed:', error);
      await client.chat.postMessage({ ...where, text: 'Sorry, something went wrong answering that. It has been logged.' }).catch(() => undefined);
    } finally {
      await react(client, 'remove', event, logger);
    }
  });
}

/** The reaction is a courtesy: a missing scope or an already-removed reaction must not stop the answer. */
async function react(client: webApi.WebClient, how: 'add' | 'remove', event: { channel: string; ts: string }, logger: Logger): Promise<void> {
  try {
    await client.reactions[how]({ channel: event.channel, timestamp: event.ts, name: WORKING });
  } catch (error) {
    logger.warn(`reactions.${how} failed: ${(error as Error).message}`);
  }
}
