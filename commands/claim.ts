import { z } from 'zod';
import { defineCommand } from './command.ts';
import { findClaims } from '../src/core/find-claims.ts';
import { topicSuggestions } from '../src/search/topics.ts';

export const claimCommand = defineCommand({
  name: 'claim',
  words: ['claim'],
  description: 'Claims about a topic: verbatim sentences with source and claimant, and where sources differ',
  option: { name: 'topic', description: 'What the claims are about, e.g. chips or training cost', required: true, suggest: (typed) => topicSuggestions(typed) },
  schema: z.object({ topic: z.string().trim().min(1, 'name a topic') }),
  admin: false,
  examples: ['/claim chips', '/claim training cost'],
  run: ({ topic }, { library }) => {
    const { results, comparison } = findClaims(library, topic, 15);
    return {
      command: 'claim',
      query: topic,
      title: `Claims about “${topic}”`,
      results,
      ...(comparison && { comparison }),
      ...(results.length === 0 && { message: `No claims about “${topic}” in the articles.` }),
    };
  },
});
