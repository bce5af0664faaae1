import { fileURLToPath } from 'node:url';
import { Events, REST, ShardingManager } from 'discord.js';
import type { Config } from '../config.ts';
import type { Library } from '../core/library.ts';
import type { RunningPlatform } from '../platform.ts';
import { discordDeps } from './discord-deps.ts';
import { createGatewayClient, listenForInteractions } from './gateway.ts';
import { interactionsHandler } from './http-interactions.ts';

const SHARD_ENTRY = fileURLToPath(new URL('./shard.ts', import.meta.url));
// Resolved here, not by the shard process, which would look for tsx from whatever folder ainews was started in.
const TSX = import.meta.resolve('tsx');

/**
 * HTTP interactions mode when DISCORD_PUBLIC_KEY is set (answers on /discord/interactions of the
 * shared server); else a gateway connection, split into shard processes when DISCORD_SHARDS is set.
 */
export async function startDiscord(config: Config, library: Library): Promise<RunningPlatform> {
  if (config.DISCORD_PUBLIC_KEY) {
    const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {});
    if (config.DISCORD_TOKEN) rest.setToken(config.DISCORD_TOKEN);
    const handle = interactionsHandler(config.DISCORD_PUBLIC_KEY, rest, discordDeps(config, library));
    process.stderr.write('ainews: Discord interactions endpoint at /discord/interactions\n');
    return { prefix: '/discord/', handle, stop: async () => {} };
  }
  if (!config.DISCORD_TOKEN) throw new Error('discord: gateway mode needs DISCORD_TOKEN (or set DISCORD_PUBLIC_KEY for HTTP mode)');
  if (config.DISCORD_SHARDS !== undefined) return startShards(config.DISCORD_TOKEN, config.DISCORD_SHARDS);
  const client = createGatewayClient(config);
  listenForInteractions(client, discordDeps(config, library));
  client.once(Events.ClientReady, (ready) => process.stderr.write(`ainews: connected to Discord as ${ready.user.tag}\n`));
  await client.login(config.DISCORD_TOKEN);
  return { stop: () => client.destroy() };
}

/** One process per shard, each running src/discord/shard.ts against the same SQLite file. */
async function startShards(token: string, totalShards: 'auto' | number): Promise<RunningPlatform> {
  const manager = new ShardingManager(SHARD_ENTRY, { token, totalShards, execArgv: ['--import', TSX] });
  manager.on('shardCreate', (shard) => process.stderr.write(`ainews: started Discord shard ${shard.id}\n`));
  await manager.spawn();
  return {
    stop: async () => {
      for (const shard of manager.shards.values()) shard.kill();
    },
  };
}
