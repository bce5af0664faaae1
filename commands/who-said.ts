import { z } from 'zod';
import { defineCommand } from './command.ts';
import { whoSaid } from '../src/core/who-said.ts';

export const whoSaidCommand = defineCommand({
  name: 'who-said',
  words: ['who', 'said'],
  description: 'Who said a phrase: the speaker, the verbatim quote and its article',
  option: { name: 'phrase', description: 'A few words from the quote, e.g. sputnik', required: true },
  schema: z.object({ phrase: z.string().trim().min(1, 'give a few words from the quote') }),
  admin: false,
  examples: ['/who said sputnik', '/who said wake-up call'],
  run: ({ phrase }, { library }) => {
    const results = whoSaid(library, phrase, 10);
    return {
      command: 'who-said',
      query: phrase,
      title: `Who said “${phrase}”`,
      results,
      ...(results.length === 0 && { message: `No quote in the articles contains “${phrase}”.` }),
    };
  },
});
