import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, readArticles } from '../../src/ingest/parse-article-file.ts';

const SEEDS = join(import.meta.dirname, '../../data/articles');
const outcome = readArticles([SEEDS]);
const byFile = new Map(outcome.articles.map((a) => [a.file, a]));
const text = (file: string) => byFile.get(file)!.paragraphs.join('\n');

describe('the seed articles', () => {
  it('are all read, and the metadata file is not counted as an article or a failure', () => {
    expect(outcome.failures).toEqual([]);
    expect([...byFile.keys()]).toEqual([
      '000_e65aeb47de618ace.txt',
      '001_a2296ed6b475fcd6.txt',
      '002_d45d6f1bddc2a34a.txt',
      '003_1ee62f8c431de07e.txt',
      '004_52935701e1954375.txt',
    ]);
  });

  it.each([
    ['Skip to main content', '001_a2296ed6b475fcd6.txt'],
    ['Already a subscriber', '001_a2296ed6b475fcd6.txt'],
    ['JOIN THE MOVEMENT', '001_a2296ed6b475fcd6.txt'],
    ['Keep up to date with', '001_a2296ed6b475fcd6.txt'],
    ['Leave a Reply', '000_e65aeb47de618ace.txt'],
    ['Readers help support', '003_1ee62f8c431de07e.txt'],
    ['Tooltip Icon', '003_1ee62f8c431de07e.txt'],
    ['disclosure page', '003_1ee62f8c431de07e.txt'],
    ['User forum', '003_1ee62f8c431de07e.txt'],
    ['0 messages', '003_1ee62f8c431de07e.txt'],
    ['Reading time', '003_1ee62f8c431de07e.txt'],
    ['Please direct questions', '004_52935701e1954375.txt'],
    ['![', '004_52935701e1954375.txt'],
    ['hani.co.kr', '004_52935701e1954375.txt'],
    ['By Sun Dam-eun', '004_52935701e1954375.txt'],
    ['Photo Illustration by', '002_d45d6f1bddc2a34a.txt'],
    ['attend the inauguration', '000_e65aeb47de618ace.txt'],
  ])('drop "%s" from %s, which the raw file contains', (boilerplate, file) => {
    expect(readFileSync(join(SEEDS, file), 'utf8')).toContain(boilerplate);
    expect(text(file)).not.toContain(boilerplate);
  });

  it('drop lines that only caption a photo with a name or a logo', () => {
    expect(byFile.get('001_a2296ed6b475fcd6.txt')!.paragraphs).not.toContain('Sam Altman');
    expect(byFile.get('001_a2296ed6b475fcd6.txt')!.paragraphs).not.toContain('Deepseek Whale Logo');
    expect(byFile.get('003_1ee62f8c431de07e.txt')!.paragraphs).not.toContain('Satya Nadella');
  });

  it('keep the real paragraphs with their quotes verbatim, in order', () => {
    const p001 = byFile.get('001_a2296ed6b475fcd6.txt')!.paragraphs;
    expect(p001[0]).toMatch(/^The CEO of OpenAI has called for the US tech industry/);
    expect(p001.some((p) => p.includes('calling it “AI’s Sputnik moment” and suggesting'))).toBe(true);
    expect(p001.some((p) => p.includes('arguing that its impact has been “wildly overstated” despite'))).toBe(true);
    expect(p001.at(-1)).toMatch(/^This all comes as US officials/);
    expect(text('000_e65aeb47de618ace.txt')).toContain('To this, Musk responded, “Lmao no.”');
    expect(text('000_e65aeb47de618ace.txt')).toContain('Musk wrote in response: “Obviously.”');
    expect(text('002_d45d6f1bddc2a34a.txt')).toContain(
      '"We basically have somewhere between a three and six-month lead on them [Chinese companies]," Sacks said.',
    );
    expect(text('004_52935701e1954375.txt')).toContain(
      'Satya Nadella, the CEO of Microsoft, posted: “As AI gets more efficient and accessible',
    );
    expect(byFile.get('004_52935701e1954375.txt')!.paragraphs.at(-1)).toMatch(/fell 4\.1% on the following day\.$/);
  });

  it('keep headings, which are part of the article', () => {
    expect(byFile.get('000_e65aeb47de618ace.txt')!.paragraphs).toContain('Why It Matters');
    expect(byFile.get('003_1ee62f8c431de07e.txt')!.paragraphs).toContain('Key notes');
    expect(byFile.get('004_52935701e1954375.txt')!.paragraphs).toContain('Big Tech firms create war rooms to respond');
  });

  it('keep each paragraph on its own, whitespace collapsed, bullets removed', () => {
    for (const article of outcome.articles) {
      for (const p of article.paragraphs) {
        expect(p).toBe(p.trim());
        expect(p).not.toMatch(/\s{2}|\n|\u00a0/);
      }
    }
    expect(byFile.get('003_1ee62f8c431de07e.txt')!.paragraphs).toContain(
      'Microsoft & OpenAI are investigating DeepSeek’s not-so-overnight success.',
    );
  });

  it('take title, outlet and date from the metadata file and the author from the byline', () => {
    expect(byFile.get('000_e65aeb47de618ace.txt')!.meta).toEqual({
      title: null, outlet: 'Newsweek', date: null, url: null, author: null,
    });
    expect(byFile.get('003_1ee62f8c431de07e.txt')!.meta).toMatchObject({
      title: "Microsoft stressing out over DeepSeek's success that it's investigating the Chinese company",
      outlet: 'MSPoweruser',
    });
    expect(byFile.get('004_52935701e1954375.txt')!.meta).toMatchObject({
      outlet: 'The Hankyoreh',
      author: 'Sun Dam-eun, Jeong Nam-ku',
    });
  });

  it('read the same metadata from the text alone where the text shows it', () => {
    const name = '003_1ee62f8c431de07e.txt';
    const bare = parseArticleFile(name, readFileSync(join(SEEDS, name)));
    expect(bare.articles[0]!.meta).toEqual({
      title: "Microsoft stressing out over DeepSeek's success that it's investigating the Chinese company",
      outlet: 'MSpoweruser',
      date: null,
      url: null,
      author: null,
    });
  });

  it('give null metadata where the text says nothing, rather than a guess', () => {
    const name = '000_e65aeb47de618ace.txt';
    const bare = parseArticleFile(name, readFileSync(join(SEEDS, name)));
    expect(bare.articles[0]!.meta).toEqual({ title: null, outlet: null, date: null, url: null, author: null });
  });
});
