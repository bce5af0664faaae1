import { ApplicationCommandOptionType, ComponentType, InteractionType } from 'discord.js';

// Interaction payloads shaped as Discord sends them (over the gateway's INTERACTION_CREATE and
// to the interactions endpoint alike), trimmed of fields ainews and discord.js never read.

export const APPLICATION_ID = '1';
export const GUILD_ID = '100';
const CHANNEL_ID = '200';
/** View channel, send messages, read history: an ordinary member. */
export const MEMBER_PERMISSIONS = String(1024 | 2048 | 65536);
/** The same plus Manage Server. */
export const ADMIN_PERMISSIONS = String(1024 | 2048 | 65536 | 32);

let counter = 0;

export interface Asker {
  userId?: string;
  admin?: boolean;
  /** In a DM there is no member and no permissions. */
  dm?: boolean;
  /** Which server; decides the shard Discord sends it on. */
  guildId?: string;
}

function base(type: InteractionType, asker: Asker) {
  counter += 1;
  const user = { id: asker.userId ?? '300', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };
  const guildId = asker.guildId ?? GUILD_ID;
  const where = asker.dm
    ? { channel_id: '400', channel: { id: '400', type: 1, recipients: [user] }, user, context: 2 }
    : {
        guild_id: guildId,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, guild_id: guildId, name: 'ai-news' },
        member: {
          user,
          roles: [],
          permissions: asker.admin ? ADMIN_PERMISSIONS : MEMBER_PERMISSIONS,
          joined_at: '2024-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          flags: 0,
        },
        context: 0,
      };
  return {
    id: String(700000 + counter),
    application_id: APPLICATION_ID,
    type,
    token: `token-${counter}`,
    version: 1,
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    ...where,
  };
}

/** `/who said sputnik` → commandPayload(['who', 'said'], { phrase: 'sputnik' }). */
export function commandPayload(
  words: string[],
  values: Record<string, string> = {},
  asker: Asker = {},
  attachment?: { filename: string; url: string; size: number },
) {
  const leaf: { name: string; type: number; value: string }[] = Object.entries(values).map(([name, value]) => ({
    name,
    type: ApplicationCommandOptionType.String,
    value,
  }));
  const options: unknown[] = [...leaf];
  if (attachment) options.push({ name: 'file', type: ApplicationCommandOptionType.Attachment, value: '555' });
  const resolved = attachment && {
    attachments: { '555': { id: '555', ...attachment, proxy_url: attachment.url, content_type: 'text/plain; charset=utf-8' } },
  };
  return {
    ...base(InteractionType.ApplicationCommand, asker),
    data: {
      id: '800',
      name: words[0],
      type: 1,
      ...(words.length > 1 ? { options: [{ name: words[1], type: ApplicationCommandOptionType.Subcommand, options }] } : { options }),
      ...(resolved && { resolved }),
    },
  };
}

export function autocompletePayload(words: string[], option: string, typed: string, asker: Asker = {}) {
  const focused = [{ name: option, type: ApplicationCommandOptionType.String, value: typed, focused: true }];
  return {
    ...base(InteractionType.ApplicationCommandAutocomplete, asker),
    data: {
      id: '800',
      name: words[0],
      type: 1,
      options: words.length > 1 ? [{ name: words[1], type: ApplicationCommandOptionType.Subcommand, options: focused }] : focused,
    },
  };
}

/** A message the bot posted, as Discord returns it; `fields` override the defaults. */
export function botMessage(fields: Record<string, unknown>): Record<string, unknown> {
  return {
    id: '950',
    channel_id: CHANNEL_ID,
    type: 20,
    author: { id: APPLICATION_ID, username: 'ainews', discriminator: '0000', avatar: null, bot: true },
    content: '',
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...fields,
  };
}

/** A click on a button of one of the bot's messages. */
export function buttonPayload(customId: string, message: Record<string, unknown>, asker: Asker = {}) {
  return {
    ...base(InteractionType.MessageComponent, asker),
    message: botMessage(message),
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}
