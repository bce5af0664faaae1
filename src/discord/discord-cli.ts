import { parseArgs } from 'node:util';
import { REST, Routes } from 'discord.js';
import type { Config } from '../config.ts';
import { commands } from '../../commands/index.ts';
import { discordCommandJson, forGuild } from './command-json.ts';

const USAGE = 'usage: ainews discord commands | register [--guild ID]';

/** `ainews discord commands` prints the slash-command JSON; `register` sends it to Discord. */
export async function discordCli(config: Config, args: string[]): Promise<number> {
  const [verb, ...rest] = args;
  if (verb === 'commands' && rest.length === 0) {
    process.stdout.write(`${JSON.stringify(discordCommandJson(commands), null, 2)}\n`);
    return 0;
  }
  if (verb === 'register') return register(config, rest);
  process.stderr.write(`ainews: ${USAGE}\n`);
  return 2;
}

async function register(config: Config, args: string[]): Promise<number> {
  let guild: string | undefined;
  try {
    guild = parseArgs({ args, options: { guild: { type: 'string' } } }).values.guild;
  } catch (error) {
    process.stderr.write(`ainews: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (guild !== undefined && !/^\d+$/.test(guild)) {
    process.stderr.write(`ainews: --guild must be a numeric server id\n${USAGE}\n`);
    return 2;
  }
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: appId } = config;
  if (!token || !appId) {
    process.stderr.write('ainews: discord register needs DISCORD_TOKEN and DISCORD_APPLICATION_ID\n');
    return 1;
  }
  const json = discordCommandJson(commands);
  const body = guild ? forGuild(json) : json;
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(token);
  try {
    // A bulk overwrite: commands removed from the list disappear from Discord too.
    await rest.put(guild ? Routes.applicationGuildCommands(appId, guild) : Routes.applicationCommands(appId), { body });
  } catch (error) {
    process.stderr.write(`ainews: Discord refused the commands: ${(error as Error).message}\n`);
    return 1;
  }
  const where = guild ? `in server ${guild}` : 'globally';
  process.stdout.write(`Registered ${body.length} commands ${where}: ${body.map((c) => `/${c.name}`).join(' ')}\n`);
  return 0;
}
