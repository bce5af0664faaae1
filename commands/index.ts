import type { Command } from './command.ts';
import { whoSaidCommand } from './who-said.ts';
import { claimCommand } from './claim.ts';
import { quotesCommand } from './quotes.ts';
import { searchCommand } from './search.ts';
import { sourcesCommand } from './sources.ts';
import { helpCommand } from './help.ts';
import { reindexCommand } from './reindex.ts';
import { ingestCommand } from './ingest.ts';
import { statsCommand } from './stats.ts';

/** Every command ainews answers, in the order /help lists them. */
export const commands: readonly Command[] = [
  whoSaidCommand,
  claimCommand,
  quotesCommand,
  searchCommand,
  sourcesCommand,
  helpCommand,
  reindexCommand,
  ingestCommand,
  statsCommand,
] as Command[];

export function usageOf(command: Command): string {
  const option = command.option;
  const words = `/${command.words.join(' ')}`;
  if (!option) return words;
  return option.required ? `${words} <${option.name}>` : `${words} [${option.name}]`;
}

export function findCommand(name: string): Command | undefined {
  return commands.find((c) => c.name === name);
}
