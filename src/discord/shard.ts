// One gateway shard, started by discord.js's ShardingManager (see start-discord.ts). discord.js
// reads which shard this is from the environment the manager sets.
import 'dotenv/config';
import { loadConfig } from '../config.ts';
import { openLibrary } from '../cli/open-library.ts';
import { discordDeps } from './discord-deps.ts';
import { createGatewayClient, listenForInteractions } from './gateway.ts';

const config = loadConfig();
// The parent process filled the library on first start; every shard reads the same file.
const library = openLibrary(config, config.AINEWS_DB, { fill: false });
const client = createGatewayClient(config);
listenForInteractions(client, discordDeps(config, library));

const stop = () => {
  void client.destroy().finally(() => {
    library.close();
    process.exit(0);
  });
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await client.login(config.DISCORD_TOKEN);
