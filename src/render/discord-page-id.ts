import { DISCORD_LIMITS } from './discord-text.ts';

// A "More" button carries everything needed to show its page (command, query, page), so any
// instance can answer the click by running the command again: no message state is kept anywhere.

const PAGE_ID = /^page:(\d{1,3}):([a-z-]{1,32}):(.*)$/s;

/** The button's custom_id, or null when the query is too long to fit Discord's 100-character id. */
export function encodePageId(command: string, query: string, page: number): string | null {
  const id = `page:${page}:${command}:${query}`;
  return id.length <= DISCORD_LIMITS.customId ? id : null;
}

export function decodePageId(customId: string): { command: string; query: string; page: number } | null {
  const match = PAGE_ID.exec(customId);
  if (!match) return null;
  return { page: Number(match[1]), command: match[2]!, query: match[3]! };
}
