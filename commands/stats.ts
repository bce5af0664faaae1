import { z } from 'zod';
import { defineCommand } from './command.ts';
import { libraryStats } from '../src/core/library-stats.ts';

export const statsCommand = defineCommand({
  name: 'stats',
  words: ['stats'],
  description: 'Articles, quotes, claims, people, index size, last ingest and feedback',
  schema: z.object({}),
  admin: true,
  examples: ['/stats'],
  run: (_args, { library }) => ({
    command: 'stats',
    query: '',
    title: 'ainews stats',
    results: [],
    facts: libraryStats(library),
  }),
});
