import { z } from 'zod';
import { defineCommand } from './command.ts';
import { commands, usageOf } from './index.ts';

export const helpCommand = defineCommand({
  name: 'help',
  words: ['help'],
  description: 'What ainews can answer, with examples',
  schema: z.object({}),
  admin: false,
  examples: ['/help'],
  run: (_args, { user }) => ({
    command: 'help',
    query: '',
    title: 'ainews: who said what in AI news, quoted word for word',
    results: [],
    message: 'Every answer is quoted verbatim from an article, with its source. Nothing is paraphrased.',
    facts: commands
      .filter((c) => !c.admin || user.isAdmin)
      .map((c) => ({ label: usageOf(c), value: `${c.description}. Example: ${c.examples[0] ?? usageOf(c)}${c.admin ? ' (admins)' : ''}` })),
  }),
});
