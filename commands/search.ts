import { z } from 'zod';
import { defineCommand } from './command.ts';
import { searchPassages } from '../src/core/search-passages.ts';

export const searchCommand = defineCommand({
  name: 'search',
  words: ['search'],
  description: 'Passages of the articles that contain your words',
  option: { name: 'text', description: 'Words to look for, e.g. export controls', required: true },
  schema: z.object({ text: z.string().trim().min(1, 'give some words to look for') }),
  admin: false,
  examples: ['/search export controls'],
  run: ({ text }, { library }) => {
    const results = searchPassages(library, text, 10);
    return {
      command: 'search',
      query: text,
      title: `Search: “${text}”`,
      results,
      ...(results.length === 0 && { message: `No passage in the articles contains “${text}”.` }),
    };
  },
});
