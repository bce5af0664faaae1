// Issue 7, item 3: whatever a user types, every command answers with results or a message,
// never a throw, never more results than the command shows.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands, usageOf } from '../../commands/index.ts';
import { answerText, type Outcome } from '../../src/core/run-command.ts';
import { cliContext, tempLibrary } from '../helpers/temp-library.ts';
import type { Library } from '../../src/core/library.ts';

const WORDS = ['sputnik', 'moment', 'deepseek', 'chips', 'cost', 'Altman', 'the', 'a'];

const HOSTILE: Record<string, string> = {
  empty: '',
  'only spaces': '   \t  ',
  '10,000 copies of one letter': 'x'.repeat(10_000),
  '10,000 characters of real words': Array.from({ length: 2_000 }, (_, i) => WORDS[i % WORDS.length]).join(' ').slice(0, 10_000),
  '10,000 characters of one-letter words': 'a '.repeat(5_000),
  'only punctuation': '!!!???...,,,;;;:::---———“”‘’«»',
  'regex metacharacters': '.*(a+)+$[',
  'more regex metacharacters': '^(?<x>\\d+|[^\\]]*)\\1{99999}$',
  'a lone backslash': '\\',
  emoji: '😀🚀🤖 👩‍👩‍👧‍👦 🇰🇷',
  'mixed scripts': 'DeepSeek 深度求索 Сэм Альтман ديب سيك 딥시크',
  'chat markup': '@everyone @here <@&123> <!channel> ```js\nalert(1)\n```',
  'Trojan Source controls': '\u202Esputnik\u200B\u2066moment\u2069',
  'lone surrogates and controls': '\uD800 \uDFFF \u0000\u0007 sputnik',
};

/** The most results each searching command ever shows; /sources lists every article. */
const LIMITS: Record<string, number> = { 'who-said': 10, claim: 15, quotes: 25, search: 10 };

let library: Library;
let dispose: () => void;
beforeAll(() => {
  ({ library, dispose } = tempLibrary());
});
afterAll(() => dispose());

/** What a person sees for an outcome, for checks that cover titles, messages and results alike. */
function shown(outcome: Outcome): string {
  return outcome.kind === 'answer' ? JSON.stringify(outcome.answer) : `${outcome.error}\n${outcome.usage}`;
}

describe.each(commands.map((c) => [usageOf(c), c] as const))('%s', (_usage, command) => {
  it.each(Object.entries(HOSTILE))('answers %s with results or a message', async (_name, query) => {
    const started = performance.now();
    const outcome = await answerText(`/${command.words.join(' ')} ${query}`, cliContext(library));
    // A safety net against a pathological search, not a speed test: answers take milliseconds.
    expect(performance.now() - started).toBeLessThan(5_000);

    if (outcome.kind === 'usage') {
      expect(outcome.error).not.toBe('');
      expect(outcome.usage).toContain(`/${command.words.join(' ')}`);
    } else {
      const { answer } = outcome;
      expect(answer.command).toBe(command.name);
      expect(answer.results.length).toBeLessThanOrEqual(LIMITS[command.name] ?? 5);
      expect(answer.results.length > 0 || Boolean(answer.message) || (answer.facts?.length ?? 0) > 0).toBe(true);
      for (const result of answer.results) expect(result.excerpt).toContain(result.text);
    }
    expect(shown(outcome)).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060]/u);
  });
});

describe('invisible characters in a query', () => {
  it('are stripped before searching, so they neither hide a match nor reorder the echoed query', async () => {
    const plain = await answerText('/claim chips', cliContext(library));
    const hidden = await answerText('/claim \u202Echi\u200Bps\u2069', cliContext(library));
    expect(plain.kind === 'answer' && plain.answer.results.length).toBeGreaterThan(0);
    expect(hidden).toEqual(plain);
  });
});
