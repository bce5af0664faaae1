import { createInterface } from 'node:readline';
import type { Library } from '../core/library.ts';
import { answerText } from '../core/run-command.ts';
import { renderTerminal } from '../render/terminal.ts';

/**
 * The terminal console `npm start` opens when no chat platform is configured: the same commands
 * as in chat, one per line. On a terminal it prompts; from a pipe it answers each line and ends.
 */
export async function runConsole(library: Library, input = process.stdin, output = process.stdout): Promise<void> {
  const interactive = Boolean((input as { isTTY?: boolean }).isTTY);
  const lines = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  const ctx = { library, user: { id: 'console', platform: 'cli' as const, isAdmin: true } };
  if (interactive) {
    output.write('ainews console: type /help for commands, Ctrl+D to quit.\n');
    lines.setPrompt('ainews> ');
    lines.prompt();
  }
  for await (const line of lines) {
    if (line.trim() === '') {
      if (interactive) lines.prompt();
      continue;
    }
    const outcome = await answerText(line, ctx);
    output.write(outcome.kind === 'answer' ? `${renderTerminal(outcome.answer)}\n\n` : `${outcome.error}\nusage:\n${outcome.usage}\n\n`);
    if (interactive) lines.prompt();
  }
}
