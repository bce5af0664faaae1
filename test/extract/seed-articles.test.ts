// Regression check on the five seed articles: who said what, as a careful reader answers it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/ingest/parse-article-file.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import type { Extraction } from '../../src/extract/types.ts';
import { quoteWith } from './helpers.ts';

const dir = join(import.meta.dirname, '../../data/articles');

function extract(file: string): { paragraphs: string[]; extraction: Extraction } {
  const [article] = parseArticleFile(file, readFileSync(join(dir, file))).articles;
  if (!article) throw new Error(`${file} did not parse`);
  return { paragraphs: article.paragraphs, extraction: extractArticle(article.paragraphs) };
}

const cases: [string, string, string | null][] = [
  ['001_a2296ed6b475fcd6.txt', 'Sputnik', 'Marc Andreessen'],
  ['000_e65aeb47de618ace.txt', 'Lmao', 'Elon Musk'],
  ['000_e65aeb47de618ace.txt', 'DeeperSeeker', 'Elon Musk'],
  ['000_e65aeb47de618ace.txt', 'Deepgold', 'Marc Benioff'],
  ['000_e65aeb47de618ace.txt', 'strategic choice', 'Sam Altman'],
  ['000_e65aeb47de618ace.txt', 'INSANE', 'The AI Colony'],
  ['000_e65aeb47de618ace.txt', 'Obviously', 'Elon Musk'],
  ['001_a2296ed6b475fcd6.txt', 'wildly overstated', 'Sam Altman'],
  ['001_a2296ed6b475fcd6.txt', 'really nice things', 'Sam Altman'],
  ['001_a2296ed6b475fcd6.txt', 'wake-up call', 'Donald Trump'],
  ['002_d45d6f1bddc2a34a.txt', 'six-month lead', 'David Sacks'],
  ['002_d45d6f1bddc2a34a.txt', 'catching up very, very fast', 'David Sacks'],
  ['002_d45d6f1bddc2a34a.txt', 'distilled the knowledge', 'David Sacks'],
  ['002_d45d6f1bddc2a34a.txt', 'everyone can profit', 'Yann LeCun'],
  ['002_d45d6f1bddc2a34a.txt', 'across the board', "Alibaba's cloud division"],
  ['004_52935701e1954375.txt', 'Sonnet’s training', 'Dario Amodei'],
  ['004_52935701e1954375.txt', 'on-trend', 'Dario Amodei'],
  ['004_52935701e1954375.txt', 'frontier models', 'Dario Amodei'],
  ['004_52935701e1954375.txt', 'impressive model', 'Sam Altman'],
  ['004_52935701e1954375.txt', 'efficient and accessible', 'Satya Nadella'],
  ['004_52935701e1954375.txt', 'distillation', null],
  ['004_52935701e1954375.txt', 'war room', null],
];

describe('seed articles', () => {
  it.each(cases)('%s: the quote with "%s" is by %s', (file, phrase, speaker) => {
    expect(quoteWith(extract(file).extraction, phrase).speaker?.name ?? null).toBe(speaker);
  });

  it('every seed quote, claim and excerpt is verbatim in its paragraph', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const { paragraphs, extraction } = extract(file);
      for (const span of [...extraction.quotes, ...extraction.claims]) {
        const para = paragraphs[span.paragraph]!;
        expect(para.slice(span.start, span.end)).toBe(span.text);
        expect(para).toContain(span.excerpt);
        expect(span.excerpt).toContain(span.text);
      }
    }
  });

  it('finds the people with their aliases and titles', () => {
    const entities = extract('000_e65aeb47de618ace.txt').extraction.entities;
    expect(entities.find((e) => e.name === 'Elon Musk')).toMatchObject({ kind: 'person', aliases: expect.arrayContaining(['Musk']) });
    expect(entities.find((e) => e.name === 'Sam Altman')?.titles).toContain('OpenAI CEO');
    expect(entities.find((e) => e.name === 'DeepSeek')).toMatchObject({ kind: 'organisation', aliases: expect.arrayContaining(['Deepseek']) });
    const amodei = extract('004_52935701e1954375.txt').extraction.entities.find((e) => e.name === 'Dario Amodei');
    expect(amodei?.aliases).toEqual(expect.arrayContaining(['Amodei', 'Amodel']));
    expect(amodei?.titles).toContain('the co-founder and CEO of Anthropic');
  });

  it('claims carry their figures and claimants', () => {
    const claims = extract('002_d45d6f1bddc2a34a.txt').extraction.claims;
    const cost = claims.find((c) => c.text.includes('under $6 million'));
    expect(cost?.claimant?.name).toBe('DeepSeek');
    expect(cost?.figures.map((f) => f.text)).toContain('under $6 million');
    const chips = extract('000_e65aeb47de618ace.txt').extraction.claims.find((c) => c.text.includes('2,000 specialized chips'));
    expect(chips?.claimant?.name).toBe('DeepSeek');
    const times = extract('000_e65aeb47de618ace.txt').extraction.claims.find((c) => c.text.includes('16,000'));
    expect(times?.claimant?.name).toBe('The New York Times');
  });
});
