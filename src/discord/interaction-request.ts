import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import type { Command } from '../../commands/command.ts';
import { commands } from '../../commands/index.ts';
import { decodePageId } from '../render/discord-page-id.ts';
import { ATTACHMENT_OPTION } from './command-json.ts';

/** An attached file as Discord describes it; the bytes are downloaded only for an admin's /ingest. */
export interface AttachmentRef {
  name: string;
  url: string;
  size: number;
}

export interface DiscordAsker {
  id: string;
  /** Administrator or Manage Server in the server the command was sent in; never in a DM. */
  isAdmin: boolean;
}

/**
 * What a user asked, whichever way it arrived (gateway or HTTP): the adapters only translate an
 * interaction into this, and one handler answers it.
 */
export type DiscordRequest =
  | { kind: 'command'; asker: DiscordAsker; command: Command; args: Record<string, string>; attachment: AttachmentRef | null }
  | { kind: 'page'; asker: DiscordAsker; command: Command; query: string; page: number }
  /** `command` is null for a command ainews no longer has: it gets no suggestions. */
  | { kind: 'autocomplete'; asker: DiscordAsker; command: Command | null; typed: string }
  | { kind: 'unknown'; asker: DiscordAsker };

/** An option as both Discord's JSON and discord.js's `options.data` shape it. */
export interface OptionData {
  name: string;
  type: number;
  value?: string | number | boolean | undefined;
  focused?: boolean | undefined;
  options?: readonly OptionData[] | undefined;
}

export interface InteractionParts {
  type: 'command' | 'autocomplete' | 'component';
  userId: string;
  /** The member's permission bits; null outside a server. */
  permissions: bigint | null;
  commandName?: string | undefined;
  options?: readonly OptionData[] | undefined;
  customId?: string | undefined;
  attachment?: (option: OptionData) => AttachmentRef | null;
}

const ADMIN_BITS = PermissionFlagsBits.Administrator | PermissionFlagsBits.ManageGuild;

export function requestFromParts(parts: InteractionParts): DiscordRequest {
  const asker = { id: parts.userId, isAdmin: parts.permissions !== null && (parts.permissions & ADMIN_BITS) !== 0n };
  if (parts.type === 'component') {
    const page = parts.customId ? decodePageId(parts.customId) : null;
    const command = page && commands.find((c) => c.name === page.command);
    // Admin commands never page: re-running one from a button could write again.
    if (!page || !command || command.admin || !command.option) return { kind: 'unknown', asker };
    return { kind: 'page', asker, command, query: page.query, page: page.page };
  }
  const resolved = resolveCommand(parts.commandName ?? '', parts.options ?? []);
  if (!resolved) return parts.type === 'autocomplete' ? { kind: 'autocomplete', asker, command: null, typed: '' } : { kind: 'unknown', asker };
  const { command, options } = resolved;
  if (parts.type === 'autocomplete') {
    const focused = options.find((o) => o.focused) ?? options.find((o) => o.name === command.option?.name);
    return { kind: 'autocomplete', asker, command, typed: String(focused?.value ?? '') };
  }
  const args: Record<string, string> = {};
  let attachment: AttachmentRef | null = null;
  for (const option of options) {
    if (option.type === ApplicationCommandOptionType.Attachment && option.name === ATTACHMENT_OPTION) attachment = parts.attachment?.(option) ?? null;
    else if (option.name === command.option?.name && option.value !== undefined) args[option.name] = String(option.value);
  }
  return { kind: 'command', asker, command, args, attachment };
}

function resolveCommand(name: string, options: readonly OptionData[]): { command: Command; options: readonly OptionData[] } | null {
  const sub = options.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  const words = sub ? [name, sub.name] : [name];
  const command = commands.find((c) => c.words.length === words.length && c.words.every((w, i) => w === words[i]));
  return command ? { command, options: sub ? (sub.options ?? []) : options } : null;
}
