import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Config } from '../config.ts';
import { NO_MENTIONS, type DiscordMessage } from '../render/discord.ts';
import { answerInteraction, type DiscordDeps } from './answer-interaction.ts';
import { ATTACHMENT_OPTION } from './command-json.ts';
import { requestFromParts, type DiscordRequest } from './interaction-request.ts';
import type { Responder } from './responder.ts';

/**
 * A gateway client with the one intent slash commands need (Guilds) and mentions off by default;
 * DISCORD_API_URL redirects its REST calls (a proxy, or a test's stand-in for Discord).
 */
export function createGatewayClient(config: Pick<Config, 'DISCORD_API_URL'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.DISCORD_API_URL && { rest: { api: config.DISCORD_API_URL } }),
  });
}

export function listenForInteractions(client: Client, deps: DiscordDeps): void {
  // An 'error' event nobody listens to would crash the process.
  client.on(Events.Error, (error) => deps.log(`discord: client error: ${error.message}`));
  client.on(Events.InteractionCreate, (interaction) => {
    const request = requestFromInteraction(interaction);
    if (request) void answerInteraction(request, gatewayResponder(interaction), deps);
  });
}

/** Null for interactions ainews does not offer (context menus, modals, select menus). */
export function requestFromInteraction(interaction: Interaction): DiscordRequest | null {
  const userId = interaction.user.id;
  const permissions = interaction.memberPermissions?.bitfield ?? null;
  if (interaction.isChatInputCommand()) {
    return requestFromParts({
      type: 'command',
      userId,
      permissions,
      commandName: interaction.commandName,
      options: interaction.options.data,
      attachment: () => {
        const file = interaction.options.getAttachment(ATTACHMENT_OPTION);
        return file && { name: file.name, url: file.url, size: file.size };
      },
    });
  }
  if (interaction.isAutocomplete()) {
    return requestFromParts({ type: 'autocomplete', userId, permissions, commandName: interaction.commandName, options: interaction.options.data });
  }
  if (interaction.isButton()) return requestFromParts({ type: 'component', userId, permissions, customId: interaction.customId });
  return null;
}

/** Answers through discord.js: reply or deferReply + editReply, update or deferUpdate for buttons. */
export function gatewayResponder(interaction: Interaction): Responder {
  const notRepliable = () => Promise.reject(new Error(`discord: interaction type ${interaction.type} cannot be replied to`));
  return {
    respond: async (message) => {
      if (interaction.isButton()) await interaction.update(editOptions(message));
      else if (interaction.isRepliable()) await interaction.reply(replyOptions(message));
      else await notRepliable();
    },
    defer: async () => {
      if (interaction.isButton()) await interaction.deferUpdate();
      else if (interaction.isRepliable()) await interaction.deferReply();
      else await notRepliable();
    },
    edit: async (message) => {
      if (interaction.isRepliable()) await interaction.editReply(editOptions(message));
      else await notRepliable();
    },
    notify: async (notice) => {
      if (interaction.isRepliable()) await interaction.reply(replyOptions(notice));
      else await notRepliable();
    },
    failAfterDefer: async (notice) => {
      if (!interaction.isRepliable()) return notRepliable();
      // A button's message holds an earlier answer: keep it. A command's "thinking…" placeholder goes.
      if (!interaction.isButton()) await interaction.deleteReply();
      await interaction.followUp(replyOptions(notice));
    },
    suggest: async (choices) => {
      if (interaction.isAutocomplete()) await interaction.respond(choices.map((choice) => ({ name: choice, value: choice })));
      else await notRepliable();
    },
  };
}

function replyOptions(message: DiscordMessage): InteractionReplyOptions {
  const flags = message.flags === MessageFlags.Ephemeral ? MessageFlags.Ephemeral : undefined;
  return {
    ...(message.content !== undefined && { content: message.content }),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
    ...(flags !== undefined && { flags }),
  };
}

function editOptions(message: DiscordMessage): InteractionEditReplyOptions {
  return { content: message.content ?? '', embeds: message.embeds, components: message.components, allowedMentions: message.allowed_mentions };
}
