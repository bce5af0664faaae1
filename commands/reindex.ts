import { z } from 'zod';
import { defineCommand } from './command.ts';

export const reindexCommand = defineCommand({
  name: 'reindex',
  words: ['reindex'],
  description: 'Re-extract quotes and claims from every stored article and rebuild the search index',
  schema: z.object({}),
  admin: true,
  examples: ['/reindex'],
  run: (_args, { library }) => {
    const { articles, quotes, claims } = library.reindex();
    return {
      command: 'reindex',
      query: '',
      title: 'Reindexed',
      results: [],
      message: `Reindexed ${articles} articles: ${quotes} quotes, ${claims} claims.`,
    };
  },
});
