import type { IncomingMessage, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type AppOptions } from '@slack/bolt';
import type { Config } from '../config.ts';
import type { Library } from '../core/library.ts';
import type { RunningPlatform } from '../platform.ts';
import type { SlackBot } from './answer-in-slack.ts';
import { dropRedeliveredEvents } from './dedupe-events.ts';
import { registerAnswerButtons } from './listeners/answer-buttons.ts';
import { registerAppMention } from './listeners/app-mention.ts';
import { registerSlashCommands } from './listeners/slash-commands.ts';
import { RateLimiter } from '../core/rate-limiter.ts';
import { stderrLogger } from './stderr-logger.ts';

/**
 * Starts ainews in Slack. With SLACK_APP_TOKEN it connects over Socket Mode (no public URL);
 * otherwise it hands back a handler for /slack/events (events, slash commands and button clicks)
 * that the shared HTTP server mounts. Either way the bot token is checked (auth.test) before this
 * resolves, so a wrong token fails at start, not at the first message.
 */
export async function startSlack(config: Config, library: Library): Promise<RunningPlatform> {
  const token = config.SLACK_BOT_TOKEN;
  if (!token) throw new Error('Slack: SLACK_BOT_TOKEN is not set');
  const logger = stderrLogger();
  const common: AppOptions = {
    token,
    logger,
    // The WebClient retries a 429 after its Retry-After (rejectRateLimitedCalls is false by default).
    ...(config.SLACK_API_URL && { clientOptions: { slackApiUrl: config.SLACK_API_URL } }),
    deferInitialization: true,
  };
  const bot: SlackBot = { library, limiter: new RateLimiter(config.AINEWS_RATE_LIMIT_PER_MINUTE), adminIds: config.SLACK_ADMIN_USER_IDS, logger };

  if (config.SLACK_APP_TOKEN) {
    const app = new App({ ...common, appToken: config.SLACK_APP_TOKEN, socketMode: true });
    await listen(app, bot);
    await app.start();
    return { stop: () => app.stop().then(() => undefined) };
  }

  const signingSecret = config.SLACK_SIGNING_SECRET;
  if (!signingSecret) throw new Error('Slack: SLACK_SIGNING_SECRET is not set (needed unless SLACK_APP_TOKEN selects Socket Mode)');
  // The receiver is never started: the shared server calls its request listener.
  const receiver = new HTTPReceiver({ signingSecret, logger });
  const app = new App({ ...common, receiver });
  await listen(app, bot);
  return {
    prefix: '/slack/',
    handle: (req: IncomingMessage, res: ServerResponse) => {
      try {
        receiver.requestListener(req, res);
      } catch {
        // Bolt throws for a path it does not serve (anything but POST /slack/events).
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    },
    stop: async () => undefined,
  };
}

async function listen(app: App, bot: SlackBot): Promise<void> {
  app.error(async (error) => {
    bot.logger.error('Slack listener failed:', error);
  });
  dropRedeliveredEvents(app, bot.library.db);
  registerAppMention(app, bot);
  registerSlashCommands(app, bot);
  registerAnswerButtons(app, bot);
  try {
    await app.init();
  } catch (error) {
    throw new Error(`Slack refused the bot token (auth.test: ${(error as Error).message}); check SLACK_BOT_TOKEN and SLACK_API_URL`, { cause: error });
  }
}
