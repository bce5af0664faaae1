import type { Config } from './config.ts';
import type { RunningPlatform } from './platform.ts';
import { openLibrary } from './cli/open-library.ts';
import { runConsole } from './cli/console.ts';
import { serveHttp } from './server.ts';

/** `npm start`: Discord and/or Slack when configured, else the terminal console. Resolves with an exit status. */
export async function start(config: Config): Promise<number> {
  const library = openLibrary(config, config.AINEWS_DB, { fill: true });
  const wantsDiscord = Boolean(config.DISCORD_TOKEN || config.DISCORD_PUBLIC_KEY);
  // Socket Mode needs the app token instead of a signing secret.
  const wantsSlack = Boolean(config.SLACK_BOT_TOKEN && (config.SLACK_SIGNING_SECRET || config.SLACK_APP_TOKEN));
  if (!wantsDiscord && !wantsSlack) {
    await runConsole(library);
    library.close();
    return 0;
  }
  const platforms: RunningPlatform[] = [];
  if (wantsDiscord) {
    const { startDiscord } = await import('./discord/start-discord.ts');
    platforms.push(await startDiscord(config, library));
  }
  if (wantsSlack) {
    const { startSlack } = await import('./slack/start-slack.ts');
    platforms.push(await startSlack(config, library));
  }
  const server = platforms.some((p) => p.handle) ? await serveHttp(platforms, config.PORT) : undefined;
  if (server) process.stderr.write(`ainews: listening on port ${config.PORT}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  server?.close();
  await Promise.all(platforms.map((p) => p.stop()));
  library.close();
  return 0;
}
