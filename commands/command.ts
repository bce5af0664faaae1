import type { z } from 'zod';
import type { Answer } from '../src/core/answer.ts';
import type { Library } from '../src/core/library.ts';

export type Platform = 'cli' | 'discord' | 'slack';

export interface CommandContext {
  library: Library;
  user: { id: string; platform: Platform; isAdmin: boolean };
  /** Article files a chat platform received with the command (a Discord attachment), already downloaded. */
  files?: { name: string; bytes: Uint8Array }[];
}

/** One option a user types; commands take at most one, the rest of the line. */
export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Suggestions for what the user has typed so far (Discord autocomplete), ≤ 25. */
  suggest?: (typed: string, library: Library) => string[];
}

/**
 * A command, defined once and platform-neutral. Discord builds its slash-command JSON from it,
 * Slack and the terminal parse typed text into it, and all of them render the Answer it returns.
 */
export interface Command<Schema extends z.ZodType = z.ZodType> {
  /** The name in JSON answers: "who-said". */
  name: string;
  /** How it is typed: ["who", "said"] for `/who said <phrase>`. */
  words: string[];
  description: string;
  option?: CommandOption;
  /** Validates what the user typed; the option's value arrives under option.name. */
  schema: Schema;
  /** Admin-only commands are refused, before anything is written, for anyone else. */
  admin: boolean;
  /** Accepts attached article files (Discord's /ingest). */
  acceptsFiles?: boolean;
  examples: string[];
  run(args: z.infer<Schema>, ctx: CommandContext): Answer | Promise<Answer>;
}

export function defineCommand<Schema extends z.ZodType>(command: Command<Schema>): Command<Schema> {
  return command;
}
