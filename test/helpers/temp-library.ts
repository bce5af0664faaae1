import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Library } from '../../src/core/library.ts';
import type { CommandContext } from '../../commands/command.ts';
import { answerText } from '../../src/core/run-command.ts';
import type { Answer } from '../../src/core/answer.ts';

export const SEED_ARTICLES = new URL('../../data/articles', import.meta.url).pathname;

/** A real library on a temp SQLite file, filled with the bundled seed articles unless told otherwise. */
export function tempLibrary(opts: { seed?: boolean } = {}): { library: Library; dir: string; dbPath: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ainews-test-'));
  const dbPath = join(dir, 'test.db');
  const library = Library.open({ dbPath });
  if (opts.seed ?? true) library.ingestPaths([SEED_ARTICLES]);
  return {
    library,
    dir,
    dbPath,
    dispose() {
      library.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function cliContext(library: Library, isAdmin = true): CommandContext {
  return { library, user: { id: 'test', platform: 'cli', isAdmin } };
}

/** Answers typed text the way the terminal does; fails the test on a usage error. */
export async function ask(library: Library, text: string, isAdmin = true): Promise<Answer> {
  const outcome = await answerText(text, cliContext(library, isAdmin));
  if (outcome.kind !== 'answer') throw new Error(`usage error for ${text}: ${outcome.error}`);
  return outcome.answer;
}
