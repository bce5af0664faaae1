import { z } from 'zod';
import { defineCommand } from './command.ts';
import { articleResult, listArticles } from '../src/store/read-results.ts';

export const sourcesCommand = defineCommand({
  name: 'sources',
  words: ['sources'],
  description: 'The articles ainews answers from',
  schema: z.object({}),
  admin: false,
  examples: ['/sources'],
  run: (_args, { library }) => {
    const results = listArticles(library.db).map(articleResult);
    return {
      command: 'sources',
      query: '',
      title: `Sources (${results.length} article${results.length === 1 ? '' : 's'})`,
      results,
      ...(results.length === 0 && { message: 'No articles yet: an admin can add some with /ingest.' }),
    };
  },
});
