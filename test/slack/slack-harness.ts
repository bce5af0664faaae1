import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { Library } from '../../src/core/library.ts';
import { serveHttp } from '../../src/server.ts';
import { startSlack } from '../../src/slack/start-slack.ts';
import type { RunningPlatform } from '../../src/platform.ts';
import { FakeSlack } from './fake-slack.ts';
import { SIGNING_SECRET } from './slack-requests.ts';

export const SEED_ARTICLES = 'data/articles';

/** A temp folder with a library database filled from the seed articles (and any extra article folders). */
export function makeLibraryDir(extraPaths: string[] = []): { dir: string; dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ainews-slack-'));
  const dbPath = join(dir, 'ainews.db');
  const library = Library.open({ dbPath });
  library.ingestPaths([SEED_ARTICLES, ...extraPaths]);
  library.close();
  return { dir, dbPath, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface RunningSlackApp {
  library: Library;
  /** http://127.0.0.1:<port>/slack/events */
  eventsUrl: string;
  close(): Promise<void>;
}

/** The real Bolt app, started as `npm start` starts it, behind the shared HTTP server on a free port. */
export async function startSlackApp(fake: FakeSlack, dbPath: string, env: Record<string, string> = {}): Promise<RunningSlackApp> {
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    AINEWS_DB: dbPath,
    ...env,
  });
  const library = Library.open({ dbPath });
  const platform: RunningPlatform = await startSlack(config, library);
  const server: Server = await serveHttp([platform], 0);
  const port = (server.address() as AddressInfo).port;
  return {
    library,
    eventsUrl: `http://127.0.0.1:${port}/slack/events`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await platform.stop();
      library.close();
    },
  };
}
