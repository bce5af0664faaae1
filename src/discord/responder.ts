import type { DiscordMessage } from '../render/discord.ts';

/**
 * How an answer gets back to Discord for one interaction. The gateway sends everything through
 * discord.js; HTTP mode puts the first response in the HTTP reply and the rest through REST.
 */
export interface Responder {
  /** The one response when the answer was ready in time: a reply, or for a button an update of its message. */
  respond(message: DiscordMessage): Promise<void>;
  /** Acknowledges now ("thinking…"), so the answer may come later. */
  defer(): Promise<void>;
  /** Puts the answer in place of the deferred response. */
  edit(message: DiscordMessage): Promise<void>;
  /** Something only the asker sees, as the first response (errors, "slow down"). */
  notify(notice: DiscordMessage): Promise<void>;
  /** After a defer the answer failed: take back the placeholder and tell only the asker. */
  failAfterDefer(notice: DiscordMessage): Promise<void>;
  suggest(choices: string[]): Promise<void>;
}
