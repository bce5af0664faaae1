// The labelled cases file (same format as the shared seed cases) and the checks score.py makes.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

const whoCase = z.object({
  q: z.string().min(1),
  file: z.array(z.string()).min(1),
  speaker: z.array(z.string()).min(1).optional(),
  speaker_contains: z.array(z.string()).min(1).optional(),
  speaker_not: z.array(z.string()).min(1).optional(),
});

const casesFile = z.object({
  who_said: z.array(whoCase),
  who_said_none: z.array(z.string()).default([]),
  claim: z.array(z.object({ q: z.string(), must: z.array(z.tuple([z.string(), z.string()])) })).default([]),
  boilerplate: z.array(z.string()).default([]),
  sources: z
    .array(z.object({ file: z.string(), outlet: z.string().optional(), date: z.string().optional(), title_contains: z.string().optional() }))
    .default([]),
});

export type WhoCase = z.infer<typeof whoCase>;
export type Cases = z.infer<typeof casesFile>;

export function readCases(path: string): Cases {
  return casesFile.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** score.py's norm(): NFKC, straight quotes and hyphens, collapsed spaces, casefolded. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** null when the speaker satisfies the case, else why not. */
export function speakerVerdict(c: WhoCase, speaker: string | null): string | null {
  const got = normalise(speaker);
  if (c.speaker && !c.speaker.some((s) => normalise(s) === got)) return `speaker ${JSON.stringify(speaker)}, expected ${c.speaker.join(' or ')}`;
  if (c.speaker_contains && !c.speaker_contains.some((s) => got.includes(normalise(s)))) {
    return `speaker ${JSON.stringify(speaker)}, expected one containing ${c.speaker_contains.join(' or ')}`;
  }
  if (c.speaker_not && c.speaker_not.some((s) => normalise(s) === got)) return `speaker ${JSON.stringify(speaker)}, which the text does not say`;
  return null;
}
