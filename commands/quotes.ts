import { z } from 'zod';
import { defineCommand } from './command.ts';
import { findQuotes, suggestPeople } from '../src/core/find-quotes.ts';

export const quotesCommand = defineCommand({
  name: 'quotes',
  words: ['quotes'],
  description: 'Everything a person said, newest first, across all articles',
  option: { name: 'person', description: 'A name or surname, e.g. Sam Altman', required: true, suggest: (typed, library) => suggestPeople(library, typed) },
  schema: z.object({ person: z.string().trim().min(1, 'name a person') }),
  admin: false,
  examples: ['/quotes Sam Altman', '/quotes Musk'],
  run: ({ person }, { library }) => {
    const { people, results } = findQuotes(library, person, 25);
    const message =
      people.length === 0
        ? `Nobody called “${person}” is quoted in the articles.`
        : results.length === 0
          ? `${people.join(', ')} is named in the articles but never quoted.`
          : undefined;
    return {
      command: 'quotes',
      query: person,
      title: people.length > 0 ? `Quotes by ${people.join(', ')}` : `Quotes by “${person}”`,
      results,
      ...(message && { message }),
    };
  },
});
