import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../../commands/command.ts';
import { DISCORD_LIMITS, cutText } from '../render/discord-text.ts';

/** Discord's option name for the file /ingest accepts besides a URL. */
export const ATTACHMENT_OPTION = 'file';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;

/**
 * Discord's slash-command JSON for the whole command list. Two-word commands become a command with
 * a subcommand (`/who said <phrase>` is `who` → `said` → `phrase`); admin commands are hidden from
 * everyone but administrators and only exist in servers, where permissions mean something.
 */
export function discordCommandJson(list: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const byFirstWord = new Map<string, Command[]>();
  for (const command of list) {
    for (const word of command.words) if (!NAME.test(word)) throw new Error(`discord: command word “${word}” of ${command.name} is not a valid Discord name`);
    if (command.words.length > 2) throw new Error(`discord: ${command.name} has more than two words; Discord allows a command and a subcommand`);
    byFirstWord.set(command.words[0]!, [...(byFirstWord.get(command.words[0]!) ?? []), command]);
  }
  return [...byFirstWord].map(([name, group]) => {
    const single = group.find((c) => c.words.length === 1);
    if (single && group.length > 1) throw new Error(`discord: /${name} is both a command and a command group`);
    const admin = group.some((c) => c.admin);
    if (admin && !group.every((c) => c.admin)) throw new Error(`discord: /${name} mixes admin and non-admin subcommands`);
    const options = single ? optionsOf(single) : group.map(subcommand);
    return {
      type: ApplicationCommandType.ChatInput,
      name,
      description: describe((single ?? group[0]!).description),
      ...(options.length > 0 && { options }),
      ...(admin && { default_member_permissions: '0', dm_permission: false, contexts: [InteractionContextType.Guild] }),
    };
  });
}

/** Guild commands take no `contexts` or `dm_permission`: a guild command only exists in its guild. */
export function forGuild(json: RESTPostAPIChatInputApplicationCommandsJSONBody[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return json.map(({ contexts: _contexts, dm_permission: _dm, ...command }) => command);
}

function subcommand(command: Command): APIApplicationCommandSubcommandOption {
  const options = optionsOf(command);
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: command.words[1]!,
    description: describe(command.description),
    ...(options.length > 0 && { options }),
  };
}

function optionsOf(command: Command): APIApplicationCommandBasicOption[] {
  const options: APIApplicationCommandBasicOption[] = [];
  const { option } = command;
  if (option) {
    if (!NAME.test(option.name)) throw new Error(`discord: option “${option.name}” of ${command.name} is not a valid Discord name`);
    options.push({
      type: ApplicationCommandOptionType.String,
      name: option.name,
      description: describe(option.description),
      required: option.required,
      ...(option.suggest && { autocomplete: true }),
    });
  }
  if (command.acceptsFiles) {
    options.push({ type: ApplicationCommandOptionType.Attachment, name: ATTACHMENT_OPTION, description: 'An article file: .txt .md .html .json .jsonl', required: false });
  }
  // Discord requires required options before optional ones.
  return options.sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false));
}

function describe(description: string): string {
  return cutText(description, DISCORD_LIMITS.commandDescription);
}
